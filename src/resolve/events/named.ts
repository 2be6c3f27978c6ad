import type { EventValue } from '../../schema/claims.js';
import { squeeze } from '../../util/scan.js';
import { capitalizedPhraseBefore, clauseAround, dateClaim, dateFor, insideParentheses } from './grammar.js';
import type { EventContext, EventDetector, EventDraft, Mention, SentenceView } from './types.js';

// `the Treaty of Valmora`, `the Battle of Korvel`, `the Siege of Suemori`.
const namedEventPattern = /\b(?:Battle|Siege|Sack|Treaty|Peace|Massacre|Siege|Congress|Conference|Council|Convention|Revolution|Uprising|Rebellion|Revolt|War|Agreement|Accord|Armistice|Capture|Fall|Raid|Invasion|Operation|Expedition|Incident)\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'-]{1,30}(?:\s+\p{Lu}[\p{L}'-]{1,30}){0,3}/gu;
// `the San Miguel del Ene attack`, `the Harlow Massacre`: an event noun after capitalized words.
const eventNounPattern = /\b(?:attack|massacre|bombing|ambush|uprising|rebellion|crash|fire|earthquake|flood|riots?|incident|affair|revolution|coup)\b/gi;
// `the bombing of the West Berlin discotheque`, `the sinking of the ferry`: an event told by its noun and its
// object, named by the object's head word so that two tellings meet.
const describedEventPattern = /\b[Tt]he (bombing|assassination|massacre|sinking|burning|sack|destruction|coronation|inauguration|dedication|consecration) of the (?:[\p{L}'’-]{1,20} ){0,4}?(\p{Ll}{3,20})(?= (?:on|in|at|during|was|were|took|occurred|happened|by)\b|[,.;)]|$)/gu;
const placeThenDate = /^(?:(?:in|at|near) \p{Lu}[\p{L}'’-]{0,20}(?: \p{Lu}[\p{L}'’-]{0,20}){0,3} )?(?:on|in)$/u;
// Ordinal series: `the second plenary session`, `Third congress`, `its fifth party conference`.
const ordinalWords = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];
const seriesPattern = new RegExp(`\\b(${ordinalWords.join('|')}|\\d{1,2}(?:st|nd|rd|th))\\s+((?:(?:plenary|party|national|general|extraordinary|annual|world|central committee|regional)\\s+){0,2}(?:session|congress|conference|plenum|assembly|convention|council|summit|meeting|synod))\\b`, 'gi');
// Read on squeezed text (single spaces, trimmed), so no two space runs can compete.
const happened = /^,? ?(?:(?:was|were|had been|has been) )?(?:held|signed|fought|convened|opened|concluded|ratified|took place|occurred|met|began|started|ended|elected|formed|constituted)\b/i;
// `the 16th Bundestag`, `the 20th Knesset`: a numbered body, whose election or sitting is one event.
const numberedBody = /\b(\d{1,3}(?:st|nd|rd|th))\s+(\p{Lu}\p{Ll}{3,20})\b/gu;

/**
 * Named and numbered events and their dates: `the Treaty of Valmora was signed
 * on D`, `the Battle of Korvel in D`, `the second plenary session was held`,
 * `Second congress: held in Porto on D`, and `from A to B, when the second
 * session was held` (the `when` clause takes the date just before it).
 */
export const namedEventDetector: EventDetector = {
  name: 'named-event',
  detect(view, context) {
    const drafts: EventDraft[] = [];
    for (const occurrence of [...occurrences(view), ...titleOccurrences(view, context)]) drafts.push(...datesOf(view, occurrence));
    return drafts;
  },
};

interface Occurrence {
  name: string;
  type: EventValue['type'];
  start: number;
  end: number;
  /** A date already known to belong to the occurrence. */
  date?: Mention;
}

function occurrences(view: SentenceView): Occurrence[] {
  const found: Occurrence[] = [];
  const add = (start: number, end: number) => {
    const name = view.plain.slice(start, end).replace(/\s+/g, ' ');
    found.push({ name, type: /attack|massacre|bombing|ambush|raid/i.test(name) ? 'attack' : 'other', start, end });
  };
  namedEventPattern.lastIndex = 0;
  for (let match = namedEventPattern.exec(view.plain); match; match = namedEventPattern.exec(view.plain)) add(match.index, match.index + match[0].length);
  eventNounPattern.lastIndex = 0;
  for (let match = eventNounPattern.exec(view.plain); match; match = eventNounPattern.exec(view.plain)) {
    const start = capitalizedPhraseBefore(view.plain, match.index);
    if (start !== undefined) add(start, match.index + match[0].length);
  }
  describedEventPattern.lastIndex = 0;
  for (let match = describedEventPattern.exec(view.plain); match; match = describedEventPattern.exec(view.plain)) {
    const noun = (match[1] as string).toLowerCase();
    const head = (match[2] as string).toLowerCase();
    const type: EventValue['type'] = /bombing|massacre|assassination/.test(noun) ? 'attack' : 'other';
    const end = match.index + match[0].length;
    // `… discotheque in West Berlin on 5 April 1986`: a place phrase may stand between the object and its date.
    const date = view.dates.find((mention) => mention.start >= end && mention.start - end <= 50 && placeThenDate.test(squeeze(view.plain.slice(end, mention.start))));
    // Only a date written right after it: a comma could open a clause about something else (`the inquiry into the sinking of the ferry, held in 1972`).
    if (date) found.push({ name: `the ${noun} of the ${head}`, type, start: match.index, end, date });
  }
  seriesPattern.lastIndex = 0;
  for (let match = seriesPattern.exec(view.plain); match; match = seriesPattern.exec(view.plain)) {
    const ordinal = ordinalNumber(match[1] as string);
    const series = (match[2] as string).toLowerCase().replace(/\s+/g, ' ');
    found.push({ name: `${ordinalWords[ordinal - 1] ?? `${ordinal}th`} ${series}`, type: 'session', start: match.index, end: match.index + match[0].length });
  }
  numberedBody.lastIndex = 0;
  for (let match = numberedBody.exec(view.plain); match; match = numberedBody.exec(view.plain)) {
    if (/^(?:Century|Centuries|Street|Avenue|Anniversary|Birthday|Edition|Annual)$/.test(match[2] as string)) continue;
    found.push({ name: `${ordinalNumber(match[1] as string)}. ${match[2]}`, type: 'session', start: match.index, end: match.index + match[0].length });
  }
  return found.filter((occurrence) => !found.some((other) => other !== occurrence && other.start <= occurrence.start && other.end >= occurrence.end && other.end - other.start > occurrence.end - occurrence.start));
}

// `Battle of Actium`, `Treaty of Wuchale`, `Siege of Suemori`: an article about one event.
const titleEvent = /^(?:the )?(Battle|Siege|Sack|Treaty|Massacre|Raid|Capture|Fall) of (\p{Lu}[\p{L}'-]+)/iu;

/**
 * In the article about one event, the words that name it without its full
 * title: `the battle`, `the treaty`, `Octavian's victory at Actium`, and the
 * opening sentence that states its date (`The Battle of Actium was … on 2
 * September 31 BC`).
 */
function titleOccurrences(view: SentenceView, context: EventContext): Occurrence[] {
  const title = context.resolved.article.title ?? '';
  const match = titleEvent.exec(title);
  if (!match) return [];
  const noun = (match[1] as string).toLowerCase();
  const place = match[2] as string;
  const type: EventValue['type'] = /massacre|raid/.test(noun) ? 'attack' : 'other';
  const found: Occurrence[] = [];
  const pattern = new RegExp(`\\b(?:the ${noun}|(?:victory|defeat|battle|fight|engagement|siege|treaty) (?:at|of|near|off) ${place})\\b`, 'giu');
  for (const hit of view.plain.matchAll(pattern)) found.push({ name: title, type, start: hit.index, end: hit.index + hit[0].length });
  // The opening sentence: `The Battle of Actium was the decisive confrontation … on 2 September 31 BC`.
  if (view.sentence.index <= 3 && view.sentence.sectionPath.length === 0 && view.plain.startsWith(title.startsWith('The ') ? title : `The ${title}`)) {
    const date = view.dates.find((mention) => mention.claim.kind === 'date' && (mention.claim.value.granularity === 'day' || mention.claim.value.granularity === 'month'));
    if (date) found.push({ name: title, type, start: 0, end: title.length + 4, date });
  }
  return found;
}

function ordinalNumber(word: string): number {
  const index = ordinalWords.indexOf(word.toLowerCase());
  return index >= 0 ? index + 1 : Number.parseInt(word, 10);
}

/** The dates an occurrence is given in its sentence. */
function datesOf(view: SentenceView, occurrence: Occurrence): EventDraft[] {
  if (occurrence.date) return [draft(view, occurrence, occurrence.date, undefined, 'lead')];
  const drafts: EventDraft[] = [];
  const [, clauseEnd] = clauseAround(view.plain, occurrence.start);
  const rest = squeeze(view.plain.slice(occurrence.end, clauseEnd));
  const predicate = happened.exec(rest) ?? (rest.startsWith(':') ? happened.exec(rest.slice(1).trimStart()) : null);
  // `… to April 25, 2011, when the second plenary session was held`.
  const whenAnchor = whenDate(view, occurrence.start);
  if (whenAnchor && predicate) drafts.push(draft(view, occurrence, whenAnchor.mention, whenAnchor.part, 'when'));
  const direct = view.dates.find((mention) => {
    if (mention.start < occurrence.end || mention.end > clauseEnd) return false;
    const between = view.plain.slice(occurrence.end, mention.start);
    if (predicate) return between.length <= predicate[0].length + 40 && !/[;]/.test(between);
    // `the Battle of Korvel in 1216`, `the Harlow Massacre (1919)`, `Lisbon congress on 5 June`.
    return /^(?:, ?)?(?:in|on|of|\()?$/i.test(squeeze(between));
  });
  if (direct && !insideParentheses(view.plain, occurrence.start)) drafts.push(draft(view, occurrence, direct, undefined, predicate?.[0].trim() ?? 'in'));
  // `the Treaty of Wuchale, which he had signed in 1887`: a relative clause about the named event.
  const relative = /^, which (?:(?:he|she|they|it|[A-Z][\p{L}-]+) )?(?:had |has |was |were )?(?:signed|fought|held|won|lost|ratified|concluded|convened|founded) (?:in|on) $/u;
  const relativeDate = view.dates.find((mention) => mention.start > occurrence.end && mention.start - occurrence.end <= 60 && relative.test(squeeze(view.plain.slice(occurrence.end, mention.start)) + ' '));
  if (relativeDate && !direct) drafts.push(draft(view, occurrence, relativeDate, undefined, 'which'));
  // `In 1889, the Italians signed the Treaty of Wuchale`: the verb before the name, dated like any verb.
  const verbBefore = /\b(?:signed|ratified|concluded|fought|won|lost|convened|held|attended|negotiated)\s+(?:the\s+)?$/i.exec(view.plain.slice(Math.max(0, occurrence.start - 30), occurrence.start));
  if (verbBefore && !direct && !relativeDate) {
    const at = occurrence.start - verbBefore[0].length;
    const date = dateFor(view, at, occurrence.end);
    if (date) drafts.push(draft(view, occurrence, date, undefined, verbBefore[0].trim()));
  }
  return drafts;
}

function whenDate(view: SentenceView, at: number): { mention: Mention; part: 'from' | 'to' | undefined } | undefined {
  const before = view.plain.slice(Math.max(0, at - 40), at);
  const when = /,\s*when\s+(?:the\s+|its\s+|the group's\s+|\w+'s\s+)?$/i.exec(before);
  if (!when) return undefined;
  const commaAt = at - before.length + when.index;
  const mention = [...view.dates].reverse().find((date) => date.end <= commaAt + 1 && commaAt - date.end <= 2);
  if (!mention) return undefined;
  const value = dateClaim(mention)?.value;
  const part = value?.granularity === 'range' ? (value.relation === 'since' || !value.to ? 'from' : 'to') : undefined;
  return { mention, part };
}

function draft(view: SentenceView, occurrence: Occurrence, date: Mention, part: 'from' | 'to' | undefined, trigger: string): EventDraft {
  return {
    value: {
      type: occurrence.type,
      subject: null,
      subjectText: null,
      name: occurrence.name,
      aspect: 'point',
      date: date.claim.id,
      ...(part === undefined ? {} : { datePart: part }),
      qualifiers: [],
      rests: [date.claim.id],
      trigger,
    },
    span: [Math.min(occurrence.start, date.start), Math.max(occurrence.end, date.end)],
  };
}
