import { expect } from 'vitest';

interface PointLike {
  line: number;
  column: number;
  offset?: number | undefined;
}
interface PositionLike {
  start: PointLike;
  end: PointLike;
}

/**
 * Asserts the position invariant: offsets are in range, line and column agree
 * with the offset (computed here independently of the library), and when a
 * quote is given it is exactly the source slice.
 */
export function expectExactPosition(text: string, position: PositionLike, quote?: string): void {
  const start = position.start.offset;
  const end = position.end.offset;
  expect(start, 'start offset').toBeTypeOf('number');
  expect(end, 'end offset').toBeTypeOf('number');
  expect(start as number).toBeGreaterThanOrEqual(0);
  expect(end as number).toBeGreaterThanOrEqual(start as number);
  expect(end as number).toBeLessThanOrEqual(text.length);
  expect(lineColumn(text, start as number), `point of offset ${start}`).toEqual({ line: position.start.line, column: position.start.column });
  expect(lineColumn(text, end as number), `point of offset ${end}`).toEqual({ line: position.end.line, column: position.end.column });
  if (quote !== undefined) expect(text.slice(start, end)).toBe(quote);
}

const lineStartsCache = new WeakMap<object, number[]>();
const keyed = new Map<string, object>();

function lineStarts(text: string): number[] {
  let key = keyed.get(text);
  if (!key) {
    key = {};
    keyed.clear();
    keyed.set(text, key);
  }
  let starts = lineStartsCache.get(key);
  if (!starts) {
    starts = [0];
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index);
      // CR, LF and CRLF each end a line, as in micromark.
      if (code === 10 || (code === 13 && text.charCodeAt(index + 1) !== 10)) starts.push(index + 1);
    }
    lineStartsCache.set(key, starts);
  }
  return starts;
}

/** Line and column of `offset` in `text`, computed independently of the library (CR, LF and CRLF end lines). */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const starts = lineStarts(text);
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] as number) <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - (starts[low] as number) + 1 };
}
