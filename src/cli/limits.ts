/**
 * Files larger than this are refused with a clear error instead of risking
 * the heap: parsing costs about 100 bytes of memory per byte of text.
 */
export const defaultMaxFileSize = 20 * 1024 * 1024;
