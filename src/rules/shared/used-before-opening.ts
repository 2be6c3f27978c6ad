import type { RuleContext, RuleFinding } from '../../check/index.js';
import { eventType } from '../../lexicon/events.js';
import { beforeOpeningWords, intentionNouns, modalAuxiliaries, otherThingWords, planningVerbs, preparationWords, repeatCues, usePrepositions } from '../../lexicon/grammar.js';
import { datingVerbs } from '../../lexicon/events.js';
import { PLACE_PREPOSITIONS, STRUCTURE_HEADS } from '../../lexicon/places.js';
import { ORGANIZATION_HEADS } from '../../lexicon/organizations.js';
import { before, pointOf, reliable } from '../../resolve/events/when.js';
import type { DateClaim, DatePoint, EventArgument, EventClaim } from '../../schema/claims.js';
import type { Token } from '../../segment/tokens.js';
import { aboutArgument, describe, hedged, trusted, usable, whenOf } from './events.js';
import { modifierOf, qualifiersOf } from './things.js';

/** A place or a thing that came to be on a date: a dock opened, a wing completed, a telescope installed. */
interface Opening {
  event: EventClaim;
  point: DatePoint;
  claim: DateClaim;
  /** The entity it is, when the resolver knows one. */
  entity: string | null;
  /** Else its head noun and the words before it (`north` of `the north wing`). */
  head: string | null;
  modifiers: readonly string[];
  name: string;
}

/** Where a sentence speaks of using the place: the preposition through the noun. */
interface Use {
  sentence: number;
  start: number;
  end: number;
}

const prepositions: ReadonlySet<string> = new Set([...PLACE_PREPOSITIONS, ...usePrepositions]);
const makingNouns: ReadonlySet<string> = new Set([...eventType('construction').nouns, ...eventType('founding').nouns, ...eventType('opening').nouns]);
// `Victoria Dock`, `Brightwater Theatre`, `Ardmore Grammar School`: a name ending in one of these is a thing built or a body housed, which opens on a day; `Toronto` or `Barcelona` does not.
const openingHeads: ReadonlySet<string> = new Set([...STRUCTURE_HEADS, ...ORGANIZATION_HEADS].map((word) => word.toLowerCase()));
const determiners: ReadonlySet<string> = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'this', 'that']);

/**
 * `she became the first whaler to unload in the new Victoria Dock …,
 * discharging her oil there in September 1852` against `Victoria Dock … was
 * formally opened on 1 August 1853`; `first observations with the 40-inch
 * refractor in 1896` against `the refractor was installed in 1898`: a place
 * or a thing used, in a sentence all of whose dates lie before the day it
 * opened, was completed or was installed. Its making is no use (`designed`,
 * `the site was bought`), nor a use told as waiting (`until the dock opened`),
 * nor one of an old or a future thing of the kind.
 */
export function usedBeforeOpeningFindings(context: RuleContext): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const dates = datesBySentence(context);
  for (const opening of openings(context)) {
    for (const use of uses(context, opening)) {
      const sentence = context.sentences[use.sentence]!;
      // `gave their first performance on its stage in 1909, …, and have staged one every year since 1946`: the date nearest the use dates it.
      const date = nearest(dates.get(use.sentence) ?? [], (claim) => distance(sentence.fromSource(claim.position.start.offset), sentence.fromSource(claim.position.end.offset), use));
      if (!date?.sure || !before(date.point, opening.point) || !plainUse(context, use.sentence, opening)) continue;
      // `Founded in 1883, the club … plays its home matches at Forge Lane`: a present-tense clause between them tells today, not the date.
      const [from, to] = [Math.min(sentence.fromSource(date.claim.position.end.offset), use.start), Math.max(sentence.fromSource(date.claim.position.start.offset), use.end)];
      if (tokensOf(context, use.sentence).some((token) => token.start >= from && token.end <= to && presentTense(token))) continue;
      const quote = context.quote(context.sentences[use.sentence]!.toSource(use.start), context.sentences[use.sentence]!.toSource(use.end, true), 'use');
      findings.push({
        message: `\`${opening.name}\` is used (\`${quote.quote}\`) in \`${date.claim.text}\`, before it ${openingVerb(opening.event)} in \`${describe(opening.point, opening.claim)}\``,
        evidence: [context.evidence(opening.claim, 'opening date'), context.evidence(opening.event, 'opening'), context.evidence(date.claim, 'earlier date'), quote],
        reasoning: [`'${opening.event.text}' dates its coming into use ${opening.point.timex}`, `the sentence that uses it is dated ${date.point.timex}, which is earlier`],
        ...(opening.entity ? { entity: opening.entity } : {}),
        hedged: hedged([opening.event]),
        severity: 'warning',
      });
      break;
    }
  }
  return findings;
}

/** How many characters lie between a span and the use. */
function distance(start: number, end: number, use: Use): number {
  return Math.max(0, start - use.end, use.start - end);
}

function nearest<Item extends { claim: DateClaim }>(items: readonly Item[], away: (claim: DateClaim) => number): Item | undefined {
  let best: Item | undefined;
  for (const item of items) if (!best || away(item.claim) < away(best.claim)) best = item;
  return best;
}

function openingVerb(event: EventClaim): string {
  if (event.value.type === 'construction') return 'was completed';
  return event.value.predicate === 'install' ? 'was installed' : 'opened';
}

/** The earliest opening, completion or installation of each place or thing the article dates. */
function openings(context: RuleContext): Opening[] {
  const found = new Map<string, Opening>();
  const repeated = new Set<string>();
  for (const event of context.events) {
    const { type, aspect } = event.value;
    if (!(type === 'opening' || (type === 'construction' && aspect === 'end')) || !usable(event) || event.value.datePart) continue;
    const argument = aboutArgument(event);
    const date = whenOf(context, event).date;
    if (!argument || !date || date.claim.value.granularity === 'range') continue;
    // `The new castle was completed in 1856`: a new one replaced another, which was in use before it.
    if (argument.text.toLowerCase().split(/\s+/u).some((word) => word === 'new' || otherThingWords.has(word))) continue;
    const named = context.entity(argument.entity);
    const entity = named && ['place', 'organization'].includes(named.type) && openingHeads.has(named.canonical.toLowerCase().split(/\s+/u).at(-1) ?? '') && surely(context, event, argument) ? named.id : null;
    const words = entity ? [] : nounPhrase(argument.text);
    const head = words.at(-1) ?? null;
    // `the Mets opened their season`: a thing someone opens may be a season or a campaign; a place opens, or is opened.
    if (!entity && (argument.form !== 'nominal' || !head || (event.value.voice === 'active' && event.value.agent))) continue;
    const key = entity ?? `noun:${head}`;
    // `reopened`, `rebuilt`: a place that opened twice was in use between.
    if (tokensOf(context, event.sentence).some((token) => repeatCues.has(token.lower))) repeated.add(key);
    const known = found.get(key);
    // The prose's own words are cited before an infobox field that gives the same day.
    if (known && !before(date.point, known.point) && !(known.event.value.source === 'infobox' && event.value.source !== 'infobox' && !before(known.point, date.point))) continue;
    found.set(key, { event, ...date, entity, head: entity ? null : head, modifiers: words.slice(0, -1), name: entity ? (context.entity(entity)?.canonical ?? argument.text) : argument.text.replace(/^(?:the|a|an)\s+/iu, '') });
  }
  return [...found].filter(([key, opening]) => !repeated.has(key) && !(opening.head && otherOfKind(context, opening.head))).map(([, opening]) => opening);
}

/** Whether the opening is surely the entity's: named there, an infobox's subject, or a pronoun or noun the resolver is sure of. */
function surely(context: RuleContext, event: EventClaim, argument: EventArgument): boolean {
  if (argument.form === 'name') return true;
  if (argument.form === 'subject') return event.value.source === 'infobox';
  return trusted(context, event, argument);
}

/** The content words of a noun phrase, lower case, the determiner and `new` left out. */
function nounPhrase(text: string): string[] {
  return text.toLowerCase().split(/\s+/u).filter((word) => word !== '' && !determiners.has(word) && !['a', 'an', 'new'].includes(word));
}

/** `the old dock`, `the original hall`: the article tells of another thing of the kind, so `the dock` may be that one. */
function otherOfKind(context: RuleContext, head: string): boolean {
  return context.tokens.some((tokens) => tokens.some((token, index) => token.lemma === head && tokens.slice(Math.max(0, index - 3), index).some((before) => otherThingWords.has(before.lower))));
}

/** Where sentences other than the opening's use the place: after a preposition of place or use. */
function uses(context: RuleContext, opening: Opening): Use[] {
  const found: Use[] = [];
  if (opening.entity) {
    // `the theatre`, `Victoria Dock`, not `Lund` for Lund University: a name or a noun holding the name's head word is the place itself.
    const headWord = (context.entity(opening.entity)?.canonical ?? '').toLowerCase().split(/\s+/u).at(-1) ?? '';
    for (const mention of context.mentions) {
      if (mention.entity !== opening.entity || mention.sentence === opening.event.sentence || mention.form === 'relative') continue;
      if (mention.form !== 'pronoun' && mention.text.toLowerCase().split(/\s+/u).at(-1) !== headWord) continue;
      const sentence = context.sentences[mention.sentence];
      if (!sentence) continue;
      const tokens = tokensOf(context, mention.sentence);
      const start = sentence.fromSource(mention.position.start.offset);
      const index = tokens.findIndex((token) => token.start === start);
      if (index < 0) continue;
      // `on its stage`: a possessive speaks of the place through a part of it.
      const end = mention.form === 'pronoun' ? (tokens[index + 1]?.pos === 'NOUN' && tokens[index]!.lower === 'its' ? tokens[index + 1]!.end : -1) : sentence.fromSource(mention.position.end.offset);
      const preposition = usedAfter(tokens, index, mention.form !== 'pronoun');
      if (end > 0 && preposition !== undefined) found.push({ sentence: mention.sentence, start: tokens[preposition]!.start, end });
    }
    return found;
  }
  const kinds = qualifiersOf(context, opening.head ?? '');
  context.tokens.forEach((tokens, sentence) => {
    if (sentence === opening.event.sentence) return;
    tokens.forEach((token, index) => {
      if (token.lemma !== opening.head || token.pos !== 'NOUN') return;
      const start = phraseStart(tokens, index);
      if (!determiners.has(tokens[start]?.lower ?? '')) return;
      const modifier = modifierOf(tokens, index);
      if (tokens.slice(start, index).some((word) => otherThingWords.has(word.lower))) return;
      // `the north wing` beside `the south wing`: where the article qualifies the noun in several ways, only the same qualifier is the same thing.
      if (kinds.size > 1 && modifier !== opening.modifiers.at(-1)) return;
      const preposition = prepositions.has(tokens[start - 1]?.lower ?? '') ? start - 1 : undefined;
      // `two laps of the velodrome track`: the thing's noun before another is a part of it.
      const partOf = tokens[index + 1]?.pos === 'NOUN' ? index + 1 : index;
      if (preposition !== undefined) found.push({ sentence, start: tokens[preposition]!.start, end: tokens[partOf]!.end });
    });
  });
  return found;
}

/** The first word of the noun phrase ending at `index`: back over adjectives, numbers, nouns and a possessor. */
function phraseStart(tokens: readonly Token[], index: number): number {
  let start = index;
  while (start > 0 && index - start < 5) {
    const previous = tokens[start - 1]!;
    if (determiners.has(previous.lower)) return start - 1;
    if (!(['ADJ', 'NUM', 'NOUN', 'PROPN', 'PART'].includes(previous.pos) || previous.text === '-') || prepositions.has(previous.lower)) break;
    start -= 1;
  }
  return start;
}

/** The preposition before the phrase that holds the mention at `index` (`in the new Victoria Dock`, `on its stage`), if any. */
function usedAfter(tokens: readonly Token[], index: number, phrase: boolean): number | undefined {
  const start = phrase ? phraseStart(tokens, index) : index;
  if (phrase && tokens.slice(start, index).some((word) => otherThingWords.has(word.lower))) return undefined;
  return prepositions.has(tokens[start - 1]?.lower ?? '') ? start - 1 : undefined;
}

/** Whether the sentence tells a plain use: no making, planning, waiting, modal or negation in it. */
function plainUse(context: RuleContext, sentence: number, opening: Opening): boolean {
  // `The hall, completed in 1890, …`: the sentence tells of its making.
  if (context.events.some((event) => event.sentence === sentence && ['opening', 'construction', 'founding', 'closure'].includes(event.value.type) && sameThing(event, opening))) return false;
  const tokens = tokensOf(context, sentence);
  // `until the dock opened`, `before its completion`; not `before an audience of nine hundred`.
  const waiting = (index: number): boolean => beforeOpeningWords.has(tokens[index]!.lower) && (tokens[index]!.pos === 'SCONJ' || tokens.slice(index + 1, index + 6).some((next) => next.pos === 'VERB' || next.pos === 'AUX' || makingNouns.has(next.lemma)));
  return !tokens.some((token, index) => waiting(index) || token.negated || preparationWords.has(token.lemma) || planningVerbs.has(token.lemma) || datingVerbs.has(token.lemma) || intentionNouns.has(token.lemma) || makingNouns.has(token.lemma) || otherThingWords.has(token.lower) || (token.pos === 'AUX' && modalAuxiliaries.has(token.lower)));
}

/** Whether an event is about the opened place or thing: its entity, or a noun with its head. */
function sameThing(event: EventClaim, opening: Opening): boolean {
  const argument = aboutArgument(event);
  if (!argument) return true;
  if (opening.entity) return argument.entity === opening.entity || argument.entity === null;
  return nounPhrase(argument.text).at(-1) === opening.head;
}

/** A finite verb in the present tense: `is`, `are`, `has`, `plays`. */
function presentTense(token: Token): boolean {
  if (token.pos !== 'VERB' && token.pos !== 'AUX') return false;
  return ['is', 'are', 'has', 'have', 'am'].includes(token.lower) || (token.lower !== token.lemma && (token.lower === `${token.lemma}s` || token.lower === `${token.lemma}es`));
}

function tokensOf(context: RuleContext, sentence: number): readonly Token[] {
  return context.tokens[sentence] ?? [];
}

/** Each sentence's dates as points, and whether the article itself fixes them (not a year taken from context). */
function datesBySentence(context: RuleContext): Map<number, Array<{ claim: DateClaim; point: DatePoint; sure: boolean }>> {
  const bySentence = new Map<number, Array<{ claim: DateClaim; point: DatePoint; sure: boolean }>>();
  for (const claim of context.claimsOf('date')) {
    const point = pointOf(claim, undefined);
    if (!point) continue;
    bySentence.set(claim.sentence, [...(bySentence.get(claim.sentence) ?? []), { claim, point, sure: reliable(claim, (id) => context.claim(id)) }]);
  }
  return bySentence;
}
