import type { RuleContext } from '../../check/index.js';
import type { ClaimOf, DateClaim, DatePoint, EventArgument, EventClaim } from '../../schema/claims.js';
import type { Evidence, Mention } from '../../schema/entities.js';
import { eventWhen, pointOf, reliable, type EventWhen } from '../../resolve/events/when.js';
import { groupBy } from '../../util/group.js';
import { DEMONYMS } from '../../lexicon/demonyms.js';
import { personalPronouns } from '../../lexicon/grammar.js';
import { kinNouns } from '../../lexicon/roles.js';
import { sectionNamesPerson } from '../../resolve/mentions.js';

/** Whether an event may take part in a conflict: negated, planned and fictional events never do. */
export function usable(event: EventClaim): boolean {
  return event.value.modality !== 'negated' && event.value.modality !== 'planned' && event.value.modality !== 'fictional';
}

/** Whether any of the events rests on a hedged source (reported, alleged, self-described). */
export function hedged(events: readonly EventClaim[]): boolean {
  return events.some((event) => event.value.modality === 'reported' || event.value.modality === 'alleged' || event.value.modality === 'self-described');
}

/** An event's date points, read from its date claims. */
export function whenOf(context: RuleContext, event: EventClaim): EventWhen {
  return eventWhen(event, (id) => context.claim(id));
}

/** The calendar year a point starts in, or null when unknown. */
export function yearOf(point: Pick<DatePoint, 'start'>): number | null {
  const match = /^(-?\d{4})/.exec(point.start ?? '');
  return match ? Number(match[1]) : null;
}

/** How to name a point in a message: the words of its claim when they are the point, else its TIMEX. */
export function describe(point: DatePoint, claim: DateClaim): string {
  return claim.value.granularity === 'range' ? point.timex : claim.text;
}

/** The entity's name for messages: the canonical name, or the words of the event. */
export function entityName(context: RuleContext, id: string | null | undefined, fallback: string | null | undefined): string {
  return context.entity(id)?.canonical ?? fallback ?? 'an unnamed entity';
}

/** `a`, `a and b`, `a, b and c`. */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Modality as a reasoning note, when it is not plainly asserted. */
export function modalityNote(event: EventClaim): string | undefined {
  const { modality, reportedBy } = event.value;
  if (modality === 'asserted') return undefined;
  return `'${event.text}' is ${modality}${reportedBy ? ` (by ${reportedBy})` : ''}`;
}

/** Values without repeats, first occurrence kept. */
export function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/** Evidence without two items quoting the same words. */
export function dedupeEvidence(evidence: readonly Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return evidence.filter((item) => {
    const key = `${item.position.start.offset}:${item.position.end.offset}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Whether an event's subject was named by a bare surname that several people
 * in the article share (`Murchison` in a family article): too uncertain to
 * accuse anyone.
 */
export function ambiguousSubject(context: RuleContext, event: EventClaim): boolean {
  const about = aboutArgument(event);
  return about !== null && !trusted(context, event, about);
}

/** The participant an event is about (its `subject`), as the clause named it. */
export function aboutArgument(event: EventClaim): EventArgument | null {
  const { agent, patient, subject, subjectText } = event.value;
  if (agent && agent.entity === subject && agent.text === subjectText) return agent;
  if (patient && patient.entity === subject && patient.text === subjectText) return patient;
  return agent?.text === subjectText ? agent : patient;
}

// How a pronoun or nominal may be resolved and still be trusted to accuse someone.
const closeStrategies = new Set(['sentence-subject', 'relative', 'apposition', 'possessor', 'cataphora', 'kin-spouse', 'kin-named', 'office-holder', 'founder', 'section-heading', 'named-with-noun', 'only-of-kind']);
// A pronoun carried over from an earlier sentence: its subject, or the person named last there.
export const carriedStrategies: ReadonlySet<string> = new Set(['previous-subject', 'recent', 'recent-sentence']);
// `subject-guess` (`the company` right after another company was named) is no sure link.
const subjectStrategies = new Set(['sentence-subject', 'previous-subject', 'article-subject', 'named-with-noun', 'relative', 'kin']);

/**
 * Whether a participant is sure enough to rest a contradiction on: a name
 * (not a surname several people share), the article's subject named by the
 * infobox, a relative pronoun's or list row's noun, a pronoun or nominal
 * resolved inside its own sentence, or one resolved to the article's subject
 * by the subject chain. A guess across sentences about anyone else is not.
 */
export function trusted(context: RuleContext, event: EventClaim, argument: EventArgument): boolean {
  // A name no entity holds (`the Treaty of Valmora`) is still the same words wherever it stands.
  // `Alice Skinner Ochs, Ochs's wife`: a shared surname that cannot be the partner's own is the article subject's.
  if (argument.form === 'name') return !sharedSurname(context, argument.text) || onlyBearerSoFar(context, event.sentence, argument) || subjectBySection(context, event, argument) || (argument.resolution === 'other-bearer' && context.entity(argument.entity ?? '')?.isSubject === true);
  // The article's subject, by structure (an infobox, a heading, a size no one owns), even when no entity holds it.
  if (argument.form === 'subject') return true;
  if (!argument.entity) return false;
  if (['relative', 'list-head', 'apposition', 'parenthesis'].includes(argument.strategy)) return true;
  const resolution = argument.resolution ?? '';
  if (closeStrategies.has(resolution)) return true;
  if (context.entity(argument.entity)?.isSubject && subjectStrategies.has(resolution)) return true;
  // `… with Bohr as its chairman. He was also involved …`: carried over from a name, not a subject, alike.
  if (carriedStrategies.has(resolution) && onlyOneSinceNamed(context, event.sentence, argument.entity, argument.form === 'pronoun' ? argument.text : '', argument.position?.start.offset ?? Number.POSITIVE_INFINITY)) return true;
  // `==Canon Sydney Robert Elliston== … He was installed as vicar`: a pronoun for the person a section is named after.
  if (argument.form === 'pronoun' && sectionNamesPerson(context.entity(argument.entity), context.sentences[event.sentence])) return true;
  // `his father`: trusted when `his` is the article's subject.
  if (resolution === 'kin') {
    const subject = context.entities.find((entity) => entity.isSubject);
    return subject !== undefined && (context.entity(argument.entity)?.canonical.startsWith(`${subject.canonical}'s `) ?? false);
  }
  return event.value.source === 'infobox';
}

/**
 * `John Smith founded Acme … He led the company until his death. In 1995 he
 * opened a second factory`: a pronoun carried over from the sentence before
 * is sure when the chain of sentences back to the one naming its person
 * names or refers to no other person (`Høffding …, and the Academy gave Bohr
 * occupancy. He and his family moved there` is not).
 */
function onlyOneSinceNamed(context: RuleContext, sentence: number, entity: string, pronoun: string, offset: number): boolean {
  const type = context.entity(entity)?.type;
  // `She did not have a relationship with her father. He died in 1824`: a `she` is no rival to a `he`.
  const gender = pronounGender(pronoun);
  const otherGender = (text: string): boolean => gender !== undefined && pronounGender(text) !== undefined && pronounGender(text) !== gender;
  // `The bridge … At the time of its opening in 1937, …`: an `its` carried over to a body or a place is sure the same
  // way, when no other body or place was named since.
  const things = type === 'organization' || type === 'place';
  if (type !== 'person' && !things) return false;
  const rival = (other: string): boolean => {
    const otherType = context.entity(other)?.type;
    return things ? otherType === 'organization' || otherType === 'place' : otherType === 'person';
  };
  const bySentence = mentionsBySentence(context);
  for (let at = sentence; at >= 0 && at > sentence - 6; at--) {
    // `He died …, and his son Georg succeeded him`: in its own sentence only who comes before the pronoun can be meant.
    const limit = at === sentence ? offset : Number.POSITIVE_INFINITY;
    const all = bySentence.get(at) ?? [];
    const here = all.filter((mention) => mention.position.start.offset < limit);
    if (here.some((mention) => mention.entity !== null && mention.entity !== entity && rival(mention.entity) && !otherGender(mention.text))) return false;
    if (!things && unlinkedProperNoun(context, at, all, limit)) return false;
    // Named there, or called by a kin noun of the one the article is about (`her father`); in the pronoun's own
    // sentence, named before it with no rival anywhere in it (`the owners brought Strand back to command, and he
    // returned`; not `Dick Cole … and, until his death in 2005, John Bolitho`).
    const named = here.some((mention) => mention.entity === entity && (mention.form === 'name' || mention.strategy === 'kin'));
    if (at === sentence) {
      if (named && !all.some((mention) => mention.entity !== null && mention.entity !== entity && rival(mention.entity) && !otherGender(mention.text))) return true;
      continue;
    }
    if (named) return true;
    if (!here.some((mention) => mention.entity === entity)) return false;
  }
  return false;
}

/** The gender a personal pronoun says (`he`, `his`: male; `she`, `her`: female), from the grammar lexicon. */
function pronounGender(text: string): 'male' | 'female' | undefined {
  const gender = personalPronouns.get(text.toLowerCase())?.gender;
  return gender === 'male' || gender === 'female' ? gender : undefined;
}

/**
 * `the tailor Mosella opened a store, and he …`: a proper noun the resolver
 * linked to nothing may be the one meant. Not a month of a date, a demonym
 * or another modifier of a noun (`Scandinavian countries`), nor a name after `the` (`the Research
 * Establishment Risø`): no person is named so.
 */
function unlinkedProperNoun(context: RuleContext, sentence: number, mentions: readonly Mention[], limit: number): boolean {
  const plain = context.sentences[sentence];
  if (!plain) return false;
  const tokens = context.tokens[sentence] ?? [];
  const dates = datesBySentence(context).get(sentence) ?? [];
  let afterThe = false;
  return tokens.some((token, index) => {
    if (token.pos !== 'PROPN') {
      afterThe = false;
      return false;
    }
    if (tokens[index - 1]?.lower === 'the') afterThe = true;
    const start = plain.toSource(token.start);
    if (start >= limit) return false;
    // `Scandinavian countries`, `Bolivian troops`: a proper noun before a common noun modifies it.
    const modifier = tokens[index + 1]?.pos === 'NOUN' && lowerInitial.test(tokens[index + 1]?.text ?? '');
    if (afterThe || modifier || demonyms.has(token.text) || dates.some((date) => date.position.start.offset <= start && start < date.position.end.offset)) return false;
    return !mentions.some((mention) => mention.form === 'name' && mention.position.start.offset <= start && start < mention.position.end.offset);
  });
}

const demonyms: ReadonlySet<string> = new Set(DEMONYMS);

const lowerInitial = /^\p{Ll}/u;

const dateIndexes = new WeakMap<RuleContext, Map<number, DateClaim[]>>();

function datesBySentence(context: RuleContext): Map<number, DateClaim[]> {
  let index = dateIndexes.get(context);
  if (!index) {
    index = groupBy(context.claimsOf('date'), (claim) => claim.sentence);
    dateIndexes.set(context, index);
  }
  return index;
}

const mentionIndexes = new WeakMap<readonly Mention[], Map<number, Mention[]>>();

function mentionsBySentence(context: RuleContext): Map<number, Mention[]> {
  let index = mentionIndexes.get(context.mentions);
  if (!index) {
    index = groupBy(context.mentions, (mention) => mention.sentence);
    mentionIndexes.set(context.mentions, index);
  }
  return index;
}

/** Whether a one-word name is the surname of several people in the article. */
function sharedSurname(context: RuleContext, text: string): boolean {
  const word = text.trim();
  if (word === '' || /\s/.test(word)) return false;
  return (peopleByNameWord(context).get(word) ?? 0) > 1;
}

/**
 * `Strand died at Lerwick` told before the article names his son William
 * Strand: a surname shared in the article as a whole is one person's where
 * the text has named no other bearer in full yet, and the resolver gave it
 * to that one.
 */
function onlyBearerSoFar(context: RuleContext, sentence: number, argument: EventArgument): boolean {
  const word = argument.text.trim();
  if (!argument.entity || /\s/.test(word)) return false;
  const introduced = new Set<string>();
  for (const mention of context.mentions) {
    if (mention.sentence > sentence || mention.form !== 'name' || !mention.entity || !/\s/.test(mention.text.trim())) continue;
    if (mention.text.trim().split(/\s+/).includes(word) && context.entity(mention.entity)?.type === 'person') introduced.add(mention.entity);
  }
  return introduced.size === 1 && introduced.has(argument.entity);
}

/**
 * `Lindqvist (born 4 June 1903) died …` in a sentence of Karl Lindqvist's
 * article that names no other Lindqvist: a family surname the resolver gave
 * the article's subject, as the style guides use it, with no relative of that
 * name beside it (`He remarried … Karen Engelbart. … Engelbart died` is his death).
 */
function subjectBySection(context: RuleContext, event: EventClaim, argument: EventArgument): boolean {
  if (!argument.entity || !context.entity(argument.entity)?.isSubject) return false;
  const bearers = nameWordBearersBySentence(context).get(`${event.sentence}\u0001${argument.text.trim()}`);
  return bearers === undefined || [...bearers].every((entity) => entity === argument.entity) || relativesNamedAfter(context, event.sentence, argument);
}

/**
 * `Tillingham was born at Ashcombe rectory, the second son of the Reverend
 * John Tillingham`: every other bearer of the surname in the sentence comes
 * after it, named whole, as the kin of someone (`son of`, `his father`) —
 * the subject's family, told apart from the subject by the kin noun.
 */
function relativesNamedAfter(context: RuleContext, sentence: number, argument: EventArgument): boolean {
  const end = argument.position?.end.offset;
  if (end === undefined) return false;
  const word = argument.text.trim();
  const others = context.claimsOf('person').filter((claim) => claim.sentence === sentence && claim.value.entity !== argument.entity && claim.text.split(/\s+/).includes(word));
  return others.length > 0 && others.every((claim) => claim.position.start.offset > end && claim.text.trim() !== word && kinBefore(context.text.slice(Math.max(end, claim.position.start.offset - kinReach), claim.position.start.offset)));
}

// How far before a relative's name its kin noun may stand: `the second son of the Reverend`.
const kinReach = 40;

function kinBefore(text: string): boolean {
  return text.toLowerCase().split(/[^\p{L}-]+/u).some((word) => kinNouns.has(word));
}

const sentenceWordIndex = new WeakMap<readonly unknown[], Map<string, Set<string | null>>>();

/** For each sentence and name word, the entities of the people named with it there. */
function nameWordBearersBySentence(context: RuleContext): Map<string, Set<string | null>> {
  let index = sentenceWordIndex.get(context.claims);
  if (!index) {
    index = new Map();
    for (const claim of context.claimsOf('person')) {
      for (const word of new Set(claim.text.split(/\s+/))) {
        const key = `${claim.sentence}\u0001${word}`;
        const bearers = index.get(key) ?? new Set<string | null>();
        bearers.add(claim.value.entity ?? null);
        index.set(key, bearers);
      }
    }
    sentenceWordIndex.set(context.claims, index);
  }
  return index;
}

// Indexes built once per article (rules share the context's frozen arrays), so that
// asking about each event costs a lookup, not a pass over every claim or entity.
const personClaimIndex = new WeakMap<readonly unknown[], Map<number, Array<ClaimOf<'person'>>>>();
const nameWordIndex = new WeakMap<readonly unknown[], Map<string, number>>();

function personClaimsBySentence(context: RuleContext): Map<number, Array<ClaimOf<'person'>>> {
  let index = personClaimIndex.get(context.claims);
  if (!index) {
    index = groupBy(context.claimsOf('person'), (claim) => claim.sentence);
    personClaimIndex.set(context.claims, index);
  }
  return index;
}

/** How many people bear each word of a canonical name. */
function peopleByNameWord(context: RuleContext): Map<string, number> {
  let index = nameWordIndex.get(context.entities);
  if (!index) {
    index = new Map();
    for (const entity of context.entities) {
      // `Maren's father` is named by his relation, not by a name of his own.
      if (entity.type !== 'person' || /['’]s\s/u.test(entity.canonical)) continue;
      for (const word of new Set(entity.canonical.split(/\s+/))) index.set(word, (index.get(word) ?? 0) + 1);
    }
    nameWordIndex.set(context.entities, index);
  }
  return index;
}

/**
 * The time a sentence with no date of its own is told at: the one date of the
 * sentence just before it in the same paragraph, when the deed is told in the
 * simple past (not `had endorsed`, which steps back) and says nothing of time.
 */
export function narrativeDate(context: RuleContext, event: EventClaim): { point: DatePoint; claim: DateClaim } | undefined {
  const sentence = context.sentences[event.sentence];
  const previous = context.sentences[event.sentence - 1];
  if (!sentence || !previous || previous.block !== sentence.block || event.value.tense !== 'past' || steppedBack.test(sentence.plain)) return undefined;
  const dates = context.claimsOf('date');
  if (dates.some((claim) => claim.sentence === event.sentence)) return undefined;
  const told = dates.filter((claim) => claim.sentence === event.sentence - 1);
  if (told.length !== 1) return undefined;
  const claim = told[0] as DateClaim;
  const point = reliable(claim, (id) => context.claim(id)) ? pointOf(claim, undefined) : undefined;
  return point ? { point, claim } : undefined;
}

// Words that step out of the told time: a past perfect, an earlier or later time, a habit.
const steppedBack = /\b(?:had|earlier|before|previously|later|afterwards|eventually|once|never|always|often|until|since|meanwhile|after)\b/i;

/** `By 1965, the party numbered 700 members`: a count reached by a date (a range open at its start) is that date's year. */
export function reachedBy(context: RuleContext, event: EventClaim): number | null {
  const claim = context.claim(event.value.date);
  if (claim?.kind !== 'date' || claim.value.start !== null || !claim.value.end) return null;
  const year = /^(\d{4})/u.exec(claim.value.end)?.[1];
  return year === undefined ? null : Number(year);
}

/** A title or name as compared: lower case, without quotation and emphasis marks or a leading article (`*The Salt Marsh*` → `salt marsh`). */
export function titleKey(text: string): string {
  return text.toLowerCase().replace(/["“”*_]/gu, '').trim().replace(/^(?:the|a|an)\s+/u, '');
}
