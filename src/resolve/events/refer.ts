import type { Entity } from '../../schema/entities.js';
import { subjectNouns } from './lexicon.js';
import { entityOf } from './sentence-view.js';
import type { Mention, SentenceView } from './types.js';

const personPronouns = new Set(['he', 'him', 'his', 'she', 'her', 'hers', 'himself', 'herself']);
const pluralPronouns = new Set(['they', 'them', 'their', 'theirs', 'themselves']);
const thingPronouns = new Set(['it', 'its', 'itself']);
// How far back a pronoun may look, in sentences of the same section.
const lookBack = 4;

/**
 * Answers the entities a pronoun or a generic noun phrase (`the group`, `its`,
 * `she`, `their`) refers to, looking back from `before` in `view`.
 *
 * Deliberately simple and conservative: a list item's head name first, then
 * the most recent compatible mention in the sentence, then in the few
 * sentences before it in the same section. `it` and `the group` go to the
 * article's subject when it is an organization.
 */
export function referTo(views: readonly SentenceView[], view: SentenceView, phrase: string, before: number, subject: Entity | undefined, entities: ReadonlyMap<string, Entity>): Entity[] {
  const words = phrase.toLowerCase().replace(/[’']s$/, '').split(/\s+/);
  const last = words[words.length - 1] ?? '';
  if (thingPronouns.has(last) || (words[0] === 'the' && subjectNouns.has(last))) {
    if (subject && subject.type === 'organization') return [subject];
    const org = recent(views, view, before, entities, (entity) => entity.type === 'organization', 1);
    return org;
  }
  if (personPronouns.has(last)) {
    const head = blockHead(views, view);
    if (head) return [head].map((id) => entities.get(id)).filter((entity): entity is Entity => entity !== undefined);
    const person = recent(views, view, before, entities, (entity) => entity.type === 'person', 1);
    // In a biography, `she` with no one else in sight is its subject.
    return person.length > 0 || subject?.type !== 'person' ? person : [subject];
  }
  if (pluralPronouns.has(last)) return recentGroup(views, view, before, entities);
  return [];
}

function blockHead(views: readonly SentenceView[], view: SentenceView): string | undefined {
  for (let index = view.sentence.index; index >= 0; index--) {
    const candidate = views[index];
    if (!candidate || candidate.sentence.block !== view.sentence.block) return undefined;
    if (candidate.head) return entityOf(candidate.head.claim);
  }
  return undefined;
}

function recent(views: readonly SentenceView[], view: SentenceView, before: number, entities: ReadonlyMap<string, Entity>, accept: (entity: Entity) => boolean, count: number): Entity[] {
  for (const mention of candidatesBackwards(views, view, before)) {
    const entity = entities.get(entityOf(mention.claim) ?? '');
    if (entity && accept(entity)) return [entity].slice(0, count);
  }
  return [];
}

/** `their deaths`: the people named together in the nearest earlier sentence that names two or more. */
function recentGroup(views: readonly SentenceView[], view: SentenceView, before: number, entities: ReadonlyMap<string, Entity>): Entity[] {
  const inSentence = view.names.filter((mention) => mention.end <= before);
  for (const names of [inSentence, ...earlierSentences(views, view).map((earlier) => earlier.names)]) {
    const people = unique(names.map((mention) => entities.get(entityOf(mention.claim) ?? '')).filter((entity): entity is Entity => entity?.type === 'person'));
    if (people.length >= 2) return people;
  }
  return [];
}

function* candidatesBackwards(views: readonly SentenceView[], view: SentenceView, before: number): Generator<Mention> {
  const own = view.names.filter((mention) => mention.end <= before);
  for (let index = own.length - 1; index >= 0; index--) yield own[index] as Mention;
  for (const earlier of earlierSentences(views, view)) {
    for (let index = earlier.names.length - 1; index >= 0; index--) yield earlier.names[index] as Mention;
  }
}

function earlierSentences(views: readonly SentenceView[], view: SentenceView): SentenceView[] {
  const found: SentenceView[] = [];
  const path = view.sentence.sectionPath.join('\u0000');
  for (let index = view.sentence.index - 1; index >= 0 && found.length < lookBack; index--) {
    const earlier = views[index];
    if (!earlier || earlier.sentence.sectionPath.join('\u0000') !== path || earlier.sentence.where === 'infobox') break;
    found.push(earlier);
  }
  return found;
}

function unique(entities: Entity[]): Entity[] {
  const seen = new Set<string>();
  return entities.filter((entity) => !seen.has(entity.id) && seen.add(entity.id));
}
