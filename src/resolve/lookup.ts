import { isNameClaim } from '../extract/names/alias-refiner.js';
import { articleSubject } from '../extract/names/subject.js';
import type { ClaimOf } from '../schema/claims.js';
import type { Entity } from '../schema/entities.js';
import { nameKey } from './name-keys.js';
import type { ResolvedArticle } from './types.js';

/** A resolved name claim with its entity: what events and rules need to tie words to entities. */
export interface EntityMention {
  entity: Entity;
  claim: ClaimOf<'person' | 'organization' | 'place'>;
  /** Source offsets of the mention (honorific included, possessive `'s` left out). */
  start: number;
  end: number;
}

/**
 * The entities named in one sentence, in order of their offsets, with the
 * claims that name them. Unresolved name claims are left out.
 */
export function mentionsInSentence(resolved: ResolvedArticle, sentence: number): EntityMention[] {
  const byId = entitiesById(resolved);
  const mentions: EntityMention[] = [];
  for (const claim of resolved.claims) {
    if (claim.sentence !== sentence || !isNameClaim(claim) || claim.value.entity === undefined) continue;
    const entity = byId.get(claim.value.entity);
    if (entity) mentions.push({ entity, claim, start: claim.position.start.offset, end: claim.position.end.offset });
  }
  return mentions.sort((a, b) => a.start - b.start);
}

/**
 * The one entity whose canonical name or alias is `name` (case and
 * diacritics aside, `the` dropped). Undefined when none is, or when the name
 * is bound to several entities (an alias conflict such as one nickname for two
 * people): callers must not pick one silently.
 */
export function entityByName(resolved: ResolvedArticle, name: string): Entity | undefined {
  const key = nameKey(name);
  const found = resolved.entities.filter((entity) => nameKey(entity.canonical) === key || entity.aliases.some((alias) => nameKey(alias.name) === key));
  return found.length === 1 ? found[0] : undefined;
}

/** The entity the article is about (its title), when the title names one. */
export function subjectEntity(resolved: ResolvedArticle): Entity | undefined {
  return resolved.entities.find((entity) => entity.isSubject === true);
}

const GENERIC_NOUNS: Record<Entity['type'], ReadonlySet<string>> = {
  person: new Set(),
  organization: new Set(['organization', 'organisation']),
  place: new Set(['place']),
};

/**
 * Which entity `the group`, `the party`, `the company`, `the club` refers to:
 * the subject, when the noun is its head word (`Party` in `… Communist Party
 * of Peru`), a noun its first sentence describes it with (`is a political party
 * and militant group`), or the generic noun of its kind (`the organization`).
 * Undefined otherwise: `the group` in an article about a person names some
 * group the text has not resolved.
 */
export function entityForDefiniteNoun(resolved: ResolvedArticle, phrase: string): Entity | undefined {
  const subject = subjectEntity(resolved);
  const described = articleSubject(resolved.article);
  if (!subject || !described) return undefined;
  const noun = phrase.trim().toLowerCase().replace(/^(?:the|this|that)\s+/u, '').replace(/['’]s$/u, '');
  if (GENERIC_NOUNS[subject.type].has(noun) || described.nouns.includes(noun)) return subject;
  return undefined;
}

function entitiesById(resolved: ResolvedArticle): Map<string, Entity> {
  return new Map(resolved.entities.map((entity) => [entity.id, entity]));
}
