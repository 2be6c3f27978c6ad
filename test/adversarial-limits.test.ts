import { describe, expect, it } from 'vitest';
import { analyze, ClaimcheckError } from '../src/index.js';
import { ReportSchema } from '../src/schema/report.js';
import { assertSizeWithin, createDeadline } from '../src/util/budget.js';
import { parseWithin } from '../src/parse/index.js';
import { seedText } from './helpers/fixtures.js';

function errorOf(run: () => unknown): ClaimcheckError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ClaimcheckError);
    return error as ClaimcheckError;
  }
  throw new Error('expected a ClaimcheckError');
}

describe('maxFileSize', () => {
  it.each([
    ['ASCII', 'a', 100, 1],
    ['two-byte characters', 'é', 50, 2],
    ['astral characters (a surrogate pair is four bytes)', '😀', 25, 4],
    ['lone surrogates (encoded as U+FFFD, three bytes)', '\uD800', 33, 3],
  ])('should measure %s in UTF-8 bytes', (_name, unit, fits, bytes) => {
    expect(() => assertSizeWithin(unit.repeat(fits), 100)).not.toThrow();
    expect(fits * bytes).toBeLessThanOrEqual(100);
    const error = errorOf(() => assertSizeWithin(unit.repeat(fits + 1), 100));
    expect(error.code).toBe('FILE_TOO_LARGE');
  });

  it('should refuse a text over maxFileSize with FILE_TOO_LARGE and a message naming the option', () => {
    const error = errorOf(() => analyze(seedText, { maxFileSize: 1000 }));
    expect(error.code).toBe('FILE_TOO_LARGE');
    expect(error.message).toContain('maxFileSize');
  });

  it('should default to 20 MiB', () => {
    expect(errorOf(() => analyze('a'.repeat(20 * 1024 * 1024 + 1))).code).toBe('FILE_TOO_LARGE');
  });

  it('should reject a maxFileSize that is not a positive integer', () => {
    expect(errorOf(() => analyze('text', { maxFileSize: -1 })).code).toBe('INVALID_OPTIONS');
  });
});

describe('timeoutMs', () => {
  it('should throw TIMEOUT naming the step after which the budget was found spent', () => {
    let clock = 0;
    const deadline = createDeadline(100, () => clock);
    deadline.check('parsing');
    clock = 101;
    const error = errorOf(() => deadline.check('segmentation'));
    expect(error.code).toBe('TIMEOUT');
    expect(error.message).toContain('after segmentation');
  });

  it('should stop analyze with TIMEOUT when the budget is smaller than parsing takes', () => {
    const error = errorOf(() => analyze(seedText, { timeoutMs: 0.001 }));
    expect(error.code).toBe('TIMEOUT');
    expect(error.message).toContain('timeoutMs');
  });

  it('should finish within a generous budget', () => {
    expect(ReportSchema.safeParse(analyze(seedText, { timeoutMs: 600_000 })).success).toBe(true);
  });
});

describe('a run over several texts', () => {
  it('should give each text its own outcome, so one failure does not stop the others', () => {
    const texts = [seedText, 'x'.repeat(5000), '= Short =\n\nIt was founded in 1990.'];
    const outcomes = texts.map((text, index) => {
      try {
        return analyze(text, { path: `file-${index}`, maxFileSize: 4096 }).files[0]?.path;
      } catch (error) {
        return (error as ClaimcheckError).code;
      }
    });
    expect(outcomes).toEqual(['FILE_TOO_LARGE', 'FILE_TOO_LARGE', 'file-2']);
  });
});

describe('timeoutMs on a large text', () => {
  it('should stop between the pieces of a large parse, long before the whole text is parsed', () => {
    let checks = 0;
    const deadline = {
      check(step: string) {
        checks++;
        if (checks > 3) throw new ClaimcheckError('TIMEOUT', `stopped after ${step}`);
      },
    };
    const text = seedText.repeat(200);
    const error = errorOf(() => parseWithin(text, { format: 'wiki' }, deadline));
    expect(error.code).toBe('TIMEOUT');
    expect(error.message).toBe('stopped after parsing a piece of the text');
    // The seed 200 times over is 2.6 M characters: dozens of pieces, stopped at the fourth.
    expect(checks).toBe(4);
  });
});
