import type { RuleContext } from '../../check/index.js';
import { longEventNounClasses, shortEventNounClasses } from '../../lexicon/events.js';
import { compatible } from '../../resolve/events/when.js';
import type { DateClaim, DatePoint, EventClaim } from '../../schema/claims.js';
import { aboutArgument, usable, whenOf } from './events.js';

/**
 * The short event an article is about (`Battle of Adwa`, `1986 United States
 * bombing of Libya`), as its lead dates it: the nouns that may name it, the
 * date, and whether the lead gives the whole event or only its start.
 */
export interface SubjectEvent {
  title: string;
  nouns: ReadonlySet<string>;
  claim: DateClaim;
  point: DatePoint;
  aspect: 'point' | 'start';
  sentence: number;
}

// How many sentences of the lead's first paragraph may carry the event's date (`… was the climactic battle of the war. … defeated an invading force on March 1, 1896`).
const leadSentences = 2;

// The registry types a short event's own clauses fall in: `the battle took place`, `the attack began`, `the raid destroyed`.
const subjectEventTypes: ReadonlySet<string> = new Set(['occurrence', 'attack', 'casualties']);

// A lead that dates only the start: `The battle began on 1 July 1916`.
const startWords = /\b(?:began|begun|begins|started|starts|broke out|launched|commenced|opened)\b/i;

/** The article's own event and its lead date, when the title names a short event and the lead dates it once. */
export function subjectEvent(context: RuleContext): SubjectEvent | undefined {
  const title = context.title?.trim();
  const head = titleHead(context);
  if (!title || head === undefined) return undefined;
  const nouns = shortEventNounClasses.find((nounClass) => nounClass.has(head));
  if (!nouns) return undefined;
  // The lead's first paragraph, past the line that repeats the title.
  const first = context.sentences.findIndex((sentence) => sentence.where === 'prose' && sentence.plain.trim() !== title);
  if (first < 0) return undefined;
  const block = context.sentences[first]?.block;
  const dates = context.claimsOf('date');
  for (let index = first; index < first + leadSentences; index++) {
    const sentence = context.sentences[index];
    if (!sentence || sentence.block !== block) break;
    const fine = dates.filter((claim) => claim.sentence === index && (claim.value.granularity === 'day' || claim.value.granularity === 'month' || claim.value.granularity === 'range') && claim.value.start !== null);
    if (fine.length === 0) continue;
    const claim = fine[0] as DateClaim;
    // Two dates that cannot both be the event's (`fought on 3 July, two days after the landing of 1 July`): no date of its own.
    if (fine.some((other) => !compatible(claim.value as DatePoint, other.value as DatePoint))) return undefined;
    const before = sentence.plain.slice(0, claim.position.start.offset - sentence.position.start.offset);
    return { title, nouns, claim, point: claim.value as DatePoint, aspect: startWords.test(before) ? 'start' : 'point', sentence: index };
  }
  return undefined;
}

/**
 * Whether an event restates the article's own event: its subject is a bare
 * definite noun of the title's class (`The attack began …`, `the battle`),
 * or its name is the title.
 */
export function restatesSubjectEvent(subject: SubjectEvent, event: EventClaim): boolean {
  if (!usable(event) || event.value.source !== 'prose' || event.sentence === subject.sentence) return false;
  const name = event.value.name?.toLowerCase().replace(/^the\s+/, '');
  if (name && name === subject.title.toLowerCase().replace(/^the\s+/, '')) return true;
  // `The attack began …`, not `published a book, The Battle, in 2005`: an event of the title's kind, its noun in lower case.
  if (!subjectEventTypes.has(event.value.type)) return false;
  const about = aboutArgument(event)?.text ?? event.value.subjectText ?? '';
  const words = about.split(/\s+/);
  return words.length === 2 && /^(?:the|this)$/i.test(words[0] ?? '') && subject.nouns.has(words[1] ?? '');
}

/** The restating event's date on the side the lead gives: the whole event, or its start. */
export function restatedDate(context: RuleContext, subject: SubjectEvent, event: EventClaim): { point: DatePoint; claim: DateClaim } | undefined {
  const when = whenOf(context, event);
  if (event.value.aspect === 'end') return undefined;
  if (subject.aspect === 'start') return event.value.aspect === 'start' ? (when.start ?? when.date) : undefined;
  return event.value.aspect === 'start' ? (when.start ?? when.date) : when.date;
}

/** The head noun of an article's title, lower case: `battle` of `Battle of Adwa`, `fire` of `Great Fire of Tarrow`. */
export function titleHead(context: RuleContext): string | undefined {
  const words = context.title?.trim().toLowerCase().split(/\s+/);
  if (!words || words[0] === '') return undefined;
  const of = words.indexOf('of');
  return of > 0 ? words[of - 1] : words[words.length - 1];
}

/** The nouns that may name the event an article's title names (`Sino-Indian War`: war, conflict), short or long. */
export function titleEventNouns(context: RuleContext): ReadonlySet<string> | undefined {
  const head = titleHead(context);
  return head === undefined ? undefined : [...shortEventNounClasses, ...longEventNounClasses].find((nounClass) => nounClass.has(head));
}

// Words that may stand between `the` and the noun of the article's own event: `the 1962 conflict`, `the whole war`.
const ownEventModifier = /^(?:\d{4}|whole|entire|same|ensuing|subsequent|brief|short|long)$/i;

/**
 * Whether an event tells of the article's own event by its noun: `The war
 * ended …`, `the 1962 conflict, which ended …` — a definite noun of the
 * title's class, a year or a plain modifier at most between them.
 */
export function tellsOfTitleEvent(nouns: ReadonlySet<string>, event: EventClaim): boolean {
  if (!usable(event) || event.value.source !== 'prose' || !subjectEventTypes.has(event.value.type)) return false;
  const words = (aboutArgument(event)?.text ?? event.value.subjectText ?? '').split(/\s+/);
  const noun = words[words.length - 1] ?? '';
  if (!/^(?:the|this)$/i.test(words[0] ?? '') || !nouns.has(noun) || words.length > 3) return false;
  return words.length === 2 || ownEventModifier.test(words[1] ?? '');
}
