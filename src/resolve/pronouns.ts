import type { Entity } from '../schema/entities.js';
import { mentionsInSentence, subjectEntity, type EntityMention } from './lookup.js';
import { genderOf, type Gender } from './name-keys.js';
import { isInsideParentheses } from './parentheses.js';
import type { ResolvedArticle } from './types.js';

const MALE_PRONOUNS = new Set(['he', 'him', 'his', 'himself']);
const FEMALE_PRONOUNS = new Set(['she', 'her', 'hers', 'herself']);
const NEUTER_PRONOUNS = new Set(['it', 'its', 'itself']);
/** How far back, in sentences of the same section, a pronoun looks for its person. */
const MAX_SENTENCES_BACK = 5;

/**
 * The entity a pronoun most likely refers to, or undefined.
 *
 * `he`/`him`/`his` and `she`/`her`/`hers` look for a person: first among the
 * persons named earlier in the same sentence (before `offset`, a source
 * offset, when given), then in up to five earlier sentences of the same
 * section, nearest first. In each sentence the first person named outside
 * parentheses wins, a person whose gender is known (an honorific such as
 * `Lady`, a given name such as `Ada`) and matches before one whose gender is
 * unknown; a known, different gender never matches. Failing that, the
 * article's subject when it is a person of a compatible gender.
 * `it`/`its` answer the subject when it is an organization or a place.
 *
 * Limits: no syntax — an object pronoun (`him` in `X met Y and thanked him`)
 * gets the same answer as a subject pronoun; `they` and plural antecedents are
 * not handled; gender is known only from honorifics and a compact given-name
 * list; unresolved name claims are invisible.
 */
export function resolvePronoun(resolved: ResolvedArticle, sentence: number, pronoun: string, offset?: number): Entity | undefined {
  const word = pronoun.toLowerCase();
  if (NEUTER_PRONOUNS.has(word)) {
    const subject = subjectEntity(resolved);
    return subject && subject.type !== 'person' ? subject : undefined;
  }
  const gender: Gender | undefined = MALE_PRONOUNS.has(word) ? 'male' : FEMALE_PRONOUNS.has(word) ? 'female' : undefined;
  if (gender === undefined) return undefined;
  const genders = entityGenders(resolved);
  const current = resolved.article.sentences[sentence];
  if (!current) return undefined;
  for (let index = sentence; index >= 0 && sentence - index <= MAX_SENTENCES_BACK; index--) {
    const candidate = resolved.article.sentences[index];
    if (!candidate || candidate.sectionPath.join('\u0000') !== current.sectionPath.join('\u0000')) break;
    const mentions = mentionsInSentence(resolved, index).filter(
      (mention) => mention.entity.type === 'person' && (index !== sentence || offset === undefined || mention.end <= offset),
    );
    const found = pick(mentions, gender, genders, resolved);
    if (found) return found;
  }
  const subject = subjectEntity(resolved);
  return subject?.type === 'person' && compatible(genders.get(subject.id), gender) ? subject : undefined;
}

function pick(mentions: EntityMention[], gender: Gender, genders: Map<string, Set<Gender>>, resolved: ResolvedArticle): Entity | undefined {
  const usable = mentions.filter((mention) => compatible(genders.get(mention.entity.id), gender));
  const ordered = [...usable.filter((mention) => !inParentheses(resolved, mention)), ...usable.filter((mention) => inParentheses(resolved, mention))];
  const known = ordered.find((mention) => genders.get(mention.entity.id)?.has(gender));
  return (known ?? ordered[0])?.entity;
}

function compatible(known: Set<Gender> | undefined, gender: Gender): boolean {
  return known === undefined || known.size !== 1 || known.has(gender);
}

function entityGenders(resolved: ResolvedArticle): Map<string, Set<Gender>> {
  const genders = new Map<string, Set<Gender>>();
  for (const claim of resolved.claims) {
    if (claim.kind !== 'person' || claim.value.entity === undefined) continue;
    const gender = genderOf(claim.value);
    if (!gender) continue;
    const set = genders.get(claim.value.entity) ?? new Set<Gender>();
    set.add(gender);
    genders.set(claim.value.entity, set);
  }
  return genders;
}

function inParentheses(resolved: ResolvedArticle, mention: EntityMention): boolean {
  return isInsideParentheses(resolved.article, mention.claim.sentence, mention.start);
}
