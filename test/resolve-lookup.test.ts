import { describe, expect, it } from 'vitest';
import { entityByName, entityForDefiniteNoun, mentionsInSentence, subjectEntity } from '../src/resolve/index.js';
import { itShared, readFixture, splitByArticle } from './helpers/fixtures.js';
import { resolvedArticle } from './helpers/name-cases.js';
import { expectExactPosition } from './helpers/positions.js';

interface PronounCase {
  article: string;
  sentence: string;
  pronoun: string;
  entity: string | null;
}

const pronouns = splitByArticle(
  (JSON.parse(readFixture('resolve', 'pronouns.json')) as PronounCase[]).map((entry) => [`${entry.pronoun} in “${entry.sentence}”`, entry] as const),
  ([, entry]) => entry.article,
);

function checkPronoun(_name: string, entry: PronounCase): void {
  const { resolved } = resolvedArticle(entry.article);
  const sentence = resolved.article.sentences.find((candidate) => candidate.text.includes(entry.sentence));
  expect(sentence, entry.sentence).toBeDefined();
  if (!sentence) return;
  // The pronoun as a word of its own: `he` in `one of the Quispe Palomino siblings, he had` is not the `he` of `the`.
  const from = sentence.text.indexOf(entry.sentence);
  const word = new RegExp(`(?<![\\p{L}])${entry.pronoun}(?![\\p{L}])`, 'u').exec(sentence.text.slice(from));
  const at = from + (word?.index ?? -1);
  const offset = sentence.position.start.offset + at;
  const mention = resolved.mentions.find((candidate) => candidate.position.start.offset === offset);
  expect(mention, `no mention at ${offset}`).toBeDefined();
  expect(resolved.entities.find((entity) => entity.id === mention?.entity)?.canonical ?? null).toBe(entry.entity);
  expectExactPosition(resolved.article.text, mention?.position as NonNullable<typeof mention>['position'], mention?.text as string);
}

describe('pronouns in the mentions', () => {
  it.each(pronouns.own)('should resolve %s', checkPronoun);
  itShared.each(pronouns.shared)('should resolve %s', checkPronoun);

  it('should leave an expletive it unresolved', () => {
    const { resolved } = resolvedArticle('seed/seed.txt');
    const sentence = resolved.article.sentences.find((candidate) => candidate.text.startsWith('In 2020, it was reported'));
    const it = resolved.mentions.find((mention) => mention.sentence === sentence?.index && mention.text === 'it');
    expect(it).toBeUndefined();
  });
});

describe('entity lookups', () => {
  const { text, resolved } = resolvedArticle('seed/seed.txt');

  it('should list the entities of a sentence with exact offsets', () => {
    const sentence = resolved.article.sentences.find((candidate) => candidate.text.startsWith('Its main fronts are those in Ene')) as NonNullable<(typeof resolved.article.sentences)[number]>;
    const mentions = mentionsInSentence(resolved, sentence.index);
    expect(mentions.map((mention) => mention.entity.canonical)).toEqual([
      'Ene', 'Mantaro', 'Vizcatán', 'Rubén Valle Rojas', 'Rubén Valle Rojas', 'Jorge Quispe Palomino', 'Jorge Quispe Palomino', 'Víctor Quispe Palomino', 'Víctor Quispe Palomino',
    ]);
    for (const mention of mentions) expectExactPosition(text, { start: mention.claim.position.start, end: mention.claim.position.end }, text.slice(mention.start, mention.end));
  });

  it('should find an entity by any of its names, diacritics aside', () => {
    expect(entityByName(resolved, 'Comrade José')?.canonical).toBe('Víctor Quispe Palomino');
    expect(entityByName(resolved, 'MPCP')?.canonical).toBe('Militarized Communist Party of Peru');
    expect(entityByName(resolved, 'Abimael Guzman')?.canonical).toBe('Abimael Guzmán');
  });

  it('should refuse a name bound to two entities', () => {
    expect(entityByName(resolved, 'Comrade Gabriel')).toBeUndefined();
  });

  it('should give the subject for the nouns that describe it, and nothing for others', () => {
    expect(subjectEntity(resolved)?.canonical).toBe('Militarized Communist Party of Peru');
    expect(entityForDefiniteNoun(resolved, 'the group')?.canonical).toBe('Militarized Communist Party of Peru');
    expect(entityForDefiniteNoun(resolved, 'the party')?.canonical).toBe('Militarized Communist Party of Peru');
    expect(entityForDefiniteNoun(resolved, 'the organization')?.canonical).toBe('Militarized Communist Party of Peru');
    expect(entityForDefiniteNoun(resolved, 'the company')).toBeUndefined();
  });

  itShared('should give a club for "the club" and no person for "the group" in corpus articles', () => {
    const club = resolvedArticle('corpus/geelong-football-club.txt').resolved;
    expect(entityForDefiniteNoun(club, 'the club')?.canonical).toBe('Geelong Football Club');
    const person = resolvedArticle('corpus/ada-lovelace.txt').resolved;
    expect(entityForDefiniteNoun(person, 'the group')).toBeUndefined();
  });
});
