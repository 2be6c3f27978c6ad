import type { Claim, DateClaim, DatePoint, EventClaim } from '../../schema/claims.js';

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
    if (claim?.kind !== 'date') return undefined;
    const point = pointOf(claim, part);
    return point ? { point, claim } : undefined;
  };
  const value = event.value;
  const lifePart = value.qualifiers.includes('life span') ? (value.type === 'birth' ? 'from' : 'to') : undefined;
  const date = read(value.date, value.datePart ?? lifePart);
  if (date) when.date = date;
  const start = read(value.start, 'from');
  if (start) when.start = start;
  const end = read(value.end, 'to');
  if (end) when.end = end;
  return when;
}

/** A date claim as one point: a range's `from` or `to`, or the claim itself. */
export function pointOf(claim: DateClaim, part: 'from' | 'to' | undefined): DatePoint | undefined {
  const value = claim.value;
  if (value.granularity !== 'range') return value.start === null && value.end === null ? undefined : (value as DatePoint);
  const chosen = part === 'to' ? value.to : value.from;
  if (!chosen || chosen.timex === 'PRESENT_REF' || (chosen.start === null && chosen.end === null)) return undefined;
  return chosen;
}

/** Whether two points can be the same time: their intervals overlap. */
export function compatible(a: DatePoint, b: DatePoint): boolean {
  if (!a.start || !a.end || !b.start || !b.end) return true;
  return a.start <= b.end && b.start <= a.end;
}

/** Whether `a` lies entirely before `b`. */
export function before(a: DatePoint, b: DatePoint): boolean {
  return Boolean(a.end && b.start && a.end < b.start);
}
