import { isCountOrMeasure, hasNonYearPrefix } from './number-context.js';
import { dayPoint, isValidDay, monthPoint, pointValue, yearPoint } from './points.js';
import type { DateMatch, DateParser } from './types.js';

/**
 * Dates written in digits: ISO `2021-05-23`, `2015/08/12`, numeric
 * `5/23/2021`, `23.05.2021`, `9-18-15`, and month–year `11/2016`, `2016-11`.
 *
 * Order of day and month: a part above 12 settles it; dots mean day first
 * (`13.5.2015`, the European habit); otherwise slashes and hyphens are read
 * month first, the US order that chrono-node and Recognizers-Text default to,
 * so `03/04/2021` is 4 March 2021. The article gives no better evidence for
 * one ambiguous date, and an unresolved value would lose the year too.
 */
// Every pattern below holds a digit, a separator and a digit in a row: the cheap test before them.
export const numericParser: DateParser = { name: 'date/numeric', requires: /\d[-/.]\d/, parse: parseNumeric };

/** Not inside a longer chain of digits and separators (`133-03-03-2020`, `1.5.3`); `report-2002-10-09` is fine. */
const EDGE_BEFORE = '(?<![\\p{L}\\p{N}./:])(?<!\\p{N}[-–/])';
const EDGE_AFTER = '(?![\\p{L}\\p{N}]|[./\\-–:]\\p{N})';

const YEAR_FIRST = new RegExp(`${EDGE_BEFORE}(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})${EDGE_AFTER}`, 'gu');
const YEAR_LAST = new RegExp(`${EDGE_BEFORE}(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4}|\\d{2})${EDGE_AFTER}`, 'gu');
const YEAR_MONTH = new RegExp(`${EDGE_BEFORE}(\\d{4})([-/])(\\d{1,2})${EDGE_AFTER}`, 'gu');
const MONTH_YEAR = new RegExp(`${EDGE_BEFORE}(\\d{1,2})([-/])(\\d{4})${EDGE_AFTER}`, 'gu');

function parseNumeric(text: string): DateMatch[] {
  const matches: DateMatch[] = [];
  const add = (start: number, length: number, value: ReturnType<typeof pointValue>, blocker = false) => {
    if (hasNonYearPrefix(text, start) || isCountOrMeasure(text, start + length)) return;
    matches.push({ start, end: start + length, value, parser: numericParser.name, ...(blocker ? { blocker } : {}) });
  };
  for (const found of text.matchAll(YEAR_FIRST)) {
    const [whole, year, , month, day] = found;
    if (!plausibleYear(Number(year))) continue;
    // `2014-02-30`, `2024/13/1`: no date, and no year inside it either.
    if (isValidDay(Number(year), Number(month), Number(day))) add(found.index, whole.length, pointValue(dayPoint(Number(year), Number(month), Number(day))));
    else add(found.index, whole.length, pointValue(yearPoint(Number(year))), true);
  }
  for (const found of text.matchAll(YEAR_LAST)) {
    const [whole, first, separator, second, yearDigits] = found;
    // Dotted triples with a two-digit end are version numbers (`1.10.30`), not dates.
    if (yearDigits?.length === 2 && separator === '.') continue;
    const year = yearDigits?.length === 2 ? twoDigitYear(Number(yearDigits)) : Number(yearDigits);
    const [month, day] = dayMonthOrder(Number(first), Number(second), separator as string);
    if (!plausibleYear(year)) continue;
    if (month !== undefined && day !== undefined && isValidDay(year, month, day)) add(found.index, whole.length, pointValue(dayPoint(year, month, day)));
    else add(found.index, whole.length, pointValue(yearPoint(year)), true);
  }
  for (const found of text.matchAll(YEAR_MONTH)) {
    const [whole, year, separator, month] = found;
    // `2018-19` is a range (the ranges parser reads it); `2016-11` is November 2016.
    const isRangeEnd = separator === '-' && Number(month) > Number(year) % 100;
    if (!isRangeEnd && Number(month) >= 1 && Number(month) <= 12 && plausibleYear(Number(year))) add(found.index, whole.length, pointValue(monthPoint(Number(year), Number(month))));
  }
  for (const found of text.matchAll(MONTH_YEAR)) {
    const [whole, month, , year] = found;
    if (Number(month) >= 1 && Number(month) <= 12 && plausibleYear(Number(year))) add(found.index, whole.length, pointValue(monthPoint(Number(year), Number(month))));
  }
  return matches;
}

/** `[month, day]` from two numbers, by the rules in the module comment. */
function dayMonthOrder(first: number, second: number, separator: string): [number | undefined, number | undefined] {
  if (first > 12 && second > 12) return [undefined, undefined];
  if (first > 12) return [second, first];
  if (second > 12) return [first, second];
  return separator === '.' ? [second, first] : [first, second];
}

/** Two-digit years pivot at 50: `15` → 2015, `87` → 1987. */
function twoDigitYear(value: number): number {
  return value < 50 ? 2000 + value : 1900 + value;
}

function plausibleYear(year: number): boolean {
  return year >= 1000 && year <= 2099;
}
