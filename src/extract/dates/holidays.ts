import { EASTER_HOLIDAYS, FIXED_HOLIDAYS } from '../../lexicon/holidays.js';
import { anyOf } from '../../lexicon/list.js';
import type { DateValue } from '../../schema/claims.js';
import { dayPoint, pointValue, yearlessPoint } from './points.js';
import type { DateMatch, DateParser } from './types.js';
import { startsUpperCase } from '../../util/letters.js';

// Built once: esbuild writes a `\p{…}` literal as `new RegExp(…)`, which inside a function is made again at each call.
const capitalAfterSpace = /^[\s\u00a0]{1,3}\p{Lu}/u;

/**
 * A holiday's name as written: any space may be a no-break space and the
 * apostrophe may be curly (`New Year’s Day`). Longest names first.
 */
const HOLIDAY_NAME = anyOf([...FIXED_HOLIDAYS.keys(), ...EASTER_HOLIDAYS.keys()]).replace(/ /g, '[\\s\\u00a0]').replace(/'/g, "['’]");

/**
 * Holidays that fix a date: `Christmas Day 1914`, `on New Year's Eve`,
 * `Easter 1916` (Easter by the Gregorian computus, so only with a year).
 *
 * A holiday's name is also part of other names (`Christmas Island`, `the
 * Easter Rising`, `the Christmas truce`), so without a year it counts only
 * after a preposition of time and before no capitalised word.
 */
export const holidayParser: DateParser = { name: 'date/holiday', requires: new RegExp(HOLIDAY_NAME, 'iu'), parse: parseHolidays };

const HOLIDAY = new RegExp(`(?<![\\p{L}])(${HOLIDAY_NAME})(?![\\p{L}])(?:,?[\\s\\u00a0]{1,3}(?:of[\\s\\u00a0]{1,3})?(\\d{4})(?![\\p{N}]))?`, 'giu');
const TIME_PREPOSITION = /(?<![\p{L}])(?:on|at|by|until|till|before|after|since|over|during|from|to|and|around|for)[\s\u00a0]{1,3}$/iu;

function parseHolidays(text: string): DateMatch[] {
  const matches: DateMatch[] = [];
  for (const found of text.matchAll(HOLIDAY)) {
    const [whole, written, yearDigits] = found;
    if (!startsUpperCase(written as string)) continue;
    const name = (written as string).toLowerCase().replace(/[\s\u00a0]+/g, ' ').replace('’', "'");
    const end = found.index + whole.length;
    const year = yearDigits === undefined ? null : Number(yearDigits);
    if (year === null) {
      if (!TIME_PREPOSITION.test(text.slice(Math.max(0, found.index - 8), found.index))) continue;
      if (capitalAfterSpace.test(text.slice(end, end + 4))) continue;
    }
    const value = holidayValue(name, year);
    if (value) matches.push({ start: found.index, end, value, parser: holidayParser.name });
  }
  return matches;
}

function holidayValue(name: string, year: number | null): DateValue | undefined {
  const fixed = FIXED_HOLIDAYS.get(name);
  if (fixed) {
    const [month, day] = fixed;
    if (year !== null) return pointValue(dayPoint(year, month, day));
    return { ...yearlessPoint(month, day), relative: { anchor: 'text', unit: 'year', shift: 0, month, day } };
  }
  const offset = EASTER_HOLIDAYS.get(name);
  if (offset === undefined || year === null) return undefined;
  const [month, day] = easterSunday(year);
  const date = new Date(Date.UTC(year, month - 1, day + offset));
  return pointValue(dayPoint(year, date.getUTCMonth() + 1, date.getUTCDate()));
}

/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm). */
export function easterSunday(year: number): [number, number] {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return [month, day];
}
