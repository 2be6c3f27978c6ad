import type { Entity } from '../../schema/entities.js';
import { gendersOf, pronounFits } from './gender.js';
import { subjectNouns } from './lexicon.js';
import { entityOf } from './sentence-view.js';
import type { Mention, SentenceView } from './types.js';
import { squeeze } from '../../util/scan.js';

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
    const genders = gendersOf(views);
    const fits = (entity: Entity) => entity.type === 'person' && pronounFits(last, genders.get(entity.id));
    const head = entities.get(blockHead(views, view) ?? '');
    if (head && fits(head)) return [head];
    // `He was elected …` opening a sentence continues the previous sentence's subject, not a
    // person it only mentioned in passing (`after Høffding's death`).
    if (opensSentence(view, before)) {
      const previousSubject = entities.get(grammaticalSubject(views, views[view.sentence.index - 1], view, subject, entities) ?? '');
      if (previousSubject && fits(previousSubject)) return [previousSubject];
    }
    const [nearest] = recent(views, view, before, entities, fits, 1);
    // In a biography whose subject's gender the text shows, a pronoun of that
    // gender goes to a nearer person only when theirs is known too.
    const subjectFits = subject !== undefined && subject.type === 'person' && genders.has(subject.id) && fits(subject);
    if (nearest && (genders.has(nearest.id) || !subjectFits)) return [nearest];
    if (subjectFits) return [subject];
    return nearest ? [nearest] : subject && fits(subject) ? [subject] : [];
  }
  if (pluralPronouns.has(last)) return recentGroup(views, view, before, entities);
  return [];
}

/** Whether `at` is the start of the sentence or of its main clause after an opening phrase. */
function opensSentence(view: SentenceView, at: number): boolean {
  const lead = view.plain.slice(0, at);
  return lead.trim() === '' || (/^(?:in|on|at|by|after|before|during|following|from|since|when|later|then|however|meanwhile|eventually)\b[^,]{0,60},\s*$/i.test(lead));
}

// How many pronoun-led sentences in a row a subject is carried through: `He was the second son of X. He is said to …`.
const maxChain = 4;

/**
 * The likely subject of the sentence before: the person its opening pronoun
 * refers to (`He was the second son of Oda Nobuhide` is about whoever `He`
 * was), else the first person it names that is not a possessive.
 */
function grammaticalSubject(views: readonly SentenceView[], previous: SentenceView | undefined, view: SentenceView, subject: Entity | undefined, entities: ReadonlyMap<string, Entity>, depth = 0): string | undefined {
  if (!previous || previous.sentence.sectionPath.join('\u0000') !== view.sentence.sectionPath.join('\u0000')) return undefined;
  const opener = /^(he|she)\b/i.exec(previous.plain)?.[1];
  if (opener && depth < maxChain) {
    const carried = grammaticalSubject(views, views[previous.sentence.index - 1], previous, subject, entities, depth + 1);
    const entity = carried ? entities.get(carried) : undefined;
    if (entity && entity.type === 'person' && pronounFits(opener, gendersOf(views).get(entity.id))) return entity.id;
    if (!carried && subject?.type === 'person' && pronounFits(opener, gendersOf(views).get(subject.id))) return subject.id;
  }
  const first = previous.names.find((mention) => mention.claim.kind === 'person' && !previous.plain.startsWith("'s", mention.end) && !previous.plain.startsWith('’s', mention.end));
  return first ? entityOf(first.claim) : undefined;
}

/** The entity of the nearest sentence head at or before `view` in its block. */
function blockHead(views: readonly SentenceView[], view: SentenceView): string | undefined {
  return blockHeadsOf(views)[view.sentence.index];
}

const blockHeads = new WeakMap<readonly SentenceView[], Array<string | undefined>>();

/**
 * The block head of every sentence, found in one pass: looking back from each
 * pronoun to its block's last head made one long paragraph of pronouns
 * quadratic.
 */
function blockHeadsOf(views: readonly SentenceView[]): Array<string | undefined> {
  const known = blockHeads.get(views);
  if (known) return known;
  const heads: Array<string | undefined> = [];
  views.forEach((view, index) => {
    const previous = views[index - 1];
    const carried = previous && previous.sentence.block === view.sentence.block ? heads[index - 1] : undefined;
    heads[index] = view.head ? entityOf(view.head.claim) : carried;
  });
  blockHeads.set(views, heads);
  return heads;
}

function recent(views: readonly SentenceView[], view: SentenceView, before: number, entities: ReadonlyMap<string, Entity>, accept: (entity: Entity) => boolean, count: number): Entity[] {
  for (const mention of candidatesBackwards(views, view, before)) {
    const entity = entities.get(entityOf(mention.claim) ?? '');
    if (entity && accept(entity)) return [entity].slice(0, count);
  }
  return [];
}

/** `their deaths`: the last people named together (`A and B`, `A, B and C`) in the nearest sentence that has such a pair. */
function recentGroup(views: readonly SentenceView[], view: SentenceView, before: number, entities: ReadonlyMap<string, Entity>): Entity[] {
  const inSentence = { ...view, names: view.names.filter((mention) => mention.end <= before) };
  for (const candidate of [inSentence, ...earlierSentences(views, view)]) {
    const people = candidate.names.filter((mention) => entities.get(entityOf(mention.claim) ?? '')?.type === 'person');
    for (let end = people.length - 1; end > 0; end--) {
      let start = end;
      while (start > 0 && /^(?:,|,? ?and)$/.test(squeeze(candidate.plain.slice((people[start - 1] as Mention).end, (people[start] as Mention).start)))) start--;
      if (start < end) return unique(people.slice(start, end + 1).map((mention) => entities.get(entityOf(mention.claim) ?? '') as Entity));
    }
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
