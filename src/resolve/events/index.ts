import type { Frame, FrameArgument } from '../../extract/frames/index.js';
import { eventNoun, eventType } from '../../lexicon/events.js';
import { allegedCue, fictionalCue, fictionalFrame, plannedCue, reportedAfterCue, reportedCue, selfDescribedCue } from '../../lexicon/cues.js';
import type { Claim, EventArgument, EventClaim, EventValue, Modality } from '../../schema/claims.js';
import type { Entity, Mention } from '../../schema/entities.js';
import type { ArticleSentence } from '../../segment/index.js';
import { mentionIndex } from '../mentions.js';
import { indexOfRun, nameKey, nameWords } from '../name-keys.js';
import { shipName } from '../../lexicon/organizations.js';
import { HONORIFICS } from '../../extract/names/lexicon.js';
import { bearerOfOtherYear, laterBearerOpening } from '../namesakes.js';
import type { ResolvedArticle, Resolver } from '../types.js';
import { citationKeysFor } from '../../segment/index.js';
import { linkAges } from './ages.js';

import { compatible, pointOf } from './when.js';

// Built once: esbuild writes a `\p{…}` literal as `new RegExp(…)`, which inside a function is made again at each call.
const capitalisedName = /^(?:the\s+)?\p{Lu}/u;
const asWord = /\bas\s+(?:an?\s+|the\s+)?(\p{L}+)/iu;
const capitalAfterFirstWord = /\s\p{Lu}/u;

export { eventWhen, pointOf, compatible, before, type EventWhen } from './when.js';

/**
 * Turns every clause frame into an event claim: its agent and patient
 * resolved to entities through the article's mentions (a name, a pronoun,
 * `the company`, `his father`, an infobox line's subject), the participant
 * the registry says the event is about as its `subject`, its dates read as a
 * point or a state's start and end, and its modality. Ages are tied to their
 * person and date on the way.
 */
export const eventResolver: Resolver = {
  name: 'events',
  resolve(resolved) {
    const mentionAt = mentionIndex(resolved.mentions);
    const subject = resolved.entities.find((entity) => entity.isSubject) ?? null;
    const entities = new Map(resolved.entities.map((entity) => [entity.id, entity]));
    const claims = new Map(resolved.claims.map((claim) => [claim.id, claim]));
    const events: EventClaim[] = [];
    // The last event of each stateful type that named its participants: `the alliance` told later is that one.
    const lastTold = new Map<string, { sentence: number; agent: EventArgument | null; patient: EventArgument | null }>();
    for (const { sentence: index, frames } of resolved.frames) {
      const sentence = resolved.article.sentences[index] as ArticleSentence;
      for (const frame of frames) {
        const argument = (value: FrameArgument | null): EventArgument | null => (value ? resolveArgument(resolved, sentence, value, mentionAt, claims, entities, subject) : null);
        let agent = argument(frame.agent);
        let patient = argument(frame.patient);
        const couple = eventType(frame.type).reciprocal ? coupleBefore(events, index, agent, patient, entities) : undefined;
        if (couple && agent && !patient) agent = couple.lone;
        if (couple && patient && !agent) patient = couple.lone;
        if (eventType(frame.type).reciprocal && agent && patient) agent = otherBearer(resolved, agent, patient);
        // `His first opera was premiered in 1843`: with no one named as its maker, the work's owner made it.
        if (eventType(frame.type).ownerMakes && !agent && frame.patient?.owner) agent = personOrNull(argument(frame.patient.owner), entities);
        if (!fitsKinds(frame, agent, patient, entities)) continue;
        const stateful = eventType(frame.type).stateful && frame.type !== 'office' && frame.type !== 'occurrence';
        const earlier = stateful && !agent && !patient ? lastTold.get(frame.type) : undefined;
        if (earlier && index - earlier.sentence <= anaphoraSentences) ({ agent, patient } = earlier);
        else if (stateful && (agent || patient)) lastTold.set(frame.type, { sentence: index, agent, patient });
        const event = toEvent(resolved, sentence, frame, agent, patient, couple);
        events.push(event, ...datedAgain(event, frame, resolved.article.text, resolved.claims));
      }
    }
    const kept = withoutTermsAsLives(events, claims);
    const ages = linkAges(resolved, kept);
    const merged = resolved.claims.map((claim) => ages.get(claim.id) ?? claim);
    return { ...resolved, claims: mergeByPosition(merged, numbered(kept)) };
  },
};

/**
 * Whether the participants are of the kinds the registry allows: only a
 * person is born or marries; what `occurred` is an event, never a person, an
 * organization or a place. A participant whose entity is unknown passes.
 */
function fitsKinds(frame: Frame, agent: EventArgument | null, patient: EventArgument | null, entities: ReadonlyMap<string, Entity>): boolean {
  const kinds = eventType(frame.type).kinds;
  if (!kinds) return true;
  // `Byron's other children were born out of wedlock`: a plural noun is a class, not the one person the type allows.
  const onePerson = (allowed: ReadonlyArray<string> | undefined): boolean => allowed?.length === 1 && allowed[0] === 'person';
  if ((onePerson(kinds.patient) && plural(frame.patient)) || (onePerson(kinds.agent) && plural(frame.agent))) return false;
  const fits = (argument: EventArgument | null, allowed: ReadonlyArray<string> | undefined): boolean => {
    if (!argument || !allowed) return true;
    const entity = argument.entity ? entities.get(argument.entity) : undefined;
    if (entity) return allowed.includes(entity.type);
    // A personal pronoun names a person; `it` does not.
    if (argument.form === 'pronoun' && allowed.length === 1 && allowed[0] === 'person') return !/^(?:it|its|itself)$/i.test(argument.text);
    return true;
  };
  return fits(agent, kinds.agent) && fits(patient, kinds.patient);
}

/** The two people a reciprocal `they` stands for: the pronoun resolved to the first, and the second. */
interface Couple {
  lone: EventArgument;
  partner: EventArgument;
}

/**
 * `He met Ballard Fish … They were married in 1951`: a reciprocal event whose
 * one participant is a `they` that names no person is between the two people the
 * nearest earlier event of this or the previous sentence joined.
 */
function coupleBefore(events: readonly EventClaim[], sentence: number, agent: EventArgument | null, patient: EventArgument | null, entities: ReadonlyMap<string, Entity>): Couple | undefined {
  const lone = agent && !patient ? agent : patient && !agent ? patient : null;
  const person = (argument: EventArgument | null): argument is EventArgument => personOrNull(argument, entities) !== null;
  // A `they` the mentions tied to a group cannot marry: only people do.
  if (!lone || personOrNull(lone, entities) || lone.form !== 'pronoun' || !/^(?:they|them)$/i.test(lone.text)) return undefined;
  for (let at = events.length - 1; at >= 0; at--) {
    const event = events[at] as EventClaim;
    if (event.sentence < sentence - 1) return undefined;
    const { agent: first, patient: second } = event.value;
    // The pronoun stands for the first of them, as surely as they were named; the second is the event's other participant, unwritten in this clause.
    if (person(first) && person(second) && first.entity !== second.entity) return { lone: { ...lone, entity: first.entity, strategy: 'reciprocal-pair', ...(first.resolution ? { resolution: first.resolution } : {}) }, partner: second };
  }
  return undefined;
}

/**
 * `Alice Skinner Ochs, Ochs's wife`: no one marries themselves, so a surname
 * resolved to the other partner names another bearer of it — the article's
 * subject first, else the one other bearer there is.
 */
function otherBearer(resolved: ResolvedArticle, agent: EventArgument, patient: EventArgument): EventArgument {
  if (!agent.entity || agent.entity !== patient.entity || agent.form !== 'name') return agent;
  const words = nameWords(agent.text);
  const bearers = resolved.entities.filter((entity) => entity.id !== agent.entity && entity.type === 'person' && indexOfRun(nameWords(entity.canonical), words) >= 0);
  const chosen = bearers.find((entity) => entity.isSubject) ?? (bearers.length === 1 ? bearers[0] : undefined);
  return chosen ? { ...agent, entity: chosen.id, resolution: 'other-bearer' } : { ...agent, entity: null, resolution: 'unresolved' };
}

/** The argument when it resolved to a person; a work owned by a company or a place has no maker here. */
function personOrNull(argument: EventArgument | null, entities: ReadonlyMap<string, Entity>): EventArgument | null {
  return argument?.entity && entities.get(argument.entity)?.type === 'person' ? argument : null;
}

/** A noun phrase whose head is written in the plural: its last word is not its lemma (`children`, `sons`). */
function plural(argument: FrameArgument | null): boolean {
  if (!argument || argument.form !== 'nominal' || !argument.head) return false;
  const last = argument.text.toLowerCase().split(/\s+/).pop() ?? '';
  return last !== argument.head && (last.endsWith('s') || last.endsWith('en'));
}

function resolveArgument(
  resolved: ResolvedArticle,
  sentence: ArticleSentence,
  argument: FrameArgument,
  mentionAt: (start: number, end?: number) => Mention | undefined,
  claims: ReadonlyMap<string, Claim>,
  entities: ReadonlyMap<string, Entity>,
  subject: Entity | null,
): EventArgument {
  // A table row's first cell, named in another sentence: the entity that bears the name.
  if (argument.strategy === 'row-head') {
    // `| Professor Helen Morrow | 1985 | 1996 |`: a title before the name is not part of it.
    const named = entityNamed(resolved, argument.text) ?? entityNamed(resolved, withoutHonorifics(argument.text));
    return { text: argument.text, entity: named?.id ?? null, form: argument.form, strategy: argument.strategy, resolution: named ? 'name' : 'unresolved' };
  }
  if (argument.form === 'subject' || argument.start === undefined || argument.end === undefined) {
    return { text: argument.text, entity: subject?.id ?? null, form: argument.form, strategy: argument.strategy, resolution: 'article-subject' };
  }
  const start = sentence.toSource(argument.start);
  const end = sentence.toSource(argument.end, true);
  const position = resolved.article.locator.position(start, end);
  // The quote is the source's own slice, markup and all, so that it always equals its position.
  const base = { text: resolved.article.text.slice(start, end), position, form: argument.form, strategy: argument.strategy };
  const claim = argument.claim ? claims.get(argument.claim) : undefined;
  // `launched Labatt 50`, `built the Boeing 747`: a maker's name with a number after it names a product, not the maker.
  if (claim && modelNumberAfter.test(resolved.article.text.slice(claim.position.end.offset, end))) return { ...base, entity: null, resolution: 'unresolved' };
  if (claim && (claim.kind === 'person' || claim.kind === 'organization' || claim.kind === 'place')) {
    // `His son, also the Rev. Thomas Aske,`: the mention resolver told the namesake relative from the bearer.
    const namesake = mentionAt(claim.position.start.offset, claim.position.end.offset);
    if (namesake?.form === 'name' && namesake.strategy === 'kin' && namesake.entity) return { ...base, entity: namesake.entity, resolution: 'kin' };
    return { ...base, entity: claim.value.entity ?? null, resolution: 'name' };
  }
  // `launched its Pilsener Lager`: a name after a possessive is the owner's thing, not the owner the possessive names.
  // `the second Caldera Star, a motor vessel, was completed in 1931`: a later bearer of a name is not its first.
  if (argument.form === 'name' && (possessiveOpening.test(base.text) || laterBearerOpening.test(base.text) || bearerOfOtherYear(resolved.article.text, end, resolved.article.title))) return { ...base, entity: null, resolution: 'unresolved' };
  // A name the name extractor did not claim (`the Treaty of Valmora`): the entity that bears it, or the article's subject by its title.
  if (argument.form === 'name') {
    const named = entityNamed(resolved, argument.text);
    if (named) return { ...base, entity: named.id, resolution: 'name' };
  }
  // A pronoun or nominal: the mention at its first word (`his father` starts at `his`), else at its head.
  // A nominal with an owner (`Beatty's grandfather`): its own mention, never the owner's at the same start.
  // `its second congress`, `Olsen's former coach` open with a mention of their owner, not of the congress or the coach.
  const owns = (found: Mention | undefined): boolean => found !== undefined && argument.form === 'nominal' && found.position.end.offset < end && /^['’]s\b|^\s/u.test(resolved.article.text.slice(found.position.end.offset, found.position.end.offset + 2)) && found.form !== 'relative';
  const exact = mentionAt(start, end);
  const atStart = argument.owner ? undefined : mentionAt(start);
  const mention = (owns(exact) ? undefined : exact) ?? (owns(atStart) ? undefined : atStart) ?? mentionAt(sentence.toSource(Math.max(argument.start, argument.end - (argument.head?.length ?? 0))));
  if (mention && mention.entity && entities.has(mention.entity)) return { ...base, entity: mention.entity, resolution: mention.strategy };
  return { ...base, entity: null, resolution: 'unresolved' };
}

// A number right after a name inside one argument: `Labatt 50`, `Boeing 747`.
const modelNumberAfter = /^\s\p{N}/u;

// A possessive determiner opening a name phrase: `its Pilsener Lager`, `their Blue Jays`.
const possessiveOpening = /^(?:its|his|her|their|our)\s/iu;

// How far back `the alliance`, `the partnership` reach for the one last told.
const anaphoraSentences = 6;

const eventTitles = new WeakMap<ResolvedArticle['article'], string | undefined>();

/** The article's title when the article is about an event (`Santa Rosa attack`, `Battle of Adwa`), by its head noun. */
function eventTitleOf(resolved: ResolvedArticle): string | undefined {
  if (eventTitles.has(resolved.article)) return eventTitles.get(resolved.article);
  const title = resolved.article.title ?? '';
  const words = title.toLowerCase().split(/[\s,()]+/).filter(Boolean);
  const event = words.some((word) => eventNoun(word).some((type) => type === 'attack' || type === 'occurrence' || type === 'casualties'));
  const found = event ? title : undefined;
  eventTitles.set(resolved.article, found);
  return found;
}

/** A name without the titles written before it: `Helen Morrow` for `Professor Helen Morrow`, `Robert Heald` for `Sir Robert Heald`. */
function withoutHonorifics(text: string): string {
  const words = text.trim().split(/\s+/u);
  let first = 0;
  while (first < words.length - 1 && HONORIFICS.has(words[first] as string)) first++;
  return words.slice(first).join(' ');
}

function entityNamed(resolved: ResolvedArticle, text: string): Entity | undefined {
  const key = nameKey(text);
  if (key === '') return undefined;
  const found = entitiesByNameKey(resolved).get(key) ?? [];
  if (found.length === 1) return found[0];
  const title = resolved.article.title;
  return found.length === 0 && title !== null && nameKey(title) === key ? resolved.entities.find((entity) => entity.isSubject) : undefined;
}

const nameIndexes = new WeakMap<ResolvedArticle, Map<string, Entity[]>>();

/**
 * The entities of an article by the name key of their canonical name and of
 * each alias, in entity order, built once: keying every entity's names again
 * for each argument made a 600 KB article spend seconds in `nameKey`.
 */
function entitiesByNameKey(resolved: ResolvedArticle): Map<string, Entity[]> {
  const known = nameIndexes.get(resolved);
  if (known) return known;
  const index = new Map<string, Entity[]>();
  for (const entity of resolved.entities) {
    // `Caledonia was launched` in the article on SS Caledonia: a ship by its own name.
    const ship = entity.type === 'organization' ? shipName(entity.canonical) : null;
    for (const key of new Set([nameKey(entity.canonical), ...entity.aliases.map((alias) => nameKey(alias.name)), ...(ship ? [nameKey(ship)] : [])])) {
      const list = index.get(key) ?? [];
      list.push(entity);
      index.set(key, list);
    }
  }
  nameIndexes.set(resolved, index);
  return index;
}

function toEvent(resolved: ResolvedArticle, sentence: ArticleSentence, frame: Frame, agent: EventArgument | null, given: EventArgument | null, couple?: Couple): EventClaim {
  const definition = eventType(frame.type);
  let patient = given;
  // `The population was 2,480 at the 2010 census`: a population no phrase owns is the article's subject's.
  if (frame.type === 'size' && frame.measure === 'population' && !agent) {
    const subject = resolved.entities.find((entity) => entity.isSubject);
    if (subject) agent = { text: resolved.article.title ?? subject.canonical, entity: subject.id, form: 'subject', strategy: 'infobox', resolution: 'article-subject' };
  }
  patient = patient ?? null;
  const about = couple?.lone ?? (definition.about === 'agent' ? agent : patient);
  const other = couple?.partner ?? (definition.about === 'agent' ? patient : agent);
  const [from, to] = visibleSpan(sentence, resolved.article.text, frame);
  const start = sentence.toSource(from);
  const end = sentence.toSource(Math.max(from + 1, to), true);
  // A state told as a point (`the session was held`) is dated as a point, whatever its type.
  const dates = datesOf(frame, definition.stateful && frame.aspect !== 'point');
  // An infobox value's qualifier (`Allies: (self-claim), X, Y`) holds for every item of the value, wherever the item's trigger is.
  const modality: Modality = frame.negated ? 'negated' : frame.planned ? 'planned' : modalityAt(sentence.plain, frame.source === 'infobox' ? sentence.plain.length : frame.trigger[0]);
  const reportedBy = modality === 'reported' ? reporter(sentence.plain, frame.trigger[0]) : undefined;
  const measure = measureOf(frame);
  const name = nameOf(frame, shown(frame.patient, patient), shown(frame.agent, agent), eventTitleOf(resolved));
  const value: EventValue = {
    type: frame.type as EventValue['type'],
    predicate: frame.predicate,
    voice: frame.voice,
    agent,
    patient,
    subject: about?.entity ?? null,
    subjectText: about?.text ?? null,
    object: other?.entity ?? null,
    objectText: other?.text ?? null,
    ...(frame.role ? { role: frame.role } : {}),
    ...(heldOver(frame, definition.stateful) ? { aspect: 'state' as const } : frame.aspect ? { aspect: frame.aspect } : {}),
    ...dates,
    ...(frame.figures.length > 0 ? { figures: frame.figures.map((claim) => claim.id) } : {}),
    ...(measure ? { measure } : {}),
    ...(frame.unit ? { unit: frame.unit } : {}),
    ...(frame.place ? { place: frame.place.id } : {}),
    ...(name ? { name } : {}),
    ...(frame.tense ? { tense: frame.tense } : {}),
    source: frame.source,
    repeated: frame.repeated,
    modality,
    ...(reportedBy ? { reportedBy } : {}),
    rests: [...new Set([...frame.dates.map((date) => date.claim.id), ...frame.figures.map((claim) => claim.id), ...(frame.place ? [frame.place.id] : [])])],
    // An infobox line is triggered by its key (`Founded`), not by its value.
    trigger: frame.source === 'infobox' && sentence.infoboxKey !== undefined ? sentence.infoboxKey : sentence.plain.slice(frame.trigger[0], frame.trigger[1]),
  };
  return {
    id: '',
    kind: 'event',
    text: resolved.article.text.slice(start, end),
    position: resolved.article.locator.position(start, end),
    sentence: sentence.index,
    sectionPath: sentence.sectionPath,
    where: sentence.where,
    extractor: `frame:${frame.voice}`,
    // The citations placed after the clause's end support it (a claim takes the markers of its own clause).
    citations: citationKeysFor(sentence, resolved.article.text, end),
    value,
  };
}

/**
 * A participant as the reader sees it: the frame's plain words, not the
 * source slice (`[[Battle of York]]`), for what is built from its words (an
 * event's name). The quote and position stay the source's.
 */
function shown(argument: FrameArgument | null, resolved: EventArgument | null): EventArgument | null {
  return argument && resolved ? { ...resolved, text: argument.text } : resolved;
}

// An HTML tag or comment in the source: the reader sees none of it.
const hiddenTag = /<\/?[A-Za-z][^<>]*>|<!--/;

// Template and link syntax left in the readable text by broken markup (`|work=Statista}}`): residue, not prose.
const residue = /[|{}[\]]/;

/**
 * The frame's clause, cut so that its quote spans no markup the reader does
 * not read as prose: a clause runs to its end (`founded in 1990 by John Smith
 * <script>…</script> & friends`), but an HTML tag or comment inside it is no
 * part of what the reader reads, and template syntax left by broken markup
 * (`– UK Statistics |work=Statista}}`) is no part of the sentence; the quote
 * stops at the last word before either (or starts after it), keeping the
 * trigger and the participants.
 */
function visibleSpan(sentence: ArticleSentence, text: string, frame: Frame): [number, number] {
  const [from, to] = frame.span;
  const plain = sentence.plain;
  const core = [frame.trigger, ...[frame.agent, frame.patient].flatMap((argument) => (argument?.start !== undefined && argument.end !== undefined ? [[argument.start, argument.end] as const] : []))];
  const coreFrom = Math.max(from, Math.min(...core.map(([start]) => start)));
  const coreTo = Math.min(to, Math.max(...core.map(([, end]) => end)));
  // Whether the reader's text breaks between plain characters `at` and `at + 1`.
  const breaksAfter = (at: number): boolean => {
    if (residue.test(plain.charAt(at)) || residue.test(plain.charAt(at + 1))) return true;
    const sourceEnd = sentence.toSource(at + 1, true);
    const next = sentence.toSource(at + 1);
    return next > sourceEnd && hiddenTag.test(text.slice(sourceEnd, next));
  };
  let end = to;
  for (let at = coreTo - 1; at < to - 1; at++) {
    if (breaksAfter(at)) {
      end = at + 1;
      break;
    }
  }
  let start = from;
  for (let at = coreFrom - 1; at >= from; at--) {
    if (breaksAfter(at)) {
      start = at + 1;
      break;
    }
  }
  // No residue, spaces or dangling punctuation where the cut fell.
  while (end > start && /[\s|{}[\]]/.test(plain.charAt(end - 1))) end--;
  while (start < end && /[\s|{}[\]]/.test(plain.charAt(start))) start++;
  return [start, end];
}

/**
 * `since April 25, 2011, when the third session was held in 2013`: a point
 * event whose clause gives it a second date that cannot be the first is the
 * event told twice, so each date becomes its own statement of the event and
 * the rules compare them like any two clauses.
 */
function datedAgain(event: EventClaim, frame: Frame, text: string, claims: readonly Claim[]): EventClaim[] {
  const first = event.value.date;
  // A state's dates are its start and end; a state told as a point (`was held`) is dated like any point event.
  // An act's other dates are those of what it came after or before (`severed its ties after his capture in 1992`).
  if (first === undefined || frame.type === 'act' || (eventType(frame.type).stateful && frame.aspect !== 'point')) return [];
  const firstClaim = frame.dates.find((date) => date.claim.id === first);
  const firstPoint = firstClaim?.claim.kind === 'date' ? pointOf(firstClaim.claim, event.value.datePart) : undefined;
  if (!firstPoint) return [];
  const again: EventClaim[] = [];
  let previous: Claim | undefined;
  for (const { claim, part } of frame.dates) {
    const before = previous;
    previous = claim;
    if (claim.id === first || claim.kind !== 'date') continue;
    // `to subscribers in 1846 and to the general public on Sundays from 1851`: done again and again from a date on.
    if (claim.value.relation === 'since' && claim.value.to === null) continue;
    // `received the Hughes Medal in 1921, the Matteucci Medal in 1923`: a name between two dates is the later one's
    // object — another event, not this one told again; when the event is about that object, it is not this event's.
    const otherObject = before ? objectBetween(before, claim, text) : undefined;
    if (otherObject !== undefined && eventType(frame.type).about === 'patient') continue;
    const point = pointOf(claim, part);
    if (!point || compatible(point, firstPoint) || (firstClaim && coordinated(firstClaim.claim, claim, text))) continue;
    // `a population of 17,980, up from 16,700 in 2011`: a count's other date dates the count written before it, if any.
    const figure = event.value.figures ? countBefore(claims, claim, text) : undefined;
    if (event.value.figures && (!figure || event.value.figures.includes(figure.id))) continue;
    const { datePart: _firstPart, start: _start, end: _end, ...rest } = event.value;
    // `incorporated as a village in 1912 and as a town in 1958`: the second date has a standing of its own.
    const standing = firstClaim ? standingBetween(firstClaim.claim, claim, text) : undefined;
    again.push({
      ...event,
      value: {
        ...rest,
        date: claim.id,
        ...(figure ? { figures: [figure.id] } : {}),
        ...(standing ? { role: standing } : {}),
        ...(part && claim.value.granularity === 'range' ? { datePart: part } : {}),
        ...(otherObject === undefined ? {} : { object: null, objectText: otherObject }),
      },
    });
  }
  return again;
}

const countKinds: ReadonlySet<Claim['kind']> = new Set(['quantity', 'money']);

/** The count that ends right before a date, a preposition apart (`16,700 in 2011`); claims are in text order. */
function countBefore(claims: readonly Claim[], date: Claim, text: string): Claim | undefined {
  const at = date.position.start.offset;
  let low = 0;
  let high = claims.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((claims[middle] as Claim).position.start.offset < at) low = middle + 1;
    else high = middle;
  }
  for (let index = low - 1; index >= 0 && index >= low - 4; index--) {
    const claim = claims[index] as Claim;
    if (!countKinds.has(claim.kind) || claim.position.end.offset > at) continue;
    return /^\s*(?:in|by|at|as of)\s+$/i.test(text.slice(claim.position.end.offset, at)) ? claim : undefined;
  }
  return undefined;
}

/** `the Hughes Medal in 1921, the Matteucci Medal in 1923`: the name that stands between two dates of one clause, before `in` or `on`. */
function objectBetween(previous: Claim, claim: Claim, text: string): string | undefined {
  if (claim.position.start.offset < previous.position.end.offset) return undefined;
  const between = text.slice(previous.position.end.offset, claim.position.start.offset);
  if (between.length > 120 || !/\s(?:in|on)\s*$/.test(between) || !/,|\band\s/.test(between)) return undefined;
  // The last item of the series: `…, the Atoms for Peace Award in 1957 and the Sonning Prize in` → `the Sonning Prize`.
  const words = (between.split(/,|\band\s/).pop() ?? '').trim().slice(0, -2).trimEnd();
  return capitalisedName.test(words) && !/[;()\d]/.test(words) ? words : undefined;
}

/** The noun of an `and as a …` phrase between two dates of one clause: `in 1912 and as a town in 1958` → `town`. */
function standingBetween(a: Claim, b: Claim, text: string): string | undefined {
  if (b.position.start.offset < a.position.end.offset) return undefined;
  const between = text.slice(a.position.end.offset, b.position.start.offset);
  return between.length <= 80 && /\band\s+as\s/i.test(between) ? standingAs(between) : undefined;
}

/** The standing an `as` phrase names: `as the City of Toronto` → `city`, `as a town` → `town`. */
export function standingAs(text: string): string | undefined {
  return asWord.exec(text)?.[1]?.toLowerCase();
}

/** `in the 18th, 19th and early 20th centuries`, `around 1349 or 1359`: dates listed side by side are a span or a choice, not two tellings. */
function coordinated(a: Claim, b: Claim, text: string): boolean {
  const [first, second] = a.position.start.offset <= b.position.start.offset ? [a, b] : [b, a];
  const between = text.slice(first.position.end.offset, second.position.start.offset);
  return between.length <= 8 && listJoiners.has(between.toLowerCase().replace(/\s+/g, ' ').replace(/ ,/g, ',').trim());
}

const listJoiners: ReadonlySet<string> = new Set(['', ',', 'and', 'or', 'to', ', and', ', or', ', to', '–', '-']);

/**
 * Reads a frame's dates into the event's fields: a state's `from … to …`
 * range gives its start and end; `since D` a start, `until D` an end; a part
 * named by the reader (`until his death in D`, a life span's birth) is kept;
 * anything else is the event's date, read by its aspect.
 */
/**
 * `of whom the longest-serving were Edmund Crane (1866–1911)`, after `became
 * its editor in 1866`: a bracketed span after a name that opens the year the
 * article says the person took up a post is the post's term, not a life; its
 * birth and death go.
 */
function withoutTermsAsLives(events: readonly EventClaim[], claims: ReadonlyMap<string, Claim>): EventClaim[] {
  const startYears = new Set<string>();
  for (const event of events) {
    const { type, aspect, subject } = event.value;
    const started = aspect === 'start' ? (event.value.date ?? event.value.start) : event.value.start;
    const claim = started ? claims.get(started) : undefined;
    const year = claim?.kind === 'date' ? claim.value.start?.slice(0, 4) : undefined;
    if (subject && year && (type === 'office' || type === 'employment') && event.value.source === 'prose') startYears.add(`${subject}\u0000${year}`);
  }
  const terms = new Set<string>();
  for (const event of events) {
    const claim = event.value.type === 'birth' && event.value.voice === 'structure' && event.value.datePart === 'from' && event.value.date ? claims.get(event.value.date) : undefined;
    const year = claim?.kind === 'date' && claim.value.granularity === 'range' ? claim.value.from?.start?.slice(0, 4) : undefined;
    if (claim && year && startYears.has(`${event.value.subject}\u0000${year}`)) terms.add(claim.id);
  }
  if (terms.size === 0) return [...events];
  return events.filter((event) => !(event.value.voice === 'structure' && (event.value.type === 'birth' || event.value.type === 'death') && terms.has(event.value.date ?? '')));
}

/**
 * `the mine was closed from 1894 to 1897`: an event that happens once, told as
 * holding from one date to another, is a state that ended (the mine reopened),
 * not the event itself.
 */
function heldOver(frame: Frame, stateful: boolean): boolean {
  if (stateful || frame.source !== 'prose') return false;
  return frame.dates.some(({ claim }) => claim.kind === 'date' && claim.value.granularity === 'range' && claim.value.from !== undefined && claim.value.to !== undefined && claim.value.to !== null && /^from\s/iu.test(claim.text));
}

function datesOf(frame: Frame, stateful: boolean): Pick<EventValue, 'date' | 'datePart' | 'start' | 'end'> {
  const result: Pick<EventValue, 'date' | 'datePart' | 'start' | 'end'> = {};
  for (const { claim, part } of frame.dates) {
    if (claim.kind !== 'date') continue;
    const value = claim.value;
    if (part) {
      // `until 1923, when he was succeeded by Pratt`: the part is the moment a start or an end happens, not the other bound.
      const bound = frame.aspect === 'start' || frame.aspect === 'end' ? null : part;
      if (stateful && bound === 'to' && result.end === undefined) result.end = claim.id;
      else if (stateful && bound === 'from' && result.start === undefined) result.start = claim.id;
      else if (result.date === undefined) {
        result.date = claim.id;
        // A range's part is the end the event takes; a point's part is a bound: `severed its ties after his capture in 1992`
        // happened after 1992 (`from`), not in it.
        if (value.granularity === 'range' || !stateful) result.datePart = part;
      }
      continue;
    }
    if (stateful && value.granularity === 'range' && value.from && value.to && frame.aspect !== 'start' && frame.aspect !== 'end') {
      result.start ??= claim.id;
      result.end ??= claim.id;
      continue;
    }
    if (stateful && value.relation === 'since' && result.start === undefined) result.start = claim.id;
    // `opened … to the general public on Sundays from 1851`: a deed done from a date on is done again and again since
    // then; the date bounds it from below.
    else if (!stateful && value.relation === 'since' && value.to === null && result.date === undefined && (frame.voice === 'active' || frame.voice === 'passive') && frame.aspect === null) {
      result.date = claim.id;
      result.datePart = 'from';
    }
    else if (stateful && value.relation === 'until' && result.end === undefined) result.end = claim.id;
    else if (stateful && frame.aspect === 'start' && result.start === undefined) result.start = claim.id;
    else if (stateful && frame.aspect === 'end' && result.end === undefined) result.end = claim.id;
    else if (result.date === undefined) result.date = claim.id;
  }
  return result;
}

/** What a size or casualty figure counts: the noun of the figure (`employee` in `450 employees`). */
function measureOf(frame: Frame): string | undefined {
  if (frame.type !== 'size' && frame.type !== 'casualties') return undefined;
  const measure = frame.measure ?? countedMeasure(frame);
  // `The island's 11.8 square kilometres`: a size in square units is an area, however written.
  return measure !== undefined && areaUnits.test(measure) ? 'area' : measure;
}

function countedMeasure(frame: Frame): string | undefined {
  // The dead and the injured are two counts of one event.
  if (frame.type === 'casualties') return /^(?:injur|wound|injuries)/.test(frame.predicate) ? 'injured' : 'killed';
  const figure = frame.figures[0];
  const noun = figure?.kind === 'quantity' ? figure.value.noun : undefined;
  // `the auditorium has held 1,420 people`, `seats 30,000 spectators`: the people a place holds are its capacity.
  if (noun && holdingVerbs.has(frame.predicate) && heldPeople.has(noun)) return 'capacity';
  return noun ?? undefined;
}

const areaUnits = /²$|^(?:ha|acres?|hectares?)$/u;
const holdingVerbs: ReadonlySet<string> = new Set(['hold', 'seat', 'accommodate']);
const heldPeople: ReadonlySet<string> = new Set(['people', 'person', 'persons', 'spectator', 'spectators', 'visitor', 'visitors', 'guest', 'guests', 'patron', 'patrons']);

/** A named event: `the San Miguel del Ene attack` (named by the reader), `the Battle of Adwa took place`. */
function nameOf(frame: Frame, patient: EventArgument | null, agent: EventArgument | null, eventTitle: string | undefined): string | undefined {
  if (frame.name) return frame.name;
  // The dead are counted in one event: the one named in the clause (`killed in the attack`), else the article's own event.
  if (frame.type === 'casualties') {
    if (!agent) return undefined;
    const words = agent.text.toLowerCase().split(/\s+/);
    const written = words[words.length - 1] ?? '';
    // `the Vienna airport attacks`: the head in the singular, as the registry lists it.
    const head = eventNoun(written).length > 0 || !written.endsWith('s') ? written : written.slice(0, -1);
    const named = eventNoun(head).length > 0;
    // `the Santa Rosa massacre killed 18` names its event; `Gunmen killed 18`, `Smith killed 3` name who did it.
    if (agent.form === 'name' && named) return agent.text.replace(/^(?:the|a|an)\s+/i, '');
    const eventHead = (agent.form === 'nominal' || agent.form === 'name') && named;
    // `the bombing of the discotheque killed three`: an event of its own, named by its words.
    if (eventHead && words.length > 2) return agent.text.replace(/^(?:the|a|an)\s+/i, '');
    // `the attack` in an article about an attack; `gunmen killed 18` in it: the article's own event —
    // not when the clause names something else (`Flight 73`, `in Lockerbie`) or counts its doers (`one`).
    if (agent.entity || agent.form === 'figure' || (agent.form === 'name' && words.length > 1)) return undefined;
    if (eventTitle && (!eventHead || eventTitle.toLowerCase().endsWith(head))) return eventTitle;
    return undefined;
  }
  if (frame.type !== 'occurrence' || !patient || patient.entity) return undefined;
  // `Construction began on …`, `Prohibition came in 1901`: one capitalised word names no single event surely enough.
  if (patient.form === 'name' && !/\s/.test(patient.text.trim())) return undefined;
  if (patient.form === 'name') return patient.text.replace(/^(?:the|a|an)\s+/i, '');
  // `the group's third plenary session`: a numbered or capitalised event is named by its words.
  const words = patient.text.replace(/^(?:the|a|an|this|that|its|his|her|their)\s+/i, '').replace(/^[^\s]+['’]s\s+/, '');
  // A capital after the first word (`the Kessler Bridge collapse`), not the capital every sentence opens with.
  return /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\b/i.test(words) || capitalAfterFirstWord.test(words) ? words : undefined;
}

/**
 * The modality of one frame: reporting, allegation and self-description
 * cues anywhere before the trigger in the sentence; plans close before it.
 */
function modalityAt(plain: string, trigger: number): Modality {
  const near = plain.slice(Math.max(0, trigger - 50), trigger + 20);
  if (plannedCue.test(near)) return 'planned';
  const lead = plain.slice(0, trigger);
  if (fictionalCue.test(lead) || fictionalFrame.test(plain)) return 'fictional';
  if (allegedCue.test(lead)) return 'alleged';
  if (selfDescribedCue.test(lead)) return 'self-described';
  if (reportedCue.test(lead) || reportedAfterCue.test(plain.slice(trigger))) return 'reported';
  return 'asserted';
}

function reporter(plain: string, trigger: number): string | undefined {
  const according = /\baccording to ([^,;.]{1,80})/i.exec(plain);
  return according && according.index < trigger ? (according[1] as string).trim() : undefined;
}

function numbered(events: EventClaim[]): EventClaim[] {
  return events
    .sort((a, b) => a.position.start.offset - b.position.start.offset || a.position.end.offset - b.position.end.offset)
    .map((event, index) => ({ ...event, id: `event-${index + 1}` }));
}

/** Claims and events in one list in document order; existing order kept for ties. */
function mergeByPosition(claims: Claim[], events: EventClaim[]): Claim[] {
  return [...claims, ...events].sort((a, b) => a.position.start.offset - b.position.start.offset || (a.kind === 'event' ? 1 : 0) - (b.kind === 'event' ? 1 : 0));
}
