import { ClaimcheckError } from './errors.js';

/**
 * The time budget of one file's analysis, checked between steps.
 *
 * The pipeline is synchronous, so nothing can interrupt a step that is
 * running: `check` is called after each piece of a large text's parse,
 * between stages, every few sentences of extraction, and after each refiner,
 * resolver and rule, and throws `TIMEOUT` once the budget is spent. A single
 * step that runs long is caught when it returns, never in the middle.
 */
export interface Deadline {
  /** Throws `ClaimcheckError('TIMEOUT')` when the budget is spent; `step` names what just ran. */
  check(step: string): void;
}

/** A deadline that never expires, for runs without `timeoutMs`. */
export const noDeadline: Deadline = Object.freeze({ check: () => undefined });

/** Starts the clock of a `timeoutMs` budget; `now` is injectable for tests. */
export function createDeadline(timeoutMs: number | undefined, now: () => number = () => performance.now()): Deadline {
  if (timeoutMs === undefined) return noDeadline;
  const started = now();
  return {
    check(step) {
      const elapsed = now() - started;
      if (elapsed > timeoutMs) {
        throw new ClaimcheckError('TIMEOUT', `Analysis took longer than ${timeoutMs} ms (timeoutMs), stopped after ${step}`);
      }
    },
  };
}

/**
 * Refuses a text whose UTF-8 encoding is larger than `maxBytes`, with
 * `FILE_TOO_LARGE`: the same measure as a file's size on disk, so the CLI and
 * the API agree on which files are too large.
 */
export function assertSizeWithin(text: string, maxBytes: number): void {
  const bytes = utf8Length(text, maxBytes);
  if (bytes > maxBytes) {
    throw new ClaimcheckError('FILE_TOO_LARGE', `Text is larger than ${maxBytes} bytes (maxFileSize); raise maxFileSize to analyse it`);
  }
}

/** The UTF-8 length of `text`, counted no further than just past `limit`. */
function utf8Length(text: string, limit: number): number {
  // Each UTF-16 unit encodes to at least one byte and at most three.
  if (text.length > limit) return text.length;
  if (text.length * 3 <= limit) return text.length;
  let bytes = 0;
  for (let index = 0; index < text.length && bytes <= limit; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(index + 1))) {
      bytes += 4;
      index++;
    } else bytes += 3;
  }
  return bytes;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
