import type { ArticleSentence, SegmentedArticle } from '../segment/index.js';
import type { Claim, ClaimKind, ClaimOf } from '../schema/claims.js';

/**
 * What an extractor found in one sentence, before it becomes a claim:
 * offsets are into `sentence.plain`; the pipeline maps them to the source,
 * cuts the quote and gives the claim its id.
 */
export interface ClaimDraft<Kind extends ClaimKind = ClaimKind> {
  kind: Kind;
  start: number;
  end: number;
  value: ClaimOf<Kind>['value'];
  extractor: string;
}

/** Any draft, discriminated on `kind`. */
export type AnyClaimDraft = { [Kind in ClaimKind]: ClaimDraft<Kind> }[ClaimKind];

/** What extractors and refiners may read: the article and the resolved options. */
export interface ExtractContext {
  article: SegmentedArticle;
  /** The document's own date (ISO), for relative expressions with no anchor in the text. */
  referenceDate: string | null;
}

/** Finds claims of some kinds in one sentence. Pure: same sentence, same drafts. */
export interface Extractor {
  name: string;
  kinds: readonly ClaimKind[];
  extract(sentence: ArticleSentence, context: ExtractContext): AnyClaimDraft[];
}

/**
 * Improves the whole claim list after extraction: drops what another kind
 * claimed, resolves relative dates, ties ages to people. Pure.
 */
export interface Refiner {
  name: string;
  refine(claims: Claim[], context: ExtractContext): Claim[];
}
