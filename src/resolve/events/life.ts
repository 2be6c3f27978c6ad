import type { EventType } from '../../schema/claims.js';
import type { Entity } from '../../schema/entities.js';
import { clauseAround, dateClaim, dateFor, insideParentheses, nameBefore, namesOf, referringPhraseBefore } from './grammar.js';
import { entityOf } from './sentence-view.js';
import type { EventContext, EventDetector, EventDraft, Mention, SentenceView } from './types.js';
import { squeeze, withoutParentheses } from '../../util/scan.js';

interface Trigger {
  type: EventType;
  pattern: RegExp;
}

const triggers: readonly Trigger[] = [
  { type: 'death', pattern: /\b(?:died|dies|(?:was|were|been) (?:killed|executed|assassinated|murdered|slain|shot dead|beheaded|hanged|poisoned)|killed|executed|assassinated|murdered|passed away|committed suicide|perished|deaths?|assassination|murder|execution|deceased)\b/gi },
  { type: 'birth', pattern: /\b(?:born|birth)\b/gi },
  { type: 'capture', pattern: /\b(?:(?:was|were|been) (?:captured|arrested|detained|apprehended|taken prisoner)|captured|capture|arrested|arrest|detained|apprehended)\b/gi },
  // Release from prison, not of an album: `his release from prison in 2005`, `was released from custody`, `was freed`.
  { type: 'release', pattern: /\b(?:(?:was|were|been) (?:released|freed|pardoned)|release|released)(?=\s+(?:from|on bail|after serving)\b)|\b(?:was|were|been) (?:freed|pardoned)\b/gi },
];

// `killed 18 people`, `killing four officers`: casualties of an attack, not a person's death.
const activeVerb = /^(?:killed|executed|assassinated|murdered|captured|arrested|detained|apprehended|released)$/i;

/**
 * Births, deaths, captures and releases of people: `X was killed in D`,
 * `the deaths of A and B`, `X's capture in D`, `(born 1950)`, `(deceased)`,
 * `captured X`, `his release from prison in D`, and a lead's `(1921–1987)`.
 */
export const lifeDetector: EventDetector = {
  name: 'life',
  detect(view, context) {
    const drafts: EventDraft[] = [];
    for (const trigger of triggers) {
      trigger.pattern.lastIndex = 0;
      for (let match = trigger.pattern.exec(view.plain); match; match = trigger.pattern.exec(view.plain)) {
        const from = match.index;
        const to = from + match[0].length;
        // `Max Born`, `Birth of a Nation`: a trigger word inside a name is part of the name.
        if (view.names.some((mention) => mention.start <= from && mention.end >= to)) continue;
        for (const subject of lifeSubjects(view, context, trigger.type, match[0], from, to)) drafts.push(lifeEvent(view, trigger.type, match[0], from, to, subject));
      }
    }
    drafts.push(...lifeSpan(view, context));
    return drafts;
  },
};

interface LifeSubject {
  entity: Entity;
  text: string;
  start: number;
  mention?: Mention;
}

function lifeSubjects(view: SentenceView, context: EventContext, type: EventType, word: string, from: number, to: number): LifeSubject[] {
  const lower = word.toLowerCase();
  // `Ibn Hafsun (who died in 917)`, `X, who was killed`: the relative clause is about the name right before it.
  const relative = /(?:\(|,)\s*who\s+(?:had\s+|has\s+|later\s+|then\s+)?$/i.exec(view.plain.slice(Math.max(0, from - 20), from));
  if (relative) {
    const at = from - relative[0].length + (relative[0].length - relative[0].trimStart().length);
    const named = view.names.find((mention) => mention.end <= at && /^\s*$/.test(view.plain.slice(mention.end, at)));
    const entity = context.entity(named ? entityOf(named.claim) : undefined);
    return named && entity?.type === 'person' ? [{ entity, text: named.claim.text, start: named.start, mention: named }] : [];
  }
  const after = view.plain.slice(to, to + 6);
  const people = (mentions: Mention[]) =>
    mentions
      .map((mention) => ({ mention, entity: context.entity(entityOf(mention.claim)) }))
      .filter((entry): entry is { mention: Mention; entity: Entity } => entry.entity?.type === 'person')
      .map(({ mention, entity }) => ({ entity, text: mention.claim.text, start: mention.start, mention }));
  // `the death(s) of A and B`, `the capture of X`, `arrest of X`.
  if (/^\s+of\s/i.test(after) && nounTrigger.test(lower)) {
    const [, clauseEnd] = clauseAround(view.plain, from);
    const listed = namesOf(view, ['person']).filter((mention) => mention.start > to && mention.start <= clauseEnd && mention.start - to <= 120);
    return people(consecutive(view, listed, to));
  }
  // `X's capture`, `Ramírez's capture`, `his death`, `their deaths`.
  // A name ending in `'s` at most two words before the trigger.
  const owner = namesOf(view, ['person']).find((mention) => mention.end < from && from - mention.end <= 40 && /^'s(?: [\p{L}\p{N}_]+){0,2} ?$/u.test(squeeze(view.plain.slice(mention.end, from)) + ' '));
  // `Shaka's mother Nandi died`: the kin named after the possessive; `Shaka's mother died`: someone unnamed.
  const kin = owner && namesOf(view, ['person']).find((mention) => mention.start > owner.end && mention.end <= from);
  if (kin) return people([kin]);
  if (owner && nounTrigger.test(lower)) return people([owner]);
  const pronoun = /\b(his|her|their)\s+(?:\w+\s+){0,2}$/i.exec(view.plain.slice(Math.max(0, from - 30), from));
  if (pronoun && nounTrigger.test(lower)) {
    return context.refer(view, pronoun[1] as string, from).map((entity) => ({ entity, text: pronoun[1] as string, start: from - pronoun[0].length }));
  }
  if (nounTrigger.test(lower)) return [];
  // `Rubén Valle Rojas ("Comrade Javier"; deceased)`.
  if (lower === 'deceased') {
    const open = view.plain.lastIndexOf('(', from);
    if (open < 0 || !insideParentheses(view.plain, from)) return [];
    const named = nameBefore(view, open, ['person']);
    return named ? people([named]) : [];
  }
  // `(born 14 March 1950)`.
  if (lower === 'born' && insideParentheses(view.plain, from)) {
    const named = nameBefore(view, view.plain.lastIndexOf('(', from), ['person']);
    return named ? people([named]) : [];
  }
  // `X (Alias): killed in a military operation in 2013` — a participle after a list head.
  if (view.head && from > view.head.end && /^[^:]*:\s*$/.test(view.plain.slice(view.head.end, from))) return people([view.head]);
  // `captured X`, `killed the group's leader, X`: active verbs name their object;
  // `killed in`, `arrested by` are participles of a passive.
  const participle = /^\s+(?:in|by|during|at|on|near|when|while|after|before|alongside|along|with|for|as)\b/i.test(view.plain.slice(to, to + 12));
  if (activeVerb.test(word) && !participle && !/\b(?:was|were|been|being|is|are|had|has)\s+$/i.test(view.plain.slice(Math.max(0, from - 8), from))) {
    if (type === 'birth') return [];
    const [, clauseEnd] = clauseAround(view.plain, from);
    const objects = namesOf(view, ['person']).filter((mention) => mention.start > to && mention.start <= clauseEnd && !insideParentheses(view.plain, mention.start));
    const nearby = objects.filter((mention) => mention.start - to <= 200);
    return people(type === 'capture' && view.plain.slice(to, nearby[0]?.start ?? to).includes(':') ? nearby : nearby.slice(0, 1));
  }
  // `Born in Tambobamba 1968, she joined …`: the participle opens the sentence.
  if (lower === 'born' && /^\s*$/.test(view.plain.slice(0, from))) {
    const comma = view.plain.indexOf(',', to);
    const subject = comma < 0 ? undefined : /^\s*(he|she|[A-Z][\p{L}'-]+)/u.exec(view.plain.slice(comma + 1));
    if (subject) {
      const named = view.names.find((mention) => mention.start === comma + 1 + subject[0].length - (subject[1] as string).length);
      if (named) return people([named]);
      return context.refer(view, subject[1] as string, comma).map((entity) => ({ entity, text: subject[1] as string, start: comma + 1 }));
    }
  }
  // `X died in D`, `X was killed`, `she was born`, and list items `X (Alias): killed in …`.
  if (view.head && from > view.head.end && !namesOf(view, ['person']).some((mention) => mention.start > (view.head as Mention).end && mention.end <= from && !insideParentheses(view.plain, mention.start))) {
    return people([view.head]);
  }
  const left = nameBefore(view, from, ['person']);
  const between = left ? view.plain.slice(left.end, from) : '';
  // `Byron's other children were born`: a possessive name is not the subject.
  if (left && between.startsWith("'s")) return [];
  if (left && between.length <= 60 && !/\b(?:and|but|while|after|before|when|following)\b/i.test(withoutParentheses(between))) return people([left]);
  // `Al-Samahi and another fighter were killed`: a name and an unnamed companion.
  if (left && /^ and (?:another|two|three|several|his|her|their|an?|the|other) [\p{Ll} ]{1,30} (?:was|were)$/u.test(squeeze(between).replace(/^/, ' '))) return people([left]);
  // `He … in 1988, and died on 28 June that year`: a second verb of the sentence's subject.
  if (/^(?:,? and|, but)$/.test(squeeze(view.plain.slice(Math.max(0, from - 6), from)))) {
    const opener = /^(?:(?:in|on|by|after|later)\b[^,]{0,40},\s*)?(he|she)\b/i.exec(view.plain);
    const named = view.names.find((mention) => mention.claim.kind === 'person' && mention.start <= 2);
    if (named) return people([named]);
    if (opener) return context.refer(view, opener[1] as string, 0).map((entity) => ({ entity, text: opener[1] as string, start: opener.index + opener[0].length - (opener[1] as string).length }));
  }
  const referring = referringPhraseBefore(view.plain, from);
  if (referring && /^(?:he|she|they)$/i.test(referring.phrase)) {
    return context.refer(view, referring.phrase, referring.start).map((entity) => ({ entity, text: referring.phrase, start: referring.start }));
  }
  // `He joined the guerrillas as a teenager and was captured in 1955`: the clause's opening pronoun.
  const [clauseStart] = clauseAround(view.plain, from);
  const opening = /^\s*(?:(?:in|on|by|after|later)\b[^,]{0,40},\s*)?(he|she)\b/i.exec(view.plain.slice(clauseStart, from));
  if (opening) {
    const pronoun = opening[1] as string;
    return context.refer(view, pronoun, clauseStart).map((entity) => ({ entity, text: pronoun, start: clauseStart + opening[0].length - pronoun.length }));
  }
  return [];
}

/** `A, B and C` after `of`: the names up to the first break in the list. */
function consecutive(view: SentenceView, mentions: Mention[], from: number): Mention[] {
  const result: Mention[] = [];
  let cursor = from;
  for (const mention of mentions) {
    const gap = withoutParentheses(view.plain.slice(cursor, mention.start));
    if (result.length === 0 ? !/^\s*(?:the\s+\w+\s+)?$/i.test(gap.replace(/^\s*of\s+/i, '')) : !/^\s*(?:,|and|, and)\s*$/.test(gap)) break;
    result.push(mention);
    cursor = mention.end;
  }
  return result;
}

// `after her death`, `his capture in 1992`: a noun takes only the date attached right after it.
const nounTrigger = /^(?:deaths?|assassination|murder|execution|capture|arrest|release|birth)$/i;
// `his death from an undisclosed kidney disease in 2021`.
const attachedWithin = 50;

/** The date right after a noun phrase, skipping one appositive: `the capture of X, the founder of Y, on D`. */
function attachedDate(view: SentenceView, at: number): Mention | undefined {
  const appositive = /^,[^,;()]{1,80},/.exec(view.plain.slice(at, at + 90));
  const from = appositive ? at + appositive[0].length : at;
  return view.dates.find((mention) => mention.start >= from && mention.start - from <= attachedWithin && !view.plain.slice(from, mention.start).includes(','));
}

function lifeEvent(view: SentenceView, type: EventType, trigger: string, from: number, to: number, subject: LifeSubject): EventDraft {
  // `Born and raised in Liverpool, X joined … in 2004`: an opening participle's date lies before its comma.
  const openingComma = /^\s*$/.test(view.plain.slice(0, from)) ? view.plain.indexOf(',', to) : -1;
  const date =
    trigger.toLowerCase() === 'deceased'
      ? undefined
      : nounTrigger.test(trigger)
        ? attachedDate(view, subject.mention && subject.start > to ? subject.mention.end : to)
        : openingComma >= 0
          ? view.dates.find((mention) => mention.start >= to && mention.end <= openingComma)
          : dateFor(view, from, to);
  const dateValue = dateClaim(date);
  const rests = subject.mention ? [subject.mention.claim.id] : [];
  if (dateValue) rests.push(dateValue.id);
  const spanStart = Math.min(subject.start, from);
  const spanEnd = Math.max(to, date && date.start >= to ? date.end : to);
  return {
    value: {
      type,
      subject: subject.entity.id,
      subjectText: subject.text,
      aspect: 'point',
      ...(dateValue ? { date: dateValue.id } : {}),
      qualifiers: [],
      rests,
      trigger,
    },
    span: [spanStart, spanEnd],
  };
}

/**
 * `Augusta Ada King (née Byron; 10 December 1815 – 27 November 1852)`: a range
 * in parentheses after the article's subject, or marked `born`/`died`, gives
 * birth and death.
 */
function lifeSpan(view: SentenceView, context: EventContext): EventDraft[] {
  const drafts: EventDraft[] = [];
  for (const date of view.dates) {
    const value = dateClaim(date)?.value;
    if (!value || value.granularity !== 'range' || !value.from?.start || !value.to?.start || value.to.timex === 'PRESENT_REF') continue;
    const open = view.plain.lastIndexOf('(', date.start);
    if (open < 0 || !insideParentheses(view.plain, date.start) || date.start - open > 40) continue;
    const named = nameBefore(view, open, ['person']);
    const adjacent = named && view.plain.slice(named.end, open).trim() === '' ? named : undefined;
    // `Augusta Ada King, Countess of Lovelace (née Byron; 1815 – 1852)`: in the opening sentence, the article's subject.
    // The parenthesis must close the name the sentence opens with: only names, titles and connectors before it.
    const opening = view.sentence.sectionPath.length === 0 && view.sentence.where === 'prose' && view.sentence.index < 4 && namePhraseOnly(view.plain.slice(0, open));
    const entity = context.entity(adjacent ? entityOf(adjacent.claim) : undefined) ?? (opening && context.subject?.type === 'person' ? context.subject : undefined);
    if (!entity || entity.type !== 'person') continue;
    const person = adjacent ?? { start: open, claim: { id: '', text: entity.canonical } };
    const inside = view.plain.slice(open, date.start).toLowerCase();
    if (!entity.isSubject && !/\b(?:born|b\.|née|nee)\b/.test(inside)) continue;
    for (const [type, trigger] of [['birth', 'born'], ['death', 'died']] as const) {
      drafts.push({
        value: {
          type,
          subject: entity.id,
          subjectText: person.claim.text,
          aspect: 'point',
          date: date.claim.id,
          qualifiers: ['life span'],
          rests: [...(person.claim.id ? [person.claim.id] : []), date.claim.id],
          trigger,
        },
        span: [person.start, date.end],
      });
    }
  }
  return drafts;
}

/** `Augusta Ada King, Countess of Lovelace`: capitalized words, commas and name connectors, nothing else. */
function namePhraseOnly(text: string): boolean {
  const words = text.trim().split(/[\s,]+/).filter((word) => word !== '');
  return words.length > 0 && words.length <= 12 && words.every((word) => /^\p{Lu}/u.test(word) || /^(?:of|de|del|da|di|van|von|der|den|la|le|al|bin|ibn|the|and|y|e)$/.test(word));
}
