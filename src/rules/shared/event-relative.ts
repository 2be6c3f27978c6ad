import type { RuleContext, RuleFinding } from '../../check/index.js';
import type { DateClaim, DatePoint, EventClaim, QuantityClaim } from '../../schema/claims.js';
import { joinsAsRestatement } from '../../extract/dates/beside.js';
import { ordinalValue } from '../../extract/dates/lexicon.js';
import { eventIdentity } from './facts.js';
import { aboutArgument, dedupeEvidence, usable, whenOf } from './events.js';
import { eventType } from '../../lexicon/events.js';

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
  /** The event noun counted from: `his wedding to Grace`, or the words naming the article's own event (`the battle`). */
  noun: EventClaim | { text: string; start: number; end: number };
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
    if (!noun) {
      const own = ownEventCount(context, count, after);
      if (own) found.push({ ...own, direction: joint[1] === 'before' ? 'before' : 'after' });
      continue;
    }
    if (whenOf(context, noun).date) continue;
    const identity = eventIdentity(noun, subject);
    // `was arrested on 19 December. Nine days after his arrest, …`: an event that may happen again is the one of its
    // kind and subject the text told last, a few sentences before.
    const anchor = identity
      ? dated.find((event) => event !== noun && eventIdentity(event, subject) === identity && whenOf(context, event).date)
      : dated.filter((event) => event.value.type === noun.value.type && noun.value.subject && event.value.subject === noun.value.subject && event.position.end.offset <= count.position.start.offset && count.sentence - event.sentence <= toldReach && whenOf(context, event).date).at(-1);
    const told = anchor ?? onlyDatedOfType(context, noun, dated);
    const anchorDate = told ? whenOf(context, told).date?.claim : undefined;
    const beside = besideDate(context, count) ?? dateAfter(context, noun);
    if (!told || !anchorDate || !beside) continue;
    found.push({ count, direction: joint[1] === 'before' ? 'before' : 'after', noun, anchor: told, anchorDate, beside });
  }
  return found;
}

/**
 * `six weeks after the signing`, `three years after its opening`: an event
 * noun no one is said to own (or owned by `its`) counts from the one event of
 * its kind the article dates, when it dates exactly one.
 */
function onlyDatedOfType(context: RuleContext, noun: EventClaim, dated: readonly EventClaim[]): EventClaim | undefined {
  const owner = aboutArgument(noun);
  if ((owner && owner.entity && owner.form !== 'pronoun') || eventType(noun.value.type).once === 'no') return undefined;
  const told = dated.filter((event) => event.value.type === noun.value.type && event.value.source !== 'infobox' && whenOf(context, event).date);
  return told.length === 1 ? told[0] : undefined;
}

/**
 * `signed five weeks after the battle on 28 October 1648` in the article on the
 * Battle of Corran Ford: `the battle`, the noun the title is named by, is the
 * article's own event, dated where the article names it (its infobox's date).
 */
function ownEventCount(context: RuleContext, count: QuantityClaim, after: number): Omit<EventCount, 'direction'> | undefined {
  const words = /^the (\p{L}{3,20})\b/u.exec(context.text.slice(after, after + 30));
  const title = (context.title ?? '').toLowerCase().split(/\s+/u);
  const named = words?.[1]?.toLowerCase();
  if (!words || !named || !(named === title.at(-1) || (title.includes('of') && named === title[0]))) return undefined;
  const anchor = context.events.find((event) => usable(event) && event.value.type === 'occurrence' && event.value.name?.toLowerCase() === (context.title ?? '').toLowerCase() && whenOf(context, event).date);
  const anchorDate = anchor ? whenOf(context, anchor).date?.claim : undefined;
  const end = after + words[0].length;
  const next = context.claimsOf('date').find((date) => date.sentence === count.sentence && date.position.start.offset >= end);
  const beside = besideDate(context, count) ?? (next && next.value.granularity !== 'range' && !next.value.approximate && !next.value.relative && joinsAsRestatement(context.text.slice(end, next.position.start.offset)) ? next : undefined);
  if (!anchor || !anchorDate || !beside) return undefined;
  return { count, noun: { text: words[0], start: after, end }, anchor, anchorDate, beside };
}

// How many sentences back the event a count of time counts from may have been told, when it may happen again.
const toldReach = 3;

/** The date set right after the event noun: `Nine days after his arrest, on 30 December, …`; a day without its year too. */
function dateAfter(context: RuleContext, noun: EventClaim): DateClaim | undefined {
  const next = context.claimsOf('date').find((date) => date.sentence === noun.sentence && date.position.start.offset >= noun.position.end.offset);
  if (!next || next.value.granularity === 'range' || next.value.approximate) return undefined;
  const written = next.value.relative;
  if (written && !(written.month !== undefined && written.shift === 0 && written.direction === undefined)) return undefined;
  return joinsAsRestatement(context.text.slice(noun.position.end.offset, next.position.start.offset)) ? next : undefined;
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
    evidence: dedupeEvidence([
      context.evidence(count, 'count of time'),
      context.evidence(beside, 'date beside it'),
      'kind' in noun ? context.evidence(noun, 'event counted from') : context.quote(noun.start, noun.end, 'event counted from'),
      context.evidence(anchor, 'the same event, dated'),
      context.evidence(anchorDate, 'its date'),
      // `Date: 9 September 1648` and `was fought on 9 September 1648`: every clause giving that date, cited beside it.
      ...('kind' in noun ? [] : context.claimsOf('date').filter((date) => date.id !== anchorDate.id && date.sentence !== count.sentence && date.value.timex === anchorDate.value.timex).map((date) => context.evidence(date, 'the same date, told again'))),
    ]),
    reasoning: [
      `'${noun.text}' is the event '${anchor.text}' tells, dated ${anchorDate.value.timex}`,
      `'${beside.text}' is not ${count.text} ${direction} it, even rounded`,
    ],
  };
}

// The word an anniversary's event begins with: `the spill`, `his death`.
const leadingWord = /^(?:the\s+)?(\p{L}+)/u;

/** An anniversary told beside the date it falls on, and the event it counts from where the article dates it. */
export interface Anniversary {
  /** The words `the twenty-sixth anniversary of the spill`, as source offsets. */
  start: number;
  end: number;
  years: number;
  anchorDate: DateClaim;
  anchor: EventClaim;
  beside: DateClaim;
}

// `twenty-sixth `, `50th `: the ordinal ending the text before `anniversary of`, read in a bounded slice.
const ordinalBefore = /(?:(\d{1,3})(?:st|nd|rd|th)|([a-z]{3,12}(?:-[a-z]{3,12})?))\s+$/iu;
const anniversaryOf = 'anniversary of ';

/**
 * `On March 24, 2014, the twenty-sixth anniversary of the spill`, where the
 * article's lead dates the spill 24 March 1989: an anniversary beside its own
 * date, of the article's own event (`the spill`, as the title ends) or of an
 * event noun the article dates elsewhere.
 */
export function anniversaries(context: RuleContext): Anniversary[] {
  const found: Anniversary[] = [];
  const subject = context.entities.find((entity) => entity.isSubject)?.id;
  const titleHead = (context.title ?? '').toLowerCase().split(/\s+/u).at(-1) ?? '';
  for (const sentence of context.sentences) {
    const lower = sentence.plain.toLowerCase();
    for (let at = lower.indexOf(anniversaryOf); at >= 0; at = lower.indexOf(anniversaryOf, at + anniversaryOf.length)) {
      const ordinal = ordinalBefore.exec(sentence.plain.slice(Math.max(0, at - 28), at));
      const years = ordinal?.[1] !== undefined ? Number(ordinal[1]) : ordinal?.[2] !== undefined ? ordinalValue(ordinal[2]) : undefined;
      if (years === undefined || !ordinal) continue;
      const from = at - ordinal[0].length;
      const start = sentence.toSource(from);
      const after = sentence.toSource(at + anniversaryOf.length);
      const lead = leadingWord.exec(sentence.plain.slice(at + anniversaryOf.length, at + anniversaryOf.length + 40));
      const named = lead?.[1]?.toLowerCase();
      const noun = context.events.find((event) => event.sentence === sentence.index && event.value.voice === 'noun' && event.position.start.offset >= after && event.position.start.offset - after <= 8);
      const identity = noun ? eventIdentity(noun, subject) : undefined;
      const ownEvent = named !== undefined && named === titleHead;
      const anchor = context.events.find((event) => usable(event) && event !== noun && whenOf(context, event).date && (identity ? eventIdentity(event, subject) === identity : ownEvent && event.value.type === 'occurrence' && event.value.name?.toLowerCase() === (context.title ?? '').toLowerCase()));
      const anchorDate = anchor ? whenOf(context, anchor).date?.claim : undefined;
      const beside = context.claimsOf('date').filter((date) => date.sentence === sentence.index && date.position.end.offset <= start).at(-1);
      if (!anchor || !anchorDate || !beside || beside.value.granularity === 'range' || !joinsAsRestatement(context.text.slice(beside.position.end.offset, start).replace(/\bthe\s*$/u, ''))) continue;
      found.push({ start, end: sentence.toSource(at + anniversaryOf.length + (lead?.[0].length ?? 0), true), years, anchorDate, anchor, beside });
    }
  }
  return found;
}

/** The finding of an anniversary that does not fall that many years after its event. */
export function anniversaryFinding(context: RuleContext, found: Anniversary): RuleFinding | undefined {
  const { years, anchorDate, anchor, beside } = found;
  // `on the fiftieth anniversary of his death`, his death dated by a life's range: the range's end, not its start.
  const [from, to] = [whenOf(context, anchor).date?.point.start ?? anchorDate.value.start, beside.value.start];
  if (!from || !to) return undefined;
  const elapsed = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
  if (elapsed === years || Number.isNaN(elapsed)) return undefined;
  const quote = context.quote(found.start, found.end, 'anniversary');
  return {
    message: `\`${beside.text}\` is the ${elapsed}th anniversary of \`${anchor.value.name ?? anchor.text}\` (\`${anchorDate.text}\`), not the ${years}th`,
    evidence: [quote, context.evidence(beside, 'date beside it'), context.evidence(anchor, 'the event, dated'), context.evidence(anchorDate, 'its date')],
    reasoning: [`'${anchor.text}' dates the event ${anchorDate.value.timex}`, `'${beside.text}' comes ${elapsed} years after it, not ${years}`],
  };
}
