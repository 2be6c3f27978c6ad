import type { ExtractedClaims } from '../extract/index.js';
import { noBudget, type Budget } from '../util/budget.js';
import { resolvers as defaultResolvers } from './pipeline.js';
import type { ResolvedArticle, Resolver } from './types.js';

export type { ResolvedArticle, Resolver } from './types.js';
export { entityResolver } from './entities.js';
export { entityByName, entityForDefiniteNoun, mentionsInSentence, subjectEntity, type EntityMention } from './lookup.js';
export { mentionResolver } from './mentions.js';

/**
 * Resolves extracted claims into entities (with all their aliases and
 * mentions), event claims that tie entities to dates and figures, and a
 * timeline per entity.
 *
 * Each resolver is a step of `budget` (`analyze` passes its own): one that
 * runs over its work allowance leaves the article as it found it, and the
 * skip is recorded for the report.
 */
export function resolveEntities(extracted: ExtractedClaims, resolvers: readonly Resolver[] = defaultResolvers, budget: Budget = noBudget): ResolvedArticle {
  let resolved: ResolvedArticle = {
    article: extracted.article,
    claims: extracted.claims,
    entities: [],
    timelines: [],
    mentions: [],
    context: extracted.context,
    tokens: extracted.tokens,
    frames: extracted.frames,
  };
  for (const resolver of resolvers) {
    const before = resolved;
    resolved = budget.step(() => resolver.resolve(before), () => before, () => ({ stage: 'resolve', what: `resolver \`${resolver.name}\``, start: 0, end: before.article.text.length }));
    budget.check(`resolver ${resolver.name}`);
  }
  return resolved;
}
