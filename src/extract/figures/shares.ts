/**
 * The words that tie a share to the part it is of: `9 of them, or 75 per
 * cent`, `Of these, 310, or about 40 per cent`, `148 died, a death rate of
 * more than 80 per cent`. The figure reader claims a bare number these words
 * follow, so the part is a figure like any other.
 */
import type { QuantityValue } from '../../schema/claims.js';
import { readQualifier } from './context.js';
import { readCardinal } from './numbers.js';
import { isPunct, skipSpace, skipSpaceBack, type Token } from './tokens.js';

// `a death rate of`, `died, a death rate of`: a rate naming the share.
const rateOf = /^(?:[a-z]{1,20},? )?a [a-z]{1,20} rate of$/u;
// How many words may stand between a part and its share.
const reach = 8;

/**
 * Whether only the words that tie a share to its part stand between them
 * (`, or`, `of them, or`, `, a death rate of`) — or a bare comma, when the
 * share names its whole by an `of` of its own (`45, more than half of the estate`).
 */
export function tiesShare(between: string, shareOwnsWhole = false): boolean {
  let words = between.trim();
  for (const lead of ['of them', 'of these', 'of those']) if (words.startsWith(lead)) words = words.slice(lead.length).trim();
  if (shareOwnsWhole && words === ',') return true;
  if (words.startsWith(',')) words = words.slice(1).trim();
  return words === 'or' || words === 'i.e.' || words === 'that is' || rateOf.test(words);
}

/**
 * Whether the number ending at `last` is the part a share after it is of:
 * the next number (its qualifier, `about`, `more than`, before it) is a
 * percentage, and only tying words stand between.
 */
export function tiedToShare(tokens: readonly Token[], last: number, isPercentAt: (at: number) => boolean): boolean {
  let words = 0;
  for (let at = last + 1; at < tokens.length && words <= reach; at++) {
    const token = tokens[at] as Token;
    if (token.kind === 'space') continue;
    if (isPunct(token, '.;')) return false;
    const fraction = readShareFraction(tokens, at);
    if (fraction) {
      const between = tokens.slice(last + 1, fraction.first).map((word) => word.text).join('');
      return tiesShare(between.toLowerCase().replace(/\s+/gu, ' '), tokens[skipSpace(tokens, fraction.last + 1)]?.lower === 'of');
    }
    if (readCardinal(tokens, at) !== null) {
      if (!isPercentAt(at)) return false;
      const start = readQualifier(tokens, at)?.first ?? at;
      const between = tokens.slice(last + 1, start).map((word) => word.text).join('');
      return tiesShare(between.toLowerCase().replace(/\s+/gu, ' '));
    }
    words++;
  }
  return false;
}

// Fractions a share is told by, as words: their share in per cent.
const fractionWords: ReadonlyMap<string, number> = new Map([
  ['half', 50],
  ['a half', 50],
  ['one half', 50],
  ['a third', 100 / 3],
  ['one third', 100 / 3],
  ['two thirds', 200 / 3],
  ['a quarter', 25],
  ['one quarter', 25],
  ['three quarters', 75],
]);
// `just over half`, `a little under a third`: near the fraction on one side.
const nearAbove = new Set(['just over', 'a little over', 'slightly over', 'just above', 'slightly more than']);
const nearBelow = new Set(['just under', 'a little under', 'slightly under', 'just below', 'nearly', 'almost']);
// How far `just over half` may stand from the half, in points.
const nearWidth = 10;

/** A share told by a fraction's words, as a quantity in per cent. */
export interface ShareFraction {
  first: number;
  last: number;
  value: QuantityValue;
}

/**
 * `Of these, 45, more than half of the estate`, `paid £900,000, or just over
 * half`: a fraction's words set off as the share of a figure before them —
 * after a comma or `or`, before a comma, `of` or the clause's end — read as a
 * share in per cent, its qualifier setting how far it reaches.
 */
export function readShareFraction(tokens: readonly Token[], index: number): ShareFraction | null {
  const start = tokens[index] as Token;
  if (start.kind !== 'word') return null;
  let last = index;
  let words = start.lower;
  const second = skipSpace(tokens, index + 1);
  const hyphen = isPunct(tokens[index + 1], '-') ? index + 2 : -1;
  if (hyphen > 0 && tokens[hyphen]?.kind === 'word') {
    words = `${start.lower} ${(tokens[hyphen] as Token).lower}`;
    last = hyphen;
  } else if (tokens[second]?.kind === 'word' && fractionWords.has(`${start.lower} ${(tokens[second] as Token).lower}`)) {
    words = `${start.lower} ${(tokens[second] as Token).lower}`;
    last = second;
  }
  const share = fractionWords.get(words);
  if (share === undefined) return null;
  const after = tokens[skipSpace(tokens, last + 1)];
  if (after && !isPunct(after, ',.;)') && after.lower !== 'of') return null;
  const qualifier = readQualifier(tokens, index);
  const first = qualifier?.first ?? index;
  const before = tokens[skipSpaceBack(tokens, first - 1)];
  if (!before || !(isPunct(before, ',') || before.lower === 'or')) return null;
  const said = tokens.slice(first, index).map((token) => token.lower).join('').trim().replace(/\s+/gu, ' ');
  const value = Math.round(share * 10) / 10;
  if (nearAbove.has(said)) return { first, last, value: { value: null, min: value, max: value + nearWidth, approximate: true, noun: null, percent: true } };
  if (nearBelow.has(said)) return { first, last, value: { value: null, min: value - nearWidth, max: value, approximate: true, noun: null, percent: true } };
  const bound = qualifier?.bound;
  return { first, last, value: { value, min: value, max: value, approximate: qualifier !== null, ...(bound ? { bound } : {}), noun: null, percent: true } };
}
