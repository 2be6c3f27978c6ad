import { COUNT_NOUNS, FUNCTION_WORDS, NON_YEAR_PREFIXES, TIME_OF_DAY_AFTER, UNITS } from './lexicon.js';
import { isLetter, trailingWord } from '../../util/scan.js';
import { startsLowerCase } from '../../util/letters.js';

/**
 * What stands around a number: the tests that tell a year from a count, a
 * price, a measure, an identifier or a piece of a longer number. Every date
 * parser asks these before it reads digits as a year or a day.
 */

/** The word right before `index` (lower case, keeping a trailing dot or a currency sign), or ''. */
export function wordBefore(text: string, index: number): string {
  const found = trailingWord(text.slice(Math.max(0, index - 34), index), isWordBeforeChar, { minSpaces: 1, maxSpaces: 3, maxLength: 30 });
  return found ? found.word.toLowerCase().replace(/^['’]/, '') : '';
}

const isWordBeforeChar = (char: string) => /[\p{L}\p{N}$€£¥#/.'’]/u.test(char);
const isNameChar = (char: string) => /[\p{L}.]/u.test(char);

/** The word before the word before `index`, for `a total of 2000`. */
export function secondWordBefore(text: string, index: number): string {
  const window = text.slice(Math.max(0, index - 70), index);
  const first = trailingWord(window, isWordBeforeChar, { minSpaces: 1, maxSpaces: 3, maxLength: 30 });
  const second = first ? trailingWord(window.slice(0, first.start), isNameChar, { minSpaces: 1, maxSpaces: 3, maxLength: 30 }) : undefined;
  return second ? second.word.toLowerCase() : '';
}

/** The word right after `index` as written (after spaces), or ''. */
export function wordAfter(text: string, index: number): string {
  const match = /^[\s\u00a0]{1,3}([\p{L}\p{N}²/]{1,30})/u.exec(text.slice(index, index + 34));
  return match ? (match[1] as string) : '';
}

/**
 * Whether the digits at `[start, end)` are only part of a longer number or
 * token: `1,800`, `3.5`, `A380`, `138-2010-2015`, `20:15`, `45%`.
 */
export function isPartOfLongerNumber(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 2), start);
  const after = text.slice(end, end + 2);
  if (/[\p{L}\p{N}_]$/u.test(before) || /^[\p{L}\p{N}_]/u.test(after)) return true;
  if (/\d[.,:]$/.test(before) || /^[.,:]\d/.test(after)) return true;
  if (/\d[-/–]$/.test(before) || /^[-/–]\d/.test(after)) return true;
  if (/^[\s\u00a0]\d/.test(after)) return true;
  return /^%/.test(after) || /[$€£¥~#+]$/.test(before);
}

/** Whether the word after a number makes it a count or a measure: `18 people`, `125 px`, `3 km`. */
export function isCountOrMeasure(text: string, end: number): boolean {
  if (/^(?:px|pt|km|kg|mm|cm|m²|km²|%)(?![\p{L}])/iu.test(text.slice(end, end + 4))) return true;
  const next = wordAfter(text, end);
  if (next === '') return false;
  const lower = next.toLowerCase();
  return UNITS.has(lower) || COUNT_NOUNS.has(lower) || /^-(?:year|month|day|week|strong|man|member|seat|page|point|yard|metre|meter|foot|mile)/.test(text.slice(end, end + 8));
}

/** Whether the word before a number makes it an identifier, a page, a price or a measure. */
export function hasNonYearPrefix(text: string, start: number): boolean {
  return NON_YEAR_PREFIXES.has(wordBefore(text, start));
}

/** Whether the word after a number is a lower-case content word, as a noun after a count is (`and`, `when`, `she` are not). */
export function isFollowedByLowerWord(text: string, end: number): boolean {
  const next = wordAfter(text, end);
  return startsLowerCase(next) && !FUNCTION_WORDS.has(next);
}

/** Whether a time zone or `hours` follows the number, making it a time of day: `1500 UTC`, `1830 GMT`. */
export function isTimeOfDay(text: string, end: number): boolean {
  return TIME_OF_DAY_AFTER.has(wordAfter(text, end).toLowerCase());
}

// How far each way the run of non-space characters around a number is read.
const pathWindow = 80;

/**
 * Whether the number is a segment of a path or URL: `issues/1033`,
 * `rust-lang/rfcs/pull/1987`, `https://…/1033`. A slash next to a letter in
 * the run of non-space characters around it says so; `1914/15` has none.
 */
export function isInPath(text: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && start - from < pathWindow && !/\s/.test(text.charAt(from - 1))) from--;
  let to = end;
  while (to < text.length && to - end < pathWindow && !/\s/.test(text.charAt(to))) to++;
  for (let index = text.indexOf('/', from); index >= 0 && index < to; index = text.indexOf('/', index + 1)) {
    if (isLetter(text.charAt(index - 1)) || isLetter(text.charAt(index + 1))) return true;
  }
  return false;
}
