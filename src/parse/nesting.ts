import type { Skipped } from '../util/budget.js';
import { afterLineEnding, endOfLine, isSpaceOrTab, maskAt } from './lines.js';

/**
 * Bounds how deep containers nest, before micromark sees the text.
 *
 * Why: a line such as `- - - … x` opens one list per marker, and micromark
 * and mdast-util-from-markdown rescan the rest of the line or the list's
 * events once per level (the thematic-break check of each `-`, `prepareList`
 * of each list), so 10 000 levels took 30–130 s; lists nested line by line,
 * each item indented under the last, cost the text times the depth (1 MB:
 * 58 s), and a deep tree overflows the stack of remark-gfm's recursive
 * transforms. Past `maxDepth` the next marker is replaced, in the text given
 * to micromark only, by a no-break space of the same length: the line from
 * there is text, every offset stays where it was, and the skip is recorded
 * so the report says which line was cut short. Quotes are cut from the
 * original text, so they keep the marker.
 *
 * The depth of a line is estimated from its prefix, from above: each
 * container marker — `>`, a bullet `-`, `*` or `+` followed by whitespace,
 * up to nine digits and `.` or `)` followed by whitespace, a footnote label
 * `[^x]:` — counts one, and every two columns of whitespace before a marker
 * count one, since a nested list item is indented at least two columns under
 * its parent. A bullet whose rest of line is a thematic break (`- - -`) ends
 * the prefix, as micromark reads the break there. The scan is linear in the
 * text: each prefix character is looked at once, and only lines past the
 * limit look at the rest of their line.
 */
export function limitNesting(text: string, maxDepth: number): { source: string; skipped: Skipped[] } {
  const skipped: Skipped[] = [];
  const masks: number[] = [];
  for (let lineStart = 0; lineStart < text.length; ) {
    const lineEnd = endOfLine(text, lineStart);
    // Most lines are shallow: only a line past the limit pays for telling a
    // bullet from a thematic break.
    const marker = markerPastDepth(text, lineStart, lineEnd, maxDepth, false) === -1 ? -1 : markerPastDepth(text, lineStart, lineEnd, maxDepth, true);
    if (marker !== -1) {
      masks.push(marker);
      skipped.push({
        stage: 'parse',
        what: `containers nested past level ${maxDepth} (the rest of the line was read as text)`,
        limit: 'nestingDepth',
        value: maxDepth,
        start: lineStart,
        end: lineEnd,
      });
    }
    lineStart = afterLineEnding(text, lineEnd);
  }
  return { source: maskAt(text, masks), skipped };
}

/**
 * The offset of the container marker that would open level `maxDepth + 1` on
 * this line, or -1. Without `checkBreaks` every bullet counts, so the answer
 * is -1 only when the line is surely within the limit.
 */
function markerPastDepth(text: string, lineStart: number, lineEnd: number, maxDepth: number, checkBreaks: boolean): number {
  let depth = 0;
  let at = lineStart;
  let breakCheck: ThematicBreakCheck | undefined;
  while (at < lineEnd) {
    let marker = at;
    let columns = 0;
    for (; marker < lineEnd && isSpaceOrTab(text.charCodeAt(marker)); marker++) columns += text.charCodeAt(marker) === tab ? 4 - (columns % 4) : 1;
    const after = afterMarker(text, marker, lineEnd);
    if (after === -1) return -1;
    if (checkBreaks && (text.charCodeAt(marker) === dash || text.charCodeAt(marker) === asterisk)) {
      breakCheck ??= thematicBreakCheck(text, lineStart, lineEnd);
      if (breakCheck(marker, text.charCodeAt(marker))) return -1;
    }
    depth += Math.floor(columns / 2) + 1;
    if (depth > maxDepth) return marker;
    at = after;
  }
  return -1;
}

/** Where a container marker at `marker` ends (its one optional space not included), or -1 when there is none. */
function afterMarker(text: string, marker: number, lineEnd: number): number {
  const code = text.charCodeAt(marker);
  if (code === greaterThan) return marker + 1;
  if (code === dash || code === asterisk || code === plus) return isSpaceOrTab(text.charCodeAt(marker + 1)) ? marker + 1 : -1;
  if (code === openingBracket && text.charCodeAt(marker + 1) === caret) {
    // A footnote definition: `[^label]:`, the label without whitespace.
    let close = marker + 2;
    while (close < lineEnd && close - marker < maxLabel && text.charCodeAt(close) !== closingBracket && !isSpaceOrTab(text.charCodeAt(close))) close++;
    return close > marker + 2 && text.charCodeAt(close) === closingBracket && text.charCodeAt(close + 1) === colon ? close + 2 : -1;
  }
  let digits = marker;
  while (digits < lineEnd && digits - marker < 9 && isDigit(text.charCodeAt(digits))) digits++;
  const delimiter = text.charCodeAt(digits);
  return digits > marker && (delimiter === period || delimiter === closingParenthesis) && isSpaceOrTab(text.charCodeAt(digits + 1)) ? digits + 1 : -1;
}

/** Answers whether the line from `from` on is a thematic break of `code` (`-` or `*`): three or more of it, and only spaces and tabs besides. */
type ThematicBreakCheck = (from: number, code: number) => boolean;

/**
 * One backward pass over the line, so asking at every marker of a deep line
 * costs nothing more: for each character, where the nearest other character
 * after the rest of `-`/`*`/spaces begins.
 */
function thematicBreakCheck(text: string, lineStart: number, lineEnd: number): ThematicBreakCheck {
  const lastOther = new Map<number, number>();
  for (const code of [dash, asterisk]) {
    let index = lineEnd - 1;
    while (index >= lineStart && (text.charCodeAt(index) === code || isSpaceOrTab(text.charCodeAt(index)))) index--;
    lastOther.set(code, index);
  }
  return (from, code) => {
    if (from <= (lastOther.get(code) ?? lineEnd)) return false;
    let count = 0;
    for (let index = from; index < lineEnd && count < 3; index++) if (text.charCodeAt(index) === code) count++;
    return count >= 3;
  };
}

const tab = 9;
const openingBracket = 91;
const closingBracket = 93;
const caret = 94;
const colon = 58;
// micromark's longest label.
const maxLabel = 999;
const greaterThan = 62;
const dash = 45;
const asterisk = 42;
const plus = 43;
const period = 46;
const closingParenthesis = 41;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}


