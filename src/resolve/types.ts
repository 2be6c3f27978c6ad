import type { SentenceFrames } from '../extract/frames/index.js';
import type { ExtractContext } from '../extract/types.js';
import type { Token } from '../segment/tokens.js';
import type { Claim } from '../schema/claims.js';
import type { Entity, Mention, Timeline } from '../schema/entities.js';
import type { SegmentedArticle } from '../segment/index.js';

/** An article's claims tied together: entities with aliases, events, timelines. */
export interface ResolvedArticle {
  article: SegmentedArticle;
  /** Every claim, events included, in document order; name claims carry their entity. */
  claims: Claim[];
  entities: Entity[];
  timelines: Timeline[];
  /** Every referring expression linked to its entity (names, pronouns, nominals), in document order. */
  mentions: Mention[];
  context: ExtractContext;
  /** Each sentence's tokens, by sentence index. */
  tokens: Token[][];
  /** The clause frames events are built from. */
  frames: SentenceFrames[];
}

/**
 * One step of resolution. Steps run in the order of `resolvers` in
 * `pipeline.ts`, each taking the previous step's result. Pure.
 */
export interface Resolver {
  name: string;
  resolve(resolved: ResolvedArticle): ResolvedArticle;
}
