import type { RuleContext, RuleFinding } from '../../check/index.js';
import type { DateClaim, DatePoint, EventClaim, QuantityClaim } from '../../schema/claims.js';
import { joinsAsRestatement } from '../../extract/dates/beside.js';
import { eventIdentity } from './facts.js';
import { usable, whenOf } from './events.js';

// Units of elapsed time a count may give, as the counted noun is written.
const timeUnits: ReadonlySet<string> = new Set(['day', 'week', 'month', 'year', 'decade']);
// How far after the count's `after` the event noun may begin: `after his wedding to Grace`, `after the agency's founding`.
const nounReach = 24;
// `twenty-two years after`, `ninety years before`: the word joining a count of time to the event it counts from.
const countedFrom = /^\s+(after|before)\s/u;

/** A count of time from an event the article dates elsewhere, beside the absolute date of its own clause. */
export interface EventCount {
  count: QuantityClaim;
  /** `after` or `before`. */
  direction: 'after' | 'before';
  /** The event noun counted from: `his wedding to Grace`. */
  noun: EventClaim;
  /** The same event where the article dates it: `Hubble married Grace Burke on February 26, 1924`. */
  anchor: EventClaim;
  anchorDate: DateClaim;
  /** The clause's own date: `in July 1949`. */
  beside: DateClaim;
}

/**
 * `in July 1949, twenty-two years after his wedding to Grace` where the
 * wedding is dated 26 February 1924 elsewhere: a count of time from an event
 * noun, beside the clause's absolute date, and the same event (one marriage
 * of the pair, one founding) dated where the article tells it.
 */
export function eventCounts(context: RuleContext): EventCount[] {
  const found: EventCount[] = [];
  const subject = context.entities.find((entity) => entity.isSubject)?.id;
  const nouns = context.events.filter((event) => event.value.voice === 'noun' && usable(event));
  const dated = context.events.filter((event) => usable(event) && event.value.voice !== 'noun');
  for (const count of context.claimsOf('quantity')) {
    const unit = count.value.noun;
    if (!unit || !timeUnits.has(unit) || count.value.value === null || count.value.approximate || count.value.bound) continue;
    const joint = countedFrom.exec(context.text.slice(count.position.end.offset, count.position.end.offset + 10));
    if (!joint) continue;
    const after = count.position.end.offset + joint[0].length;
    const noun = nouns.find((event) => event.sentence === count.sentence && event.position.start.offset >= after && event.position.start.offset - after <= nounReach);
    const identity = noun ? eventIdentity(noun, subject) : undefined;
    if (!noun || !identity || whenOf(context, noun).date) continue;
    const anchor = dated.find((event) => event !== noun && eventIdentity(event, subject) === identity && whenOf(context, event).date);
    const anchorDate = anchor ? whenOf(context, anchor).date?.claim : undefined;
    const beside = besideDate(context, count);
    if (!anchor || !anchorDate || !beside) continue;
    found.push({ count, direction: joint[1] === 'before' ? 'before' : 'after', noun, anchor, anchorDate, beside });
  }
  return found;
}

/** The clause's own date right before the count: `in July 1949, twenty-two years after …`. */
function besideDate(context: RuleContext, count: QuantityClaim): DateClaim | undefined {
  const before = context.claimsOf('date').filter((date) => date.sentence === count.sentence && date.position.end.offset <= count.position.start.offset);
  const last = before[before.length - 1];
  if (!last || last.value.granularity === 'range' || last.value.approximate || last.value.relative) return undefined;
  return joinsAsRestatement(context.text.slice(last.position.end.offset, count.position.start.offset)) ? last : undefined;
}

/** The finding of a count that the two dates do not bear out, or undefined when they agree. */
export function eventCountFinding(context: RuleContext, found: EventCount, agrees: (from: DatePoint, to: DatePoint, unit: string, shift: number) => boolean | undefined): RuleFinding | undefined {
  const { count, direction, noun, anchor, anchorDate, beside } = found;
  const shift = (count.value.value as number) * (direction === 'after' ? 1 : -1);
  if (anchorDate.value.granularity === 'range' || beside.value.granularity === 'range') return undefined;
  if (agrees(anchorDate.value as DatePoint, beside.value as DatePoint, count.value.noun as string, shift) !== false) return undefined;
  return {
    message: `\`${beside.text}\` is not \`${count.text}\` ${direction} \`${noun.text}\`, dated \`${anchorDate.text}\``,
    evidence: [context.evidence(count, 'count of time'), context.evidence(beside, 'date beside it'), context.evidence(noun, 'event counted from'), context.evidence(anchor, 'the same event, dated'), context.evidence(anchorDate, 'its date')],
    reasoning: [
      `'${noun.text}' is the event '${anchor.text}' tells, dated ${anchorDate.value.timex}`,
      `'${beside.text}' is not ${count.text} ${direction} it, even rounded`,
    ],
  };
}
