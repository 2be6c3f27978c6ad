import type { Root } from 'mdast';
import { parseArticle } from '../parse/index.js';
import { ExtractOptionsSchema, type ExtractOptionsInput } from '../schema/options.js';
import type { Claim } from '../schema/claims.js';
import { segmentArticle, type ArticleSentence, type SegmentedArticle } from '../segment/index.js';
import { parseOptions } from '../util/options.js';
import { extractors as defaultExtractors, refiners as defaultRefiners } from './pipeline.js';
import type { AnyClaimDraft, ExtractContext, Extractor, Refiner } from './types.js';

export type { AnyClaimDraft, ClaimDraft, ExtractContext, Extractor, Refiner } from './types.js';

/** The claims of one article, with the segmented article they came from. */
export interface ExtractedClaims {
  article: SegmentedArticle;
  claims: Claim[];
  context: ExtractContext;
}

/**
 * Extracts typed claims — dates, figures, money, ages, ranks, names — from an
 * article given as text, as a tree from `parseArticle`, or already segmented.
 *
 * Every claim's `text` is exactly its source slice. Claims come in document
 * order; ids are the kind and the order of appearance (`date-3`).
 */
export function extractClaims(input: string | Root | SegmentedArticle, options?: ExtractOptionsInput): ExtractedClaims {
  const resolved = parseOptions(ExtractOptionsSchema, options);
  const article = toArticle(input, resolved.format);
  const context: ExtractContext = { article, referenceDate: resolved.referenceDate ?? null };
  return { article, claims: runPipeline(context, defaultExtractors, defaultRefiners), context };
}

/** Runs extractors over every sentence, then the refiners over all claims. */
export function runPipeline(context: ExtractContext, extractors: readonly Extractor[], refiners: readonly Refiner[]): Claim[] {
  const drafts: Array<{ sentence: ArticleSentence; draft: AnyClaimDraft; order: number }> = [];
  for (const sentence of context.article.sentences) {
    extractors.forEach((extractor, order) => {
      for (const draft of extractor.extract(sentence, context)) drafts.push({ sentence, draft, order });
    });
  }
  let claims = assignIds(drafts.map(({ sentence, draft, order }) => ({ claim: toClaim(context.article, sentence, draft), order })));
  for (const refiner of refiners) claims = refiner.refine(claims, context);
  return claims;
}

function toArticle(input: string | Root | SegmentedArticle, format: 'auto' | 'wiki' | 'markdown'): SegmentedArticle {
  if (typeof input === 'string') return segmentArticle(parseArticle(input, { format }));
  if ('type' in input && input.type === 'root') return segmentArticle(input);
  return input as SegmentedArticle;
}

function toClaim(article: SegmentedArticle, sentence: ArticleSentence, draft: AnyClaimDraft): Claim {
  const start = sentence.toSource(draft.start);
  const end = sentence.toSource(draft.end, true);
  return {
    id: '',
    kind: draft.kind,
    text: article.text.slice(start, end),
    position: article.locator.position(start, end),
    sentence: sentence.index,
    sectionPath: sentence.sectionPath,
    where: sentence.where,
    extractor: draft.extractor,
    citations: sentence.citations.map((citation) => citation.label),
    value: draft.value,
  } as Claim;
}

/** Sorts claims into document order (ties: extractor order) and numbers them per kind. */
function assignIds(entries: Array<{ claim: Claim; order: number }>): Claim[] {
  entries.sort(
    (a, b) =>
      a.claim.position.start.offset - b.claim.position.start.offset ||
      b.claim.position.end.offset - a.claim.position.end.offset ||
      a.order - b.order,
  );
  const counters = new Map<string, number>();
  return entries.map(({ claim }) => {
    const next = (counters.get(claim.kind) ?? 0) + 1;
    counters.set(claim.kind, next);
    return { ...claim, id: `${claim.kind}-${next}` };
  });
}
