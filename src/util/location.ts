import { location } from 'vfile-location';
import type { Point, Position } from '../schema/position.js';

/**
 * Converts between string offsets and unist points for one source text.
 *
 * Every position claimcheck emits is made here, from an offset into the text
 * as given, so line and column can never drift from the offset.
 */
export interface SourceLocator {
  readonly text: string;
  /** The unist point of a 0-based UTF-16 offset; offsets outside the text clamp to it. */
  point(offset: number): Point;
  /** The unist position of `[start, end)`. */
  position(start: number, end: number): Position;
}

/** Builds a locator for `text`; lookups are logarithmic in the number of lines. */
export function createLocator(text: string): SourceLocator {
  const place = location(text);
  const point = (offset: number): Point => {
    const clamped = Math.max(0, Math.min(offset, text.length));
    // vfile-location knows every offset from 0 to text.length inclusive.
    const found = place.toPoint(clamped) as { line: number; column: number };
    return { line: found.line, column: found.column, offset: clamped };
  };
  return {
    text,
    point,
    position: (start, end) => ({ start: point(start), end: point(end) }),
  };
}
