import type { DatePoint, DateValue } from '../../schema/claims.js';
import { ERA_AFTER_NUMBER, ERA_PATTERN, MONTH_PATTERN, ORDINAL_WORD_PATTERN, ordinalValue, WEEKDAY_PREFIX_PATTERN, isBeforeEra, isStandaloneMonthWord, monthOf } from './lexicon.js';
import { hasNonYearPrefix, isCountOrMeasure, isPartOfLongerNumber, wordBefore } from './number-context.js';
import { dayPoint, isValidDay, monthPoint, pointValue, yearlessPoint } from './points.js';
import type { DateMatch, DateParser } from './types.js';
import { trimListTail } from '../../util/scan.js';
import { startsUpperCase } from '../../util/letters.js';

// Built once: esbuild writes a `\p{…}` literal as `new RegExp(…)`, which inside a function is made again at each call.
const capitalAfterSpace = /^[\s\u00a0]{1,3}\p{Lu}/u;

/**
 * Dates written with a month name, in either order: `23 May 2021`,
 * `August 30, 2008`, `the 3rd of May`, `Tuesday, 5 May 2020`, `Sept. 2019`,
 * `March 2022`, and a month alone after a preposition (`in May`).
 *
 * A day and month without a year (`the 6 June election`) is kept with an
 * unknown year (`XXXX-06-06`) and marked relative to the text: the relative
 * refiner gives it the year of the date it follows.
 */
export const absoluteParser: DateParser = { name: 'date/absolute', requires: new RegExp(MONTH_PATTERN, 'i'), parse: parseAbsolute };

const S = '[\\s\\u00a0]';
const WEEKDAY = `(?:(${WEEKDAY_PREFIX_PATTERN}),?${S}{1,3})?`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th|\\.(?=[\\s\\u00a0]))?(?![\\p{L}\\p{N}])';
const MONTH = `(${MONTH_PATTERN})`;
// The patterns below are case-insensitive, under which `\\p{Lu}` matches any
// letter: whether the era is written as one (`BC`, not `bc`) and whether a
// capitalised word follows it (`BC Hydro`) is checked in `push`.
const YEAR = `(\\d{1,4})(?:${S}{0,2}(${ERA_PATTERN})(?![\\p{L}]))?(?![\\p{N}])`;

/** `23 May 2021`, `the 3rd of May`, `Tuesday, 5 May 2020`: day, month, optional year. */
const DAY_MONTH = new RegExp(`(?<![\\p{L}\\p{N}.,$€£¥])${WEEKDAY}(?:the${S}{1,3})?${DAY}(?:${S}{1,3}of)?${S}{1,3}${MONTH}(?:,?${S}{1,3}${YEAR})?`, 'giu');
/** `August 30, 2008`, `May 3rd`, `jan-1`, `January 12 of 2016`: month, day, optional year. */
const MONTH_DAY = new RegExp(`(?<![\\p{L}\\p{N}])${WEEKDAY}${MONTH}(?:${S}{1,3}(?:the${S}{1,3})?|,${S}{1,3}|[-/])${DAY}(?:,?${S}{1,3}(?:of${S}{1,3})?${YEAR})?`, 'giu');
/** `March 2022`, `June, 2001`, `March of 2022`. */
const MONTH_YEAR = new RegExp(`(?<![\\p{L}\\p{N}])${MONTH},?${S}{1,3}(?:of${S}{1,3})?${YEAR}`, 'giu');
/** `the fourth of July`, `the first of May 1990`: an ordinal word, `of`, a month. */
const ORDINAL_OF_MONTH = new RegExp(`(?<![\\p{L}\\p{N}])(?:the${S}{1,3})?(${ORDINAL_WORD_PATTERN})${S}{1,3}of${S}{1,3}${MONTH}(?:,?${S}{1,3}${YEAR})?`, 'giu');
/** A month alone: `in May`, `until Sept.`. */
const MONTH_ALONE = new RegExp(`(?<![\\p{L}\\p{N}])${MONTH}`, 'giu');

/** Words before a lone month that make it a date: `in May`, `by October`. */
const MONTH_PREPOSITIONS = new Set(['in', 'on', 'during', 'since', 'until', 'till', 'by', 'from', 'through', 'throughout', 'of', 'between', 'early', 'late', 'mid', 'before', 'after', 'that', 'next', 'last', 'this', 'each', 'every']);

// A pattern runs only over a text holding what it cannot match without: a
// day or a year is digits, an ordinal date has its `of`. Most sentences with
// a month word (`may`, `march`) hold neither.
const DIGIT = /\d/;
const OF_WORD = /of/iu;
const noMatches: readonly RegExpExecArray[] = [];

function parseAbsolute(text: string): DateMatch[] {
  const matches: DateMatch[] = [];
  const digits = DIGIT.test(text);
  for (const found of digits ? text.matchAll(DAY_MONTH) : noMatches) {
    const [written, weekday, day, month, year, era] = found;
    // `the 3rd of May` includes its article; in `the 6 June election` the article belongs to the noun.
    const article = /^the[\s\u00a0]{1,3}/iu.exec(written);
    const skip = article && weekday === undefined && !/[\s\u00a0]of[\s\u00a0]/iu.test(written) ? article[0].length : 0;
    push(matches, text, found.index + skip, written.slice(skip), { weekday, day, month, year, era }, 'day-first');
  }
  for (const found of digits ? text.matchAll(MONTH_DAY) : noMatches) {
    const [, weekday, month, day, year, era] = found;
    // `September 32 BC`: a number with an era after a month is the year, not a day.
    if (year === undefined && ERA_AFTER_NUMBER.test(text.slice(found.index + found[0].length, found.index + found[0].length + 8))) continue;
    push(matches, text, found.index, found[0], { weekday, day, month, year, era }, 'month-first');
  }
  for (const found of OF_WORD.test(text) ? text.matchAll(ORDINAL_OF_MONTH) : noMatches) {
    const [, ordinal, month, year, era] = found;
    push(matches, text, found.index, found[0], { day: String(ordinalValue(ordinal as string)), month, year, era }, 'day-first');
  }
  for (const found of digits ? text.matchAll(MONTH_YEAR) : noMatches) {
    const [, month, year, era] = found;
    // `6,107.31 August 2019`: a number right before the month was a day that is no day.
    if (/\d[\s\u00a0]{0,3}$/.test(text.slice(Math.max(0, found.index - 4), found.index))) continue;
    push(matches, text, found.index, found[0], { month, year, era }, 'month-year');
  }
  for (const found of text.matchAll(MONTH_ALONE)) {
    const month = found[1] as string;
    if (!isStandaloneMonthWord(month)) continue;
    const previous = wordBefore(text, found.index);
    const weak = ['and', 'to', 'or'].includes(previous) && startsUpperCase(month);
    const partOf = /(?<![\p{L}])(?:early|mid|late)-$/iu.test(text.slice(Math.max(0, found.index - 6), found.index));
    if (!MONTH_PREPOSITIONS.has(previous) && !weak && !partOf) continue;
    if (capitalAfterSpace.test(text.slice(found.index + month.length, found.index + month.length + 4)) && !/\.$/.test(month)) continue;
    const number = monthOf(month) as number;
    matches.push({
      start: found.index,
      end: found.index + month.length,
      value: yearless(number),
      parser: absoluteParser.name,
      ...(weak ? { weak } : {}),
    });
  }
  return matches;
}

interface WrittenDate {
  weekday?: string | undefined;
  day?: string | undefined;
  month?: string | undefined;
  year?: string | undefined;
  era?: string | undefined;
}

/** Validates one written date and adds it; a year that is not one is cut off, keeping the day and month. */
function push(matches: DateMatch[], text: string, start: number, asMatched: string, matchedParts: WrittenDate, order: 'day-first' | 'month-first' | 'month-year'): void {
  const month = monthOf(matchedParts.month ?? '');
  if (month === undefined) return;
  let written = asMatched;
  let parts = matchedParts;
  if (parts.era !== undefined && !ERA_AFTER_NUMBER.test(text.slice(start + written.length - parts.era.length, start + written.length + 3))) {
    // `bc`, or `BC` before a capitalised word (`the 2010 BC Green Party`): no era; the date ends before it.
    written = written.slice(0, written.length - parts.era.length).trimEnd();
    parts = { ...parts, era: undefined };
  }
  // `$ 12 December 27`: a price, then the date.
  if (order === 'day-first' && hasNonYearPrefix(text, start)) return;
  let end = start + written.length;
  let year = parts.year === undefined ? null : readYear(parts.year, parts.era);
  if (year !== null && parts.era === undefined && (isPartOfLongerNumber(text, end - (parts.year as string).length, end) || isCountOrMeasure(text, end))) year = null;
  if (order === 'month-year') {
    if (year === null) return;
    matches.push({ start, end, value: pointValue(monthPoint(year, month)), parser: absoluteParser.name });
    return;
  }
  const day = Number(parts.day);
  if (!isValidDay(year, month, day)) {
    // `32 August 2014`, `February 29, 2014`: no date, and no `August 2014` inside it either.
    if (day >= 1 && day <= 39) matches.push({ start, end, value: yearless(month), parser: absoluteParser.name, blocker: true });
    return;
  }
  if (year === null && parts.year !== undefined) {
    // Keep the day and month; the digits after them were something else.
    end = start + written.lastIndexOf(parts.year) ;
    end = start + trimListTail(text.slice(start, end)).length;
  }
  if (year === null) {
    if (!isStandaloneMonthWord(parts.month as string) && parts.day === undefined) return;
    if (order === 'month-first' && isCountOrMeasure(text, end)) return;
    matches.push({ start, end, value: yearless(month, day), parser: absoluteParser.name });
    return;
  }
  const point: DatePoint = dayPoint(year, month, day);
  matches.push({ start, end, value: pointValue(point), parser: absoluteParser.name });
}

/** A written year as a number (31 BC → −30), or null when it cannot be a year after a month. */
function readYear(digits: string, era: string | undefined): number | null {
  const written = Number(digits);
  if (era !== undefined) return isBeforeEra(era) ? 1 - written : written;
  return digits.length === 4 && written >= 1000 ? written : null;
}

/** A month (and day) whose year the text gives elsewhere: resolved by the relative refiner. */
function yearless(month: number, day?: number): DateValue {
  return {
    ...yearlessPoint(month, day),
    relative: { anchor: 'text', unit: 'year', shift: 0, month, ...(day === undefined ? {} : { day }) },
  };
}
