/**
 * Every code a `ClaimcheckError` can carry. A list at run time, not only a
 * type, so a test can hold docs/errors.md to exactly these codes.
 */
export const claimcheckErrorCodes = ['INVALID_OPTIONS', 'INVALID_INPUT', 'BINARY_INPUT', 'FILE_TOO_LARGE', 'TIMEOUT', 'IO_ERROR', 'INVALID_CONFIG', 'USAGE'] as const;

/** Stable codes of the errors claimcheck throws; documented in docs/errors.md. */
export type ClaimcheckErrorCode = (typeof claimcheckErrorCodes)[number];

/**
 * The one error type of claimcheck's API.
 *
 * Callers branch on `code`, which never changes between versions; the message
 * is one line meant for people.
 */
export class ClaimcheckError extends Error {
  override readonly name = 'ClaimcheckError';
  readonly code: ClaimcheckErrorCode;

  constructor(code: ClaimcheckErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}
