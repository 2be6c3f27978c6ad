import { defineRule, type RuleContext, type RuleFinding } from '../check/index.js';
import type { DateClaim, DatePoint, DateValue } from '../schema/claims.js';
import { countsElapsedTime, joinsAsRestatement } from '../extract/dates/beside.js';
import { epochDay } from '../resolve/events/when.js';
import { anniversaries, anniversaryFinding, eventCountFinding, eventCounts } from './shared/event-relative.js';
import { ownedAnniversaryFindings } from './shared/anniversaries.js';

const writtenInDays = /\bdays?\b/iu;

// How many sentences back the date a relative one counts from may stand.
const maxSentencesBack = 3;

const unitDays: Readonly<Record<string, number>> = { day: 1, week: 7, month: 30.44, year: 365.25, decade: 3652.5 };

export default defineRule({
  id: 'relative-date-conflict',
  meta: {
    description: 'A relative date (`two years later`) disagrees with the absolute date written beside it',
    defaultSeverity: 'warning',
  },
  check(context) {
    const findings: RuleFinding[] = [];
    const dates = context.claimsOf('date');
    for (const [index, relative] of dates.entries()) {
      const stated = relative.value.relative;
      if (!stated || stated.anchor !== 'text' || stated.unit === undefined || stated.month !== undefined || stated.weekday !== undefined || stated.direction !== undefined) continue;
      const beside = [dates[index + 1], dates[index - 1]].find((other) => other !== undefined && restates(context, relative, other));
      if (!beside) continue;
      const anchor = context.claim(relative.value.resolvedFrom);
      if (anchor?.kind !== 'date' || !nearEnough(context, anchor, relative)) continue;
      const from = anchorPoint(anchor.value);
      const to = absolutePoint(beside.value);
      if (!from || !to) continue;
      const elapsed = countsElapsedTime(relative.text);
      // `Three weeks later` is read as 21 days; only a count written in days is held to the day.
      const agrees = elapsed ? elapsedAgrees(from, to, stated.unit, stated.shift, writtenInDays.test(relative.text)) : calendarAgrees(relative.value, to);
      if (agrees !== false) continue;
      findings.push({
        message: `Unexpected \`${beside.text}\` beside \`${relative.text}\` after \`${anchor.text}\`, expected \`${relative.value.timex}\``,
        evidence: [context.evidence(relative, 'relative date'), context.evidence(beside, 'absolute date beside it'), context.evidence(anchor, 'date it counts from')],
        reasoning: [
          `'${relative.text}' counts from '${anchor.text}', the date before it, and gives ${relative.value.timex}`,
          elapsed ? `'${beside.text}' is not ${describeShift(stated.unit, stated.shift)} '${anchor.text}', even rounded` : `'${beside.text}' is another ${stated.unit}`,
        ],
      });
    }
    // `in July 1949, twenty-two years after his wedding to Grace`, the wedding dated 1924 elsewhere.
    for (const counted of eventCounts(context)) {
      const finding = eventCountFinding(context, counted, elapsedAgrees);
      if (finding) findings.push(finding);
    }
    // `On March 24, 2014, the twenty-sixth anniversary of the spill`, the spill dated 24 March 1989.
    for (const anniversary of anniversaries(context)) {
      const finding = anniversaryFinding(context, anniversary);
      if (finding) findings.push(finding);
    }
    // `celebrated its centenary in 1936`, the paper founded in 1838.
    findings.push(...ownedAnniversaryFindings(context));
    return findings;
  },
});

/** Whether `beside` stands next to `relative` in its sentence with nothing but joining words and marks between. */
function restates(context: RuleContext, relative: DateClaim, beside: DateClaim): boolean {
  if (beside.sentence !== relative.sentence || beside.value.granularity === 'range' || beside.value.approximate) return false;
  // A day without its year (`on 14 May`) restates a count of days or months; nothing else relative does.
  const written = beside.value.relative;
  return (!written || (written.month !== undefined && written.unit !== undefined && written.shift === 0 && written.direction === undefined)) && joinedByGap(context, relative, beside);
}

function joinedByGap(context: RuleContext, relative: DateClaim, beside: DateClaim): boolean {
  const [first, second] = beside.position.start.offset < relative.position.start.offset ? [beside, relative] : [relative, beside];
  return joinsAsRestatement(context.text.slice(first.position.end.offset, second.position.start.offset));
}

/** The anchor stands in the relative date's sentence or the one just before, in the same block: the reader's referent. */
function nearEnough(context: RuleContext, anchor: DateClaim, relative: DateClaim): boolean {
  if (anchor.sentence > relative.sentence) return false;
  const [from, to] = [context.sentences[anchor.sentence], context.sentences[relative.sentence]];
  if (from === undefined || to === undefined) return false;
  if (relative.sentence - anchor.sentence <= 1 && from.block === to.block) return true;
  // `… began at dawn on 21 October. The division took the trenches by noon.` and, in the next paragraph, `at first
  // light the following day, 23 October`: a narrative told day by day counts its days from the last day it dated, the
  // undated sentences between being of that day. Not years: `The reading room moved. Four years later` counts from the
  // move, which has no date.
  return relative.value.relative?.unit === 'day' && relative.sentence - anchor.sentence <= maxSentencesBack && from.sectionPath.join('\u0000') === to.sectionPath.join('\u0000');
}

/** The point a relative date counts from: a range by its end, as the resolver reads it. */
function anchorPoint(value: DateValue): Span | undefined {
  const point = value.granularity === 'range' ? (value.to?.start ? value.to : value.from) : value;
  return point && point.start && point.end && !point.approximate ? point : undefined;
}

function absolutePoint(value: DateValue): Span | undefined {
  return value.start && value.end ? value : undefined;
}

/** The days a date covers, first and last (ISO). */
type Span = Pick<DatePoint, 'start' | 'end'>;

/**
 * `N units later` agrees when the time between the two dates, at their
 * precision, can be N units rounded as people round: from half a unit less
 * to a whole unit more (`two months later` for 2 months and 3 weeks), years
 * by the calendar or within half a year; days are
 * counted exactly or inclusively (one fewer) when written in days, to within
 * one either way when a week or a fortnight was read as days.
 */
function elapsedAgrees(from: Span, to: Span, unit: string, shift: number, inDays = false): boolean | undefined {
  const [fromStart, fromEnd, toStart, toEnd] = [from.start, from.end, to.start, to.end].map(epochDay) as [number, number, number, number];
  if ([fromStart, fromEnd, toStart, toEnd].some(Number.isNaN)) return undefined;
  const size = unitDays[unit] ?? 1;
  const count = Math.abs(shift);
  // `released in May 1980 … two years later, in the spring of 1983`: years are counted by the calendar, as writers count
  // them; a count a calendar year off holds only when the time between is within half a year of it (`December 1971`
  // and `two years later, in February 1974`).
  if (unit === 'year') {
    const calendar = (Number(to.start?.slice(0, 4)) - Number(from.start?.slice(0, 4))) * Math.sign(shift || 1);
    if (calendar === count) return true;
    const [shortestYears, longestYears] = shift >= 0 ? [toStart - fromEnd, toEnd - fromStart] : [fromStart - toEnd, fromEnd - toStart];
    return shortestYears <= (count + 0.5) * size && (count - 0.5) * size <= longestYears;
  }
  // Days counted inclusively (`four days later` from the 1st, the 4th) come one short, never one over.
  const [low, high] = unit === 'day' ? [count - 1, inDays ? count : count + 1] : [(count - 0.5) * size, (count + 1) * size];
  const [shortest, longest] = shift >= 0 ? [toStart - fromEnd, toEnd - fromStart] : [fromStart - toEnd, fromEnd - toStart];
  return shortest <= high && low <= longest;
}

/** `the following year`: a calendar step, resolved to one period that the absolute date must fall in. */
function calendarAgrees(resolved: Span, to: Span): boolean | undefined {
  const [start, end, toStart, toEnd] = [resolved.start, resolved.end, to.start, to.end].map(epochDay) as [number, number, number, number];
  if ([start, end, toStart, toEnd].some(Number.isNaN)) return undefined;
  return start <= toEnd && toStart <= end;
}

function describeShift(unit: string, shift: number): string {
  const count = Math.abs(shift);
  return `${count} ${unit}${count === 1 ? '' : 's'} ${shift >= 0 ? 'after' : 'before'}`;
}
