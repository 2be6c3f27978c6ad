import type { DatePoint, DateValue } from '../../schema/claims.js';
import { AFTER_ERA, ERA_PATTERN, MONTH_PATTERN, isBeforeEra, monthOf } from './lexicon.js';
import { hasNonYearPrefix, isCountOrMeasure, wordBefore } from './number-context.js';
import { compareIso, dayPoint, isValidDay, monthPoint, parseIso, presentPoint, rangeValue, yearPoint, yearlessPoint } from './points.js';
import type { DateMatch, DateParser } from './types.js';

// Built once: esbuild writes a `\p{…}` literal as `new RegExp(…)`, which inside a function is made again at each call.
const smallNumberAtEnd = /(?<![\p{N}])\p{N}{1,3}$/u;

/**
 * Ranges written as one unit, which no pair of point parsers could see:
 * `2018–2022`, `1914–18`, `401-399 BC`, `3–5 August 2019`, `August 3–5,
 * 2019`, `May–June 2019`, and the open end `–present`.
 *
 * Ranges of two full dates (`from August 30, 2008, to April 25, 2011`) are
 * joined later by {@link mergeRanges}, chrono's merge-date-range refiner.
 */
export const rangeParser: DateParser = { name: 'date/range', requires: /\d|present|now|today|date/i, parse: parseRanges };

const S = '[\\s\\u00a0]';
const DASH = '[-–—]';
const ERA = `(${ERA_PATTERN})${AFTER_ERA}`;
const YEARS = new RegExp(`(?<![\\p{L}\\p{N}.,/$€£¥#~+\\-–])(\\d{3,4})(?:${S}{0,2}${ERA})?${S}?${DASH}${S}?(\\d{2,4})(?:${S}{0,2}${ERA})?(?![\\p{L}\\p{N}]|[.,:]\\p{N}|[-–/]\\p{N})`, 'gu');
/** Between two days: a dash, or a word (`3 to 5 May`, `between 3 and 12 of Sept`). */
const DAY_LINK = `(?:${S}{0,2}${DASH}${S}{0,2}|${S}{1,3}(?:to|until|till|through|and)${S}{1,3}(?:the${S}{1,3})?)`;
const DAYS_THEN_MONTH = new RegExp(`(?<![\\p{L}\\p{N}.,])(?:(?:from|between)${S}{1,3})?(\\d{1,2})(?:st|nd|rd|th)?${DAY_LINK}(\\d{1,2})(?:st|nd|rd|th)?${S}{1,3}(?:of${S}{1,3})?(${MONTH_PATTERN})(?:,?${S}{1,3}(\\d{4})(?![\\p{N}]))?`, 'giu');
const MONTH_THEN_DAYS = new RegExp(`(?<![\\p{L}\\p{N}])(${MONTH_PATTERN})${S}{1,3}(\\d{1,2})(?:st|nd|rd|th)?${DAY_LINK}(\\d{1,2})(?:st|nd|rd|th)?(?![\\p{N}])(?:,?${S}{1,3}(\\d{4})(?![\\p{N}]))?`, 'giu');
const MONTHS_THEN_YEAR = new RegExp(`(?<![\\p{L}\\p{N}])(${MONTH_PATTERN})${S}{0,2}(?:${DASH}|${S}(?:to|until|through)${S})${S}{0,2}(${MONTH_PATTERN}),?${S}{1,3}(\\d{4})(?![\\p{N}])`, 'giu');
const PRESENT = new RegExp(`(?<![\\p{L}])(?:${DASH}|(?:to|until|till|through)${S}{1,3}(?:the${S}{1,3})?)${S}{0,2}(?:present(?:${S}day)?|now|today|date)(?![\\p{L}])`, 'giu');

/** Words before a range of three-digit years that make it one (`in 711–713`). */
const RANGE_PREPOSITIONS = new Set(['in', 'from', 'during', 'between', 'c.', 'circa', 'ca.', 'r.', 'reigned', 'fl.']);

// What the patterns cannot match without, tested once per sentence with the
// patterns' own flags: `requires` lets in every sentence with a digit, and a
// pattern opening with a look-behind is tried at every character.
const ANY_DASH = /[-–—]/u;
const MONTH_NAME = new RegExp(MONTH_PATTERN, 'iu');
const PRESENT_WORD = /present|now|today|date/iu;

function parseRanges(text: string): DateMatch[] {
  const dashed = ANY_DASH.test(text);
  const named = MONTH_NAME.test(text);
  return [
    ...(dashed ? yearRanges(text) : []),
    ...(named ? dayRanges(text) : []),
    ...(named ? monthRanges(text) : []),
    ...(PRESENT_WORD.test(text) ? presentEnds(text) : []),
    ...(dashed ? openEnds(text) : []),
  ];
}

// `Years Active: 1999–`, `(1999– )`: a year and a dash with nothing after it.
const OPEN_END = /(?<![\p{L}\p{N}.,/$€£¥#~+\-–—])(\d{4})[ \u00a0]?[–—-](?=[ \u00a0]{0,3}(?:\)|$|[,;]))/gu;
// `(–2010)`, `- Chairs: –2004` at the start of a value: a dash and a year with nothing before it.
// `governor of the colony –1796,`: in prose, a dash set against the year after a word, where the start fell out.
// `(-1961)`: a hyphen typed for the dash, right after the bracket only (elsewhere it may be a minus or a code).
const OPEN_START = /(?:(?:(?<=\()|^)[ \u00a0]{0,2}[–—][ \u00a0]?|(?<=\()-|(?<=\p{L}[ \u00a0])[–—])(\d{4})(?![\p{L}\p{N}])/gu;

/**
 * Ranges missing an end: `1999–` and `(–2010)`. Kept, with the missing end
 * null, because a range whose other end was lost is worth reporting.
 */
function openEnds(text: string): DateMatch[] {
  const matches: DateMatch[] = [];
  for (const found of text.matchAll(OPEN_END)) {
    const year = Number(found[1]);
    if (year < 1000 || year > 2099) continue;
    matches.push({ start: found.index, end: found.index + found[0].length, value: rangeValue(yearPoint(year), null), parser: rangeParser.name });
  }
  for (const found of text.matchAll(OPEN_START)) {
    const year = Number(found[1]);
    if (year < 1000 || year > 2099) continue;
    const start = found.index + found[0].search(/[–—-]/);
    matches.push({ start, end: found.index + found[0].length, value: rangeValue(null, yearPoint(year)), parser: rangeParser.name });
  }
  return matches;
}

function yearRanges(text: string): DateMatch[] {
  const matches: DateMatch[] = [];
  for (const found of text.matchAll(YEARS)) {
    const [whole, firstDigits, firstEra, lastDigits, lastEra] = found;
    const start = found.index;
    const end = start + whole.length;
    if (hasNonYearPrefix(text, start) || isCountOrMeasure(text, end)) continue;
    // `2015 - 32` is a subtraction or a code; a two-digit end is written closed up (`1914–18`).
    if ((lastDigits as string).length === 2 && /[\s\u00a0][-–—][\s\u00a0]/u.test(whole)) continue;
    const years = readYearRange(firstDigits as string, firstEra, lastDigits as string, lastEra, wordBefore(text, start));
    if (!years) continue;
    matches.push({ start, end, value: rangeValue(yearPoint(years[0]), yearPoint(years[1])), parser: rangeParser.name });
  }
  return matches;
}

/**
 * The astronomical years of `first–last`, or undefined when the pair is not a
 * range of years: eras are shared (`401-399 BC`), a short end takes the
 * start's century (`1914–18`, `1999–00`), and the range must run forward.
 */
function readYearRange(firstDigits: string, firstEra: string | undefined, lastDigits: string, lastEra: string | undefined, previous: string): [number, number] | undefined {
  const era = (written: string | undefined) => (written === undefined ? null : isBeforeEra(written) ? 'BC' : 'AD');
  const lastIsBc = era(lastEra) === 'BC';
  const firstIsBc = era(firstEra) === 'BC' || (firstEra === undefined && lastIsBc);
  const first = Number(firstDigits);
  let last = Number(lastDigits);
  const hasEra = firstEra !== undefined || lastEra !== undefined;
  if (!hasEra) {
    if (firstDigits.length === 3 && !RANGE_PREPOSITIONS.has(previous)) return undefined;
    if (firstDigits.length === 4 && (first < 1000 || first > 2099)) return undefined;
    if (lastDigits.length === 2) {
      const century = first - (first % 100);
      last = century + last;
      if (last <= first) {
        if (first % 100 < 90 || last % 100 >= 10) return undefined;
        last += 100;
      }
    } else if (lastDigits.length !== firstDigits.length && lastDigits.length !== 4) return undefined;
    // `2003–1999`: two full years written backwards are kept as written, for range-order to report.
    if (last < first && lastDigits.length === 4 && first - last <= 150) return [first, last];
    if (last <= first || last - first > 150) return undefined;
    return [first, last];
  }
  if (lastDigits.length < firstDigits.length && !lastIsBc && lastDigits.length === 2) last = first - (first % 100) + last;
  const from = firstIsBc ? 1 - first : first;
  const to = lastIsBc ? 1 - last : last;
  return from < to ? [from, to] : undefined;
}

function dayRanges(text: string): DateMatch[] {
  const matches: DateMatch[] = [];
  const add = (start: number, length: number, month: string, firstDay: string, lastDay: string, yearDigits: string | undefined) => {
    const monthNumber = monthOf(month);
    if (monthNumber === undefined) return;
    const year = yearDigits === undefined ? null : Number(yearDigits);
    const [first, last] = [Number(firstDay), Number(lastDay)];
    if (first >= last) return;
    if (!isValidDay(year, monthNumber, first) || !isValidDay(year, monthNumber, last)) {
      matches.push({ start, end: start + length, value: rangeValue(null, null), parser: rangeParser.name, blocker: true });
      return;
    }
    const point = (day: number): DatePoint => (year === null ? yearlessEnd(monthNumber, day) : dayPoint(year, monthNumber, day));
    matches.push({ start, end: start + length, value: rangeValue(point(first), point(last)), parser: rangeParser.name });
  };
  for (const found of text.matchAll(DAYS_THEN_MONTH)) add(found.index, found[0].length, found[3] as string, found[1] as string, found[2] as string, found[4]);
  for (const found of text.matchAll(MONTH_THEN_DAYS)) add(found.index, found[0].length, found[1] as string, found[2] as string, found[3] as string, found[4]);
  return matches;
}

function monthRanges(text: string): DateMatch[] {
  const matches: DateMatch[] = [];
  for (const found of text.matchAll(MONTHS_THEN_YEAR)) {
    const [whole, firstMonth, lastMonth, yearDigits] = found;
    const [first, last, year] = [monthOf(firstMonth as string), monthOf(lastMonth as string), Number(yearDigits)];
    if (first === undefined || last === undefined || first === last) continue;
    // `November–February 2020` runs across the new year.
    const from = monthPoint(first < last ? year : year - 1, first);
    matches.push({ start: found.index, end: found.index + whole.length, value: rangeValue({ ...from, inferred: ['year'] }, monthPoint(year, last)), parser: rangeParser.name });
  }
  return matches;
}

/** `–present` (kept alone: an open range with no start) and `to the present` (kept only when joined to a start). */
function presentEnds(text: string): DateMatch[] {
  // `a 50-date tour`: a hyphen joining a small number to `date` makes a compound noun, not a range to date.
  const compound = (found: RegExpMatchArray): boolean => /^[-–—]/.test(found[0]) && smallNumberAtEnd.test(text.slice(Math.max(0, (found.index ?? 0) - 4), found.index));
  return [...text.matchAll(PRESENT)].filter((found) => !compound(found)).map((found) => ({
    start: found.index,
    end: found.index + found[0].length,
    value: rangeValue(null, presentPoint()),
    parser: rangeParser.name,
    ...(/^[-–—]/.test(found[0]) ? {} : { weak: true }),
  }));
}

function yearlessEnd(month: number, day: number): DatePoint {
  return { ...yearlessPoint(month, day), relative: { anchor: 'text', unit: 'year', shift: 0, month, day } };
}

const CONNECTOR = new RegExp(`^,?${S}{0,3}(?:${DASH}|to|until|till|through|thru|and)${S}{0,3}$`, 'i');
const RANGE_PREFIX = new RegExp(`(?<![\\p{L}])(from|between)${S}{1,3}$`, 'iu');

/**
 * Joins two adjacent points into a range, as chrono's merge-date-range
 * refiner does: `from 1992 to 1999`, `between 2008 and 2011`, `August 30,
 * 2008, to April 25, 2011`, `2008–present`, `from 398 to about 360 BC`.
 * The later end lends its era and year to the earlier (`3 May – 5 June
 * 2019`); a range must run forward. Weak years joined to a confirmed partner
 * become confirmed.
 */
export function mergeRanges(text: string, matches: readonly DateMatch[]): DateMatch[] {
  const result: DateMatch[] = [];
  for (let index = 0; index < matches.length; index++) {
    const first = matches[index] as DateMatch;
    const second = matches[index + 1];
    const merged = second ? mergePair(text, first, second) : undefined;
    if (!merged && second && sharesEra(text, first, second)) {
      result.push(withEraOf(first, second));
    } else if (!merged && second?.weak && isListedAfter(text, first, second)) {
      result.push(first, { ...second, weak: false });
      index++;
    } else if (merged) {
      result.push(merged);
      index++;
    } else {
      result.push(first);
    }
  }
  return result;
}

function mergePair(text: string, first: DateMatch, second: DateMatch): DateMatch | undefined {
  if (first.value.granularity === 'range' || isAnchoredRelative(first.value) || isAnchoredRelative(second.value)) return undefined;
  const gap = text.slice(first.end, second.start);
  const prefix = RANGE_PREFIX.exec(text.slice(Math.max(0, first.start - 12), first.start));
  const isPresentEnd = second.value.granularity === 'range' && second.value.to?.timex === 'PRESENT_REF' && second.value.from === null;
  if (isPresentEnd) {
    if (!/^[\s\u00a0]{0,2}$/.test(gap)) return undefined;
  } else {
    if (second.value.granularity === 'range' || !CONNECTOR.test(gap)) return undefined;
    if (/and/i.test(gap) && prefix?.[1]?.toLowerCase() !== 'between') return undefined;
  }
  if (first.weak && isPresentEnd) return undefined;
  if (first.weak && second.weak && !(isPlausibleYear(first) && isPlausibleYear(second))) return undefined;
  let from = pointOf(first);
  let to = isPresentEnd ? presentPoint() : pointOf(second);
  if (first.year?.era === null && second.year?.era === 'BC') from = yearPoint(1 - first.year.written);
  [from, to] = shareYear(from, to);
  // A backwards range is kept only when both ends carry a written year and the words make it a range:
  // `from 1999 to 1992`, `from August 1966 to May 1966`, `July 1, 1998 – June 30, 1996`.
  const backwards = from.start !== null && to.end !== null && compareIso(from.start, to.end) > 0;
  if (backwards && !(isKeptBackwards(first, second, prefix !== null, gap) && !from.inferred && !to.inferred)) return undefined;
  const start = prefix ? first.start - prefix[0].length : first.start;
  return { start, end: second.end, value: rangeValue(from, to), parser: rangeParser.name };
}

const LIST_SEPARATOR = new RegExp(`^(?:,?${S}{1,3}(?:and|or)|,)${S}{1,3}$`, 'i');

/** `378 and 377 BC`, `in 396, 395 BC`: a bare year listed before one with an era shares it. */
function sharesEra(text: string, first: DateMatch, second: DateMatch): boolean {
  return first.year?.era === null && second.year?.era === 'BC' && first.year.written > second.year.written && LIST_SEPARATOR.test(text.slice(first.end, second.start));
}

function withEraOf(first: DateMatch, second: DateMatch): DateMatch {
  const written = first.year?.written ?? 0;
  return { ...first, value: { ...yearPoint(1 - written), approximate: first.value.approximate }, year: { written, era: second.year?.era ?? null }, weak: false };
}

/** `in 2007 and 2009`: a possible year listed right after a year is one too. */
function isListedAfter(text: string, first: DateMatch, second: DateMatch): boolean {
  return !first.weak && first.value.granularity === 'year' && second.year !== undefined && LIST_SEPARATOR.test(text.slice(first.end, second.start));
}

const DASHED = new RegExp(`^,?${S}{0,3}${DASH}`);

/** Years alone need `from`/`between`; full dates with their own years may also be joined by a dash. */
function isKeptBackwards(first: DateMatch, second: DateMatch, hasPrefix: boolean, gap: string): boolean {
  if (first.year !== undefined || second.year !== undefined) return hasPrefix && isPlausibleYear(first) && isPlausibleYear(second);
  return (hasPrefix || DASHED.test(gap)) && hasWrittenYear(first) && hasWrittenYear(second);
}

/** A month or a day with a four-digit year of its own (`May 1966`, `June 30, 1996`). */
function hasWrittenYear(match: DateMatch): boolean {
  return (match.value.granularity === 'month' || match.value.granularity === 'day') && /^\d{4}-/.test(match.value.timex);
}

/** A four-digit number in the range years are mostly written in. */
function isPlausibleYear(match: DateMatch): boolean {
  return match.year !== undefined && match.year.written >= 1000 && match.year.written <= 2099;
}

/** A yearless end takes the other end's year (the earlier one's year steps back when its month comes later). */
function shareYear(from: DatePoint, to: DatePoint): [DatePoint, DatePoint] {
  const fromMonth = from.relative?.month;
  const toMonth = to.relative?.month;
  if (from.start === null && fromMonth !== undefined && to.start !== null) {
    const [year, month] = parseIso(to.start);
    return [filled(from, fromMonth > month ? year - 1 : year), to];
  }
  if (to.start === null && toMonth !== undefined && from.start !== null && to.timex !== 'PRESENT_REF') {
    const [year, month] = parseIso(from.start);
    return [from, filled(to, toMonth < month ? year + 1 : year)];
  }
  return [from, to];
}

function filled(point: DatePoint, year: number): DatePoint {
  const { month, day } = point.relative ?? {};
  if (month === undefined) return point;
  const base = day === undefined ? monthPoint(year, month) : dayPoint(year, month, day);
  return { ...base, inferred: ['year'] };
}

/** The point a match stands for (a range value is never passed here). */
/**
 * `4 April 1890 – 1950`: a full date whose year opens a range of years (`1890
 * – 1950`) starts that range, the exact date its start. The two readings
 * overlap, so without this the longer one, the day, would hide the range.
 */
export function joinDayToYearRange(proposed: ReadonlyArray<{ match: DateMatch; order: number }>): Array<{ match: DateMatch; order: number }> {
  const ranges = proposed.filter(({ match }) => match.parser === rangeParser.name && match.value.granularity === 'range' && match.value.from?.granularity === 'year' && match.value.to !== null);
  if (ranges.length === 0) return [...proposed];
  const joined = new Set<DateMatch>();
  const result: Array<{ match: DateMatch; order: number }> = [];
  for (const entry of proposed) {
    const { match } = entry;
    const range = match.value.granularity === 'day' || match.value.granularity === 'month' ? ranges.find(({ match: years }) => years.start > match.start && years.start < match.end && match.end === years.start + 4) : undefined;
    if (!range) continue;
    joined.add(match).add(range.match);
    result.push({ match: { start: match.start, end: range.match.end, value: rangeValue(pointOf(match), range.match.value.to ?? null), parser: rangeParser.name }, order: entry.order });
  }
  return [...proposed.filter(({ match }) => !joined.has(match)), ...result];
}

function pointOf(match: DateMatch): DatePoint {
  const { from: _from, to: _to, relation: _relation, resolvedFrom: _resolvedFrom, resolution: _resolution, ...point } = match.value;
  return point as DatePoint;
}

/** A relative expression anchored elsewhere (`the same year`): not a range end. A yearless date is one. */
function isAnchoredRelative(value: DateValue): boolean {
  return value.relative !== undefined && !(value.relative.anchor === 'text' && value.relative.unit === 'year' && value.relative.shift === 0 && value.relative.month !== undefined && value.relative.direction === undefined);
}
