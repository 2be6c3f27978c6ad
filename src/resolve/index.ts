import type { ExtractedClaims } from '../extract/index.js';
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
 */
export function resolveEntities(extracted: ExtractedClaims, resolvers: readonly Resolver[] = defaultResolvers): ResolvedArticle {
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
  for (const resolver of resolvers) resolved = resolver.resolve(resolved);
  return resolved;
}
