import type { Claim, DateClaim, DatePoint, EventClaim } from '../../schema/claims.js';
import { spend } from '../../util/budget.js';

/** The dates an event gives: a point (`date`), or a tenure's start and end, each a date point. */
export interface EventWhen {
  date?: { point: DatePoint; claim: DateClaim };
  start?: { point: DatePoint; claim: DateClaim };
  end?: { point: DatePoint; claim: DateClaim };
}

/**
 * Reads an event's date claims as points: the right end of a range claim
 * (`datePart`, a life span's birth and death, a tenure `from … to …`), so
 * rules compare points, not whole ranges.
 */
export function eventWhen(event: EventClaim, claimById: (id: string | undefined) => Claim | undefined): EventWhen {
  const when: EventWhen = {};
  const read = (id: string | undefined, part: 'from' | 'to' | undefined) => {
    const claim = claimById(id);
    if (claim?.kind !== 'date' || !reliable(claim, claimById)) return undefined;
    const point = pointOf(claim, part);
    return point ? { point, claim } : undefined;
  };
  const value = event.value;
  const date = read(value.date, value.datePart);
  if (date) when.date = date;
  const start = read(value.start, 'from');
  if (start) when.start = start;
  const end = read(value.end, 'to');
  if (end) when.end = end;
  return when;
}

/**
 * Whether a date can be held against another: not when its year was taken
 * from context, or it was resolved from an anchor in another sentence (`four
 * months later`), since an error there is ours, not the article's.
 */
export function reliable(claim: DateClaim, claimById: (id: string | undefined) => Claim | undefined): boolean {
  const parts = [claim.value.inferred, claim.value.from?.inferred, claim.value.to?.inferred];
  const anchor = claimById(claim.value.resolvedFrom);
  // `died on 28 June that year`: an anchor in the same sentence or just before it is close enough.
  // `October 8, 1979. … In early November`: a month whose year is the last one written holds it for a few sentences more.
  const reach = claim.value.relative?.unit === 'year' && claim.value.relative.shift === 0 ? 5 : 2;
  const sameSentence = anchor !== undefined && anchor.sentence <= claim.sentence && claim.sentence - anchor.sentence <= reach;
  if (parts.some((inferred) => inferred?.includes('year')) && !sameSentence) return false;
  return claim.value.resolvedFrom === undefined || sameSentence;
}

/** A date claim as one point: a range's `from` or `to`, or the claim itself. */
export function pointOf(claim: DateClaim, part: 'from' | 'to' | undefined): DatePoint | undefined {
  const value = claim.value;
  if (value.granularity !== 'range') return value.start === null && value.end === null ? undefined : (value as DatePoint);
  // A range no part was asked of (`dissolved 21 February – 16 March 1660`) is dated by all of it.
  if (part === undefined && value.from && value.to && value.from.start !== null && value.to.end !== null && value.to.timex !== 'PRESENT_REF') {
    return { ...value.from, timex: `${value.from.timex}/${value.to.timex}`, end: value.to.end };
  }
  const chosen = part === 'to' ? value.to : value.from;
  if (!chosen || chosen.timex === 'PRESENT_REF' || (chosen.start === null && chosen.end === null)) return undefined;
  return chosen;
}

/**
 * An ISO date (`2021-05-23`, `-0443-01-01` for 444 BC) as a number that
 * orders like the calendar; strings do not, once years are negative.
 */
export function dayNumber(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const known = dayNumbers.get(iso);
  if (known !== undefined) return known;
  const match = /^(-?)(\d{4,6})-(\d{2})-(\d{2})$/.exec(iso);
  const day = match ? Number(match[2]) * (match[1] === '-' ? -1 : 1) * 10000 + Number(match[3]) * 100 + Number(match[4]) : null;
  // Rules compare dates pairwise, each comparison reading four of them: read
  // each once. An article names few distinct days; the bound keeps a
  // long-running process from holding every day it has seen.
  if (dayNumbers.size >= maxRemembered) dayNumbers.clear();
  dayNumbers.set(iso, day);
  return day;
}

const dayNumbers = new Map<string, number | null>();

/** Days since 1970-01-01 of an ISO day, BC years included (`-0443-01-01`); NaN when it is not one. */
export function epochDay(iso: string | null | undefined): number {
  const match = iso ? /^(-?\d{4,6})-(\d{2})-(\d{2})/.exec(iso) : null;
  if (!match) return Number.NaN;
  const date = new Date(0);
  date.setUTCFullYear(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Math.round(date.getTime() / 86_400_000);
}
const maxRemembered = 100_000;

/**
 * Whether two points can be the same time: their intervals overlap (unknown
 * bounds always can). Each comparison is charged to the running step's work
 * budget: rules compare dates pairwise, and a group of thousands must stop
 * with a finding that says so rather than run for minutes.
 */
export function compatible(a: DatePoint, b: DatePoint): boolean {
  spend();
  const [aStart, aEnd, bStart, bEnd] = [dayNumber(a.start), dayNumber(a.end), dayNumber(b.start), dayNumber(b.end)];
  if (aStart === null || aEnd === null || bStart === null || bEnd === null) return true;
  return aStart - edgeSlack(a) <= bEnd + edgeSlack(b) && bStart - edgeSlack(b) <= aEnd + edgeSlack(a);
}

/** Whether `a` lies entirely before `b` (charged to the work budget like `compatible`). */
export function before(a: DatePoint, b: DatePoint): boolean {
  spend();
  const aEnd = dayNumber(a.end);
  const bStart = dayNumber(b.start);
  return aEnd !== null && bStart !== null && aEnd + edgeSlack(a) < bStart - edgeSlack(b);
}

/**
 * How far a part of a period (`the late 1960s`, `early 2019`) may reach past
 * the edges the date grammar gives it, in `dayNumber` units: such parts have
 * no agreed edges, and 1966 is `the late 1960s` to some writers. A year
 * there is 10000, a month 100.
 */
function edgeSlack(point: DatePoint): number {
  if (point.modifier !== 'early' && point.modifier !== 'mid' && point.modifier !== 'late') return 0;
  return point.granularity === 'century' ? 50000 : point.granularity === 'decade' ? 10000 : point.granularity === 'year' ? 100 : 0;
}

/** Calendar order of two points by their starts; unknown starts last. */
export function compareStarts(a: DatePoint, b: DatePoint): number {
  return (dayNumber(a.start) ?? Number.POSITIVE_INFINITY) - (dayNumber(b.start) ?? Number.POSITIVE_INFINITY) || 0;
}
