import { readFile, stat } from 'node:fs/promises';
import { ClaimcheckError } from '../util/errors.js';

/**
 * Reads a file once, as UTF-8, the way every command sees it.
 *
 * A NUL byte marks a binary file (a clear error, not a parse of garbage);
 * invalid UTF-8 becomes U+FFFD, one replacement per bad sequence, and a BOM
 * is kept so offsets stay indexes into the decoded text.
 */
export async function readSource(path: string, maxBytes = Number.POSITIVE_INFINITY, name = path): Promise<string> {
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new ClaimcheckError('IO_ERROR', `${name}: is a directory`);
    if (info.size > maxBytes) {
      throw new ClaimcheckError('FILE_TOO_LARGE', `${name}: ${info.size} bytes is over the limit of ${maxBytes} (maxFileSize)`);
    }
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof ClaimcheckError) throw error;
    throw new ClaimcheckError('IO_ERROR', `${name}: ${describeIoError(error)}`, { cause: error });
  }
  return decodeSource(bytes, name);
}

/** Decodes bytes read from a file or stdin; see `readSource`. */
export function decodeSource(bytes: Uint8Array, name: string): string {
  if (bytes.includes(0)) throw new ClaimcheckError('BINARY_INPUT', `${name}: looks like a binary file (it has NUL bytes)`);
  return new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(bytes);
}

function describeIoError(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return error instanceof Error ? error.message : String(error);
}
