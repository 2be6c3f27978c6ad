import type { AgeValue, Claim, DatePoint, DateValue, Granularity, MoneyValue, QuantityValue, RankValue } from '../schema/claims.js';

/** How an article's value and a source's value relate. */
export interface Comparison {
  /** `agree`: the source states the same value; `disagree`: the same measure with another value; `incomparable`: different measures. */
  outcome: 'agree' | 'disagree' | 'incomparable';
  /** The comparison in words, values in backticks-free plain form: `same year (1969)`, `16 is not 18`. */
  reason: string;
}

/** The claim kinds compared by value; names are matched as text (src/verify/names.ts). */
export const comparedKinds = ['date', 'quantity', 'money', 'age', 'rank'] as const;
export type ComparedKind = (typeof comparedKinds)[number];

const incomparable = (reason: string): Comparison => ({ outcome: 'incomparable', reason });

/**
 * Compares an article's claim with a claim read from a source, value by
 * value, as docs/citations.md describes:
 *
 * - dates agree when they are the same period at the coarser of their two
 *   granularities (`1969` and `20 June 1969` agree; `20 June` and `20 July
 *   1969` do not); an approximate date (`c. 1200`, `early 2019`) agrees within
 *   one unit of that granularity;
 * - figures agree when their ranges overlap, a stated approximation (`about
 *   500`) widened by 10% and a round number (`15,000`) by half its last
 *   non-zero place; bounds (`more than 100`) are open ranges; they are the
 *   same measure only with the same counted noun (or none on one side) and
 *   both or neither a percentage;
 * - money the same, in one currency (or where one leaves it unsaid);
 * - ages agree to the year; ranks when they rank the same thing.
 */
export function compareClaims(article: Claim, source: Claim): Comparison {
  if (article.kind !== source.kind) return incomparable('different kinds of claim');
  switch (article.kind) {
    case 'date':
      return compareDates(article.value, (source as typeof article).value);
    case 'quantity':
      return compareQuantities(article.value, (source as typeof article).value);
    case 'money':
      return compareMoney(article.value, (source as typeof article).value);
    case 'age':
      return compareAges(article.value, (source as typeof article).value);
    case 'rank':
      return compareRanks(article.value, (source as typeof article).value);
    default:
      return incomparable(`${article.kind} claims are not compared by value`);
  }
}

const granularityOrder: Record<Granularity, number> = { day: 0, month: 1, season: 2, year: 3, decade: 4, century: 5 };

/** Compares two dates; a range against a range end by end, a range against a point never. */
export function compareDates(article: DateValue | DatePoint, source: DateValue | DatePoint): Comparison {
  const articleRange = isRange(article);
  const sourceRange = isRange(source);
  if (articleRange !== sourceRange) return incomparable('a range and a single date');
  if (articleRange && sourceRange) {
    const from = article.from && source.from ? comparePoints(article.from, source.from) : incomparable('an open start');
    const to = article.to && source.to ? comparePoints(article.to, source.to) : incomparable('an open end');
    if (from.outcome === 'disagree') return { outcome: 'disagree', reason: `start: ${from.reason}` };
    if (to.outcome === 'disagree') return { outcome: 'disagree', reason: `end: ${to.reason}` };
    if (from.outcome === 'agree' && to.outcome === 'agree') return { outcome: 'agree', reason: `start ${from.reason}, end ${to.reason}` };
    return incomparable('the ranges are not both closed');
  }
  if ((article as DateValue).relation === 'before' || (article as DateValue).relation === 'after') return incomparable('a date bound (`before`, `after`)');
  return comparePoints(article as DatePoint, source as DatePoint);
}

function isRange(value: DateValue | DatePoint): value is DateValue & { granularity: 'range' } {
  return value.granularity === ('range' as Granularity);
}

/** Two points: the same period at the coarser granularity, or within one unit of it when either is approximate. */
export function comparePoints(article: DatePoint, source: DatePoint): Comparison {
  if (!article.start || !source.start) return incomparable('a date with no year');
  const coarse = granularityOrder[article.granularity] >= granularityOrder[source.granularity] ? article.granularity : source.granularity;
  const approximate = article.approximate || source.approximate;
  const articleKey = periodKey(article.start, coarse);
  const sourceKey = periodKey(source.start, coarse);
  if (articleKey === sourceKey && (coarse !== 'season' || overlaps(article, source))) return { outcome: 'agree', reason: `same ${coarse} (${articleKey})` };
  if (approximate && periodDistance(article.start, source.start, coarse) <= 1) return { outcome: 'agree', reason: `within one ${coarse} of an approximate date` };
  return { outcome: 'disagree', reason: `${describePeriod(article, coarse)} is not ${describePeriod(source, coarse)}` };
}

function overlaps(a: DatePoint, b: DatePoint): boolean {
  return (a.start ?? '') <= (b.end ?? b.start ?? '') && (b.start ?? '') <= (a.end ?? a.start ?? '');
}

/** The period an ISO day falls in, at a granularity: `1969`, `1969-06`, `196` (the 1960s), `19` (the 1900s). */
function periodKey(isoDay: string, granularity: Granularity): string {
  const year = yearOf(isoDay);
  switch (granularity) {
    case 'day':
      return isoDay;
    case 'month':
    case 'season':
      return isoDay.slice(0, isoDay.length - 3);
    case 'year':
      return String(year);
    case 'decade':
      return `${Math.floor(year / 10)}0s`;
    case 'century':
      return `${Math.floor(year / 100) + 1}th century`;
  }
}

/** How many units of `granularity` lie between two ISO days. */
function periodDistance(a: string, b: string, granularity: Granularity): number {
  const yearA = yearOf(a);
  const yearB = yearOf(b);
  switch (granularity) {
    case 'day':
      return Math.abs(Date.parse(`${a.slice(-10)}T00:00:00Z`) - Date.parse(`${b.slice(-10)}T00:00:00Z`)) / 86_400_000;
    case 'month':
    case 'season':
      return Math.abs(yearA * 12 + monthOf(a) - (yearB * 12 + monthOf(b)));
    case 'year':
      return Math.abs(yearA - yearB);
    case 'decade':
      return Math.abs(Math.floor(yearA / 10) - Math.floor(yearB / 10));
    case 'century':
      return Math.abs(Math.floor(yearA / 100) - Math.floor(yearB / 100));
  }
}

function describePeriod(point: DatePoint, granularity: Granularity): string {
  return periodKey(point.start as string, granularity);
}

/** The year of an ISO day, expanded years (`-0030-03-01`) included. */
function yearOf(isoDay: string): number {
  return Number(isoDay.slice(0, isoDay.length - 6));
}

function monthOf(isoDay: string): number {
  return Number(isoDay.slice(-5, -3));
}

/** Compares two figures: the same measure (counted noun, percentage) and overlapping ranges. */
export function compareQuantities(article: QuantityValue, source: QuantityValue): Comparison {
  if (Boolean(article.percent) !== Boolean(source.percent)) return incomparable('a percentage and a count');
  // A figure with no counted noun (`a population of 3,000`) may be either measure; the sentence's words decide.
  if (article.noun !== null && source.noun !== null && article.noun !== source.noun) return incomparable(`different measures (${article.noun}, ${source.noun})`);
  return compareRanges(rangeOf(article.value, article), rangeOf(source.value, source), describeQuantity(article), describeQuantity(source));
}

/** Compares two amounts of money: the same currency (or one left unsaid) and overlapping ranges. */
export function compareMoney(article: MoneyValue, source: MoneyValue): Comparison {
  if (article.currency !== null && source.currency !== null && article.currency !== source.currency) {
    return incomparable(`different currencies (${article.currency}, ${source.currency})`);
  }
  return compareRanges(rangeOf(article.amount, article), rangeOf(source.amount, source), describeMoney(article), describeMoney(source));
}

function compareRanges(article: [number, number], source: [number, number], articleText: string, sourceText: string): Comparison {
  if (article[0] <= source[1] && source[0] <= article[1]) {
    return { outcome: 'agree', reason: articleText === sourceText ? `same value (${articleText})` : `${sourceText} is within ${articleText}` };
  }
  return { outcome: 'disagree', reason: `${articleText} is not ${sourceText}` };
}

/** The values a figure allows: its range, widened by a stated approximation or a round number's precision, open at a bound. */
export function rangeOf(value: number | null, figure: Pick<QuantityValue, 'min' | 'max' | 'approximate' | 'bound'>): [number, number] {
  let low = figure.min;
  let high = figure.max;
  if (figure.approximate) {
    low -= Math.abs(low) * 0.1;
    high += Math.abs(high) * 0.1;
  } else if (value !== null) {
    const precision = roundingOf(value);
    low -= precision;
    high += precision;
  }
  if (figure.bound === 'more-than' || figure.bound === 'at-least') high = Number.POSITIVE_INFINITY;
  if (figure.bound === 'less-than' || figure.bound === 'at-most') low = Number.NEGATIVE_INFINITY;
  return [low, high];
}

/** Half the place value of a whole number's last non-zero digit when it ends in two zeros or more (`15,000` → 500), else 0. */
function roundingOf(value: number): number {
  if (!Number.isInteger(value) || value === 0) return 0;
  let place = 1;
  let rest = Math.abs(value);
  while (rest % 10 === 0) {
    rest /= 10;
    place *= 10;
  }
  return place >= 100 ? place / 2 : 0;
}

function describeQuantity(value: QuantityValue): string {
  const number = value.value !== null ? formatNumber(value.value) : `${formatNumber(value.min)}–${formatNumber(value.max)}`;
  return `${value.approximate ? 'about ' : ''}${number}${value.percent ? '%' : ''}`;
}

function describeMoney(value: MoneyValue): string {
  const number = value.amount !== null ? formatNumber(value.amount) : `${formatNumber(value.min)}–${formatNumber(value.max)}`;
  return `${value.approximate ? 'about ' : ''}${value.currency ? `${value.currency} ` : ''}${number}`;
}

function formatNumber(value: number): string {
  return Number.isInteger(value) ? value.toLocaleString('en-US') : String(value);
}

/** Compares two ages: the same number of years, months or days. */
export function compareAges(article: AgeValue, source: AgeValue): Comparison {
  if (Math.abs(article.years - source.years) < 1e-9) return { outcome: 'agree', reason: `same age (${formatAge(article)})` };
  return { outcome: 'disagree', reason: `${formatAge(article)} is not ${formatAge(source)}` };
}

function formatAge(value: AgeValue): string {
  return value.unit === undefined ? `${value.years}` : `${Math.round(value.years * { month: 12, week: 52, day: 365 }[value.unit])} ${value.unit}s`;
}

/** Compares two ranks of the same thing. */
export function compareRanks(article: RankValue, source: RankValue): Comparison {
  if (article.of !== null && source.of !== null && article.of !== source.of) return incomparable(`different rankings (${article.of}, ${source.of})`);
  if (article.ordinal === source.ordinal) return { outcome: 'agree', reason: `same rank (${article.ordinal})` };
  return { outcome: 'disagree', reason: `rank ${article.ordinal} is not ${source.ordinal}` };
}
