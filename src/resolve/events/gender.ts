import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES } from '../../extract/names/given-names.js';
import { entityOf } from './sentence-view.js';
import type { SentenceView } from './types.js';
import { isLetter, squeeze, trailingWord } from '../../util/scan.js';

/** What the text says of a person's gender; unknown when it says nothing or contradicts itself. */
export type Gender = 'male' | 'female';

const maleTitles = /^(?:mr|sir|king|lord|duke|prince|emperor|count|baron|brother|father|sultan|shah|tsar|pharaoh|caliph|emir|earl|marquess|archduke|grand duke|pope|cardinal|bishop)\.?$/i;
const femaleTitles = /^(?:mrs|ms|miss|lady|queen|duchess|princess|empress|countess|baroness|sister|mother|dame|tsarina|marchioness|archduchess)\.?$/i;
const malePronoun = /^(?:he|his|him|himself)$/i;
const femalePronoun = /^(?:she|her|hers|herself)$/i;

const cache = new WeakMap<readonly SentenceView[], Map<string, Gender>>();

/**
 * Each person's gender as the article shows it: titles (`Queen`, `Sir`),
 * `née`, and the pronouns of sentences about one person only. Pronoun
 * resolution uses it so that `he` never points at a woman.
 */
export function gendersOf(views: readonly SentenceView[]): Map<string, Gender> {
  const known = cache.get(views);
  if (known) return known;
  const votes = new Map<string, { male: number; female: number }>();
  const vote = (entity: string | undefined, gender: Gender, weight = 1) => {
    if (!entity) return;
    const tally = votes.get(entity) ?? { male: 0, female: 0 };
    tally[gender] += weight;
    votes.set(entity, tally);
  };
  views.forEach((view, index) => {
    const people = view.names.filter((mention) => mention.claim.kind === 'person');
    for (const mention of people) {
      const honorific = mention.claim.kind === 'person' ? mention.claim.value.honorific : undefined;
      const window = view.plain.slice(Math.max(0, mention.start - 14), mention.start);
      const dotted = trailingWord(window, (char) => char === '.', { minSpaces: 1, maxLength: 1 });
      const before = trailingWord(dotted ? window.slice(0, dotted.start) : window, isLetter, { minSpaces: dotted ? 0 : 1 })?.word;
      for (const title of [honorific, before]) {
        if (title && maleTitles.test(title)) vote(entityOf(mention.claim), 'male', 3);
        if (title && femaleTitles.test(title)) vote(entityOf(mention.claim), 'female', 3);
      }
      // `John Hobhouse`: a given name usually borne by one gender, a weaker cue than a title or a pronoun.
      const given = mention.claim.kind === 'person' ? (mention.claim.value.name.split(' ')[0] ?? '') : '';
      if (MALE_GIVEN_NAMES.has(given)) vote(entityOf(mention.claim), 'male', 3);
      else if (FEMALE_GIVEN_NAMES.has(given)) vote(entityOf(mention.claim), 'female', 3);
      if (/^\(? ?née\b/i.test(squeeze(view.plain.slice(mention.end, mention.end + 10)))) vote(entityOf(mention.claim), 'female', 3);
    }
    const ids = new Set(people.map((mention) => entityOf(mention.claim)));
    // Only subject pronouns: `Her tutor Thomas Brandt encouraged her` is about someone else's tutor.
    const pronouns = [...view.plain.matchAll(/\b(he|himself|she|herself)\b/gi)].map((match) => match[1] as string);
    // A sentence about one person, and the sentence after it when that opens with a pronoun and names no one.
    if (ids.size === 1) for (const pronoun of pronouns) vote([...ids][0], malePronoun.test(pronoun) ? 'male' : 'female');
    const next = views[index + 1];
    const opener = next ? /^(he|she|his|her)\b/i.exec(next.plain)?.[1] : undefined;
    if (opener && people[0] && next?.names.every((mention) => mention.claim.kind !== 'person')) {
      vote(entityOf(people[0].claim), malePronoun.test(opener) ? 'male' : 'female');
    }
  });
  const genders = new Map<string, Gender>();
  for (const [entity, tally] of votes) {
    if (tally.male > tally.female * 2) genders.set(entity, 'male');
    else if (tally.female > tally.male * 2) genders.set(entity, 'female');
  }
  cache.set(views, genders);
  return genders;
}

/** Whether a pronoun may refer to someone of the given (or unknown) gender. */
export function pronounFits(pronoun: string, gender: Gender | undefined): boolean {
  if (gender === undefined) return true;
  if (malePronoun.test(pronoun)) return gender === 'male';
  if (femalePronoun.test(pronoun)) return gender === 'female';
  return true;
}
