import type { SeasonCode } from '../../lexicon/seasons.js';
import type { DatePoint, DateValue, Granularity } from '../../schema/claims.js';

/**
 * Calendar arithmetic and the builders of date values: every parser makes its
 * points here, so `timex`, `start` and `end` follow one convention.
 *
 * Years are astronomical (1 BC = year 0, 31 BC = −30) and written the ISO 8601
 * expanded way, with a sign and at least four digits (`-0030`), so they sort
 * and compare like any other year. Days are proleptic Gregorian.
 */

/** A season's TIMEX3 code, as the lexicon's season words map to it. */
export type { SeasonCode };

/** A part of a period: `early 2019`, `the late 19th century`, `the first half of 1990`. */
export type PeriodModifier = NonNullable<DatePoint['modifier']>;

/** A year as TIMEX3/ISO writes it: `2018`, `0711`, `-0030` for 31 BC. */
export function formatYear(year: number): string {
  const digits = String(Math.abs(year)).padStart(4, '0');
  return year < 0 ? `-${digits}` : digits;
}

/** `YYYY-MM-DD`, with an expanded year before 1 BC. */
export function isoDay(year: number, month: number, day: number): string {
  return `${formatYear(year)}-${pad2(month)}-${pad2(day)}`;
}

/** Days in a month of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Whether the day exists: no 31 April, no 29 February 2019. */
export function isValidDay(year: number | null, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= (year === null ? (month === 2 ? 29 : daysInMonth(2000, month)) : daysInMonth(year, month));
}

/** A day: `2021-05-23`. */
export function dayPoint(year: number, month: number, day: number): DatePoint {
  const iso = isoDay(year, month, day);
  return { timex: iso, start: iso, end: iso, granularity: 'day', approximate: false };
}

/** A month: `2022-03`. */
export function monthPoint(year: number, month: number): DatePoint {
  return {
    timex: `${formatYear(year)}-${pad2(month)}`,
    start: isoDay(year, month, 1),
    end: isoDay(year, month, daysInMonth(year, month)),
    granularity: 'month',
    approximate: false,
  };
}

/** A year: `2018`, `-0030`. */
export function yearPoint(year: number): DatePoint {
  return { timex: formatYear(year), start: isoDay(year, 1, 1), end: isoDay(year, 12, 31), granularity: 'year', approximate: false };
}

/** A decade from its first year: `the 1990s` → timex `199`. */
export function decadePoint(firstYear: number): DatePoint {
  return {
    timex: formatYear(firstYear).slice(0, -1),
    start: isoDay(firstYear, 1, 1),
    end: isoDay(firstYear + 9, 12, 31),
    granularity: 'decade',
    approximate: false,
  };
}

/**
 * A century by its ordinal: the 19th century → timex `18`, 1800–1899 (the
 * TIMEX3 and everyday reading, not the strict 1801–1900); the 5th century BC
 * → 500–401 BC, timex `-04` (the first digits of its first year, −0499).
 */
export function centuryPoint(ordinal: number, bc: boolean): DatePoint {
  const first = bc ? -(ordinal * 100) + 1 : (ordinal - 1) * 100;
  const last = first + 99;
  const timex = bc ? formatYear(first).slice(0, 3) : formatYear(first).slice(0, 2);
  return { timex, start: isoDay(first, 1, 1), end: isoDay(last, 12, 31), granularity: 'century', approximate: false };
}

/** A season of a year, northern-hemisphere meteorological: winter 2019 is December 2019 to February 2020. */
export function seasonPoint(year: number, season: SeasonCode): DatePoint {
  const months: Record<SeasonCode, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 14] };
  const [first, last] = months[season];
  const endYear = last > 12 ? year + 1 : year;
  const endMonth = last > 12 ? last - 12 : last;
  return {
    timex: `${formatYear(year)}-${season}`,
    start: isoDay(year, first, 1),
    end: isoDay(endYear, endMonth, daysInMonth(endYear, endMonth)),
    granularity: 'season',
    approximate: false,
  };
}

/** A date whose year the text does not give: `6 June` → `XXXX-06-06`, `in May` → `XXXX-05`. */
export function yearlessPoint(month: number, day?: number): DatePoint {
  const timex = day === undefined ? `XXXX-${pad2(month)}` : `XXXX-${pad2(month)}-${pad2(day)}`;
  return { timex, start: null, end: null, granularity: day === undefined ? 'month' : 'day', approximate: false };
}

/** A date the text gives no part of yet (`the same year` before resolution). */
export function unknownPoint(granularity: Granularity): DatePoint {
  return { timex: 'XXXX', start: null, end: null, granularity, approximate: false };
}

/** The present, as the open end of `2008–present`. */
export function presentPoint(): DatePoint {
  return { timex: 'PRESENT_REF', start: null, end: null, granularity: 'day', approximate: false };
}

/** A point with `approximate` set: `c. 1200`, `about 1900`. */
export function approximately(point: DatePoint): DatePoint {
  return { ...point, approximate: true };
}

/**
 * Narrows a point to a part of it: `early 2019` is January–June 2019 (the
 * halves Recognizers-Text uses), `mid-2019` April–September, `the late 1980s`
 * 1987–1989, `mid-June` 11–20 June. The timex stays the whole
 * period's (TIMEX3 puts the part in a separate `mod`), and the point becomes
 * approximate because such parts have no agreed edges.
 */
export function withModifier(point: DatePoint, modifier: PeriodModifier): DatePoint {
  const narrowed = { ...point, modifier, approximate: true };
  if (point.start === null || point.end === null) return narrowed;
  const [startYear, startMonth] = parseIso(point.start);
  const span = spanOf(point.granularity, modifier);
  if (!span) return narrowed;
  const [from, to] = span;
  if (point.granularity === 'year') {
    return { ...narrowed, start: isoDay(startYear, from, 1), end: isoDay(startYear, to, daysInMonth(startYear, to)) };
  }
  if (point.granularity === 'month') {
    return { ...narrowed, start: isoDay(startYear, startMonth, from), end: isoDay(startYear, startMonth, Math.min(to, daysInMonth(startYear, startMonth))) };
  }
  return { ...narrowed, start: isoDay(startYear + from, 1, 1), end: isoDay(startYear + to, 12, 31) };
}

/** The parts of a period as offsets: months of a year, days of a month, years of a decade or century. */
function spanOf(granularity: Granularity, modifier: PeriodModifier): [number, number] | undefined {
  const table: Partial<Record<Granularity, Partial<Record<PeriodModifier, [number, number]>>>> = {
    year: { early: [1, 6], mid: [4, 9], late: [7, 12], 'first-half': [1, 6], 'second-half': [7, 12] },
    month: { early: [1, 15], mid: [11, 20], late: [16, 31], 'first-half': [1, 15], 'second-half': [16, 31] },
    decade: { early: [0, 3], mid: [4, 6], late: [7, 9], 'first-half': [0, 4], 'second-half': [5, 9] },
    century: { early: [0, 32], mid: [33, 65], late: [66, 99], 'first-half': [0, 49], 'second-half': [50, 99] },
  };
  return table[granularity]?.[modifier];
}

/** A point as a whole date value. */
export function pointValue(point: DatePoint): DateValue {
  return { ...point };
}

/**
 * A range from two points, either of which may be missing: `2018–2022` →
 * timex `2018/2022`; `–present` → `/PRESENT_REF`; `since 2022` → `2022/`.
 * `start`/`end` are the first day of `from` and the last day of `to`.
 */
export function rangeValue(from: DatePoint | null, to: DatePoint | null, relation?: DateValue['relation']): DateValue {
  return {
    timex: `${from?.timex ?? ''}/${to?.timex ?? ''}`,
    start: from?.start ?? null,
    end: to?.end ?? null,
    granularity: 'range',
    approximate: Boolean(from?.approximate || to?.approximate),
    from,
    to,
    ...(relation ? { relation } : {}),
  };
}

/** `[year, month, day]` of an ISO day (with an expanded year). */
export function parseIso(iso: string): [number, number, number] {
  const match = /^(-?\d{4,6})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new RangeError(`not an ISO day: ${iso}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** Compares two ISO days, negative years included (string order would put −0397 after −0359). */
export function compareIso(a: string, b: string): number {
  const [ay, am, ad] = parseIso(a);
  const [by, bm, bd] = parseIso(b);
  return ay - by || am - bm || ad - bd;
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a day. */
export function weekdayOf(year: number, month: number, day: number): number {
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  const weekday = date.getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

/** The day `days` after (or before) a day. */
export function shiftDay(year: number, month: number, day: number, days: number): [number, number, number] {
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  date.setUTCDate(date.getUTCDate() + days);
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}
