import type { Root } from 'mdast';
import { parseArticle } from '../parse/index.js';
import { ExtractOptionsSchema, type ExtractOptions, type ExtractOptionsInput } from '../schema/options.js';
import type { Claim } from '../schema/claims.js';
import type { ArticleFormat } from '../schema/segment.js';
import { citationKeysFor, segmentArticle, type ArticleSentence, type SegmentedArticle } from '../segment/index.js';
import { noBudget, type Budget } from '../util/budget.js';
import { parseOptions } from '../util/options.js';
import { tagSentences, type Token } from '../segment/tokens.js';
import { readArticleFrames, type SentenceFrames } from './frames/index.js';
import { extractors as defaultExtractors, refiners as defaultRefiners } from './pipeline.js';
import type { AnyClaimDraft, ExtractContext, Extractor, Refiner } from './types.js';

export type { Frame, FrameArgument, SentenceFrames } from './frames/index.js';
export type { AnyClaimDraft, ClaimDraft, ExtractContext, Extractor, Refiner } from './types.js';

/** The claims of one article, with the segmented article they came from. */
export interface ExtractedClaims {
  article: SegmentedArticle;
  claims: Claim[];
  context: ExtractContext;
  /** Each sentence's tokens, by sentence index. */
  tokens: Token[][];
  /** The clause frames of the sentences that have any. */
  frames: SentenceFrames[];
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
  return extractFromArticle(toArticle(input, resolved.format), resolved);
}

/**
 * Extracts the claims of an already segmented article with resolved options,
 * within `budget` (its deadline checked as it goes, each step's work
 * bounded): the one place the extraction context is built, shared by
 * `extractClaims` and `analyze`.
 */
export function extractFromArticle(article: SegmentedArticle, options: Pick<ExtractOptions, 'referenceDate'>, budget: Budget = noBudget): ExtractedClaims {
  // A page's front matter `date:` is its own date, as `referenceDate` would be.
  const context: ExtractContext = { article, referenceDate: options.referenceDate ?? article.frontMatter?.date ?? null };
  const claims = runPipeline(context, defaultExtractors, defaultRefiners, budget);
  const tokens = tagSentences(article.sentences.map((sentence) => sentence.plain));
  budget.check('tagging');
  const frames = budget.step(
    () => readArticleFrames(article, claims, tokens),
    () => [],
    () => ({ stage: 'extract', what: 'clause frames of the article', start: 0, end: article.text.length }),
  );
  budget.check('frames');
  return { article, claims, context, tokens, frames };
}

// Sentences between two looks at the clock: often enough to stop within a
// few milliseconds, rarely enough that reading the clock costs nothing.
const sentencesPerCheck = 64;

/**
 * Runs extractors over every sentence, then the refiners over all claims.
 * The deadline is checked every few sentences and after each refiner; each
 * extractor on one sentence and each refiner is a step of `budget`, so one
 * that runs over its work allowance is dropped (no claims from it there; the
 * claims as they were) and the report says so.
 */
export function runPipeline(context: ExtractContext, extractors: readonly Extractor[], refiners: readonly Refiner[], budget: Budget = noBudget): Claim[] {
  const entries: Array<{ claim: Claim; order: number }> = [];
  const { sentences } = context.article;
  const none = (): AnyClaimDraft[] => [];
  for (let index = 0; index < sentences.length; index++) {
    const sentence = sentences[index] as ArticleSentence;
    for (let order = 0; order < extractors.length; order++) {
      const extractor = extractors[order] as Extractor;
      const drafts = budget.step(() => extractor.extract(sentence, context), none, () => ({
        stage: 'extract',
        what: `claims of extractor \`${extractor.name}\` in one sentence`,
        start: sentence.position.start.offset,
        end: sentence.position.end.offset,
      }));
      for (const draft of drafts) entries.push({ claim: toClaim(context.article, sentence, draft), order });
    }
    if (index % sentencesPerCheck === sentencesPerCheck - 1) budget.check('extraction');
  }
  let claims = assignIds(entries);
  for (const refiner of refiners) {
    const before = claims;
    claims = budget.step(() => refiner.refine(before, context), () => before, () => ({ stage: 'extract', what: `refiner \`${refiner.name}\``, ...wholeText(context) }));
    budget.check(`refiner ${refiner.name}`);
  }
  return claims;
}

/** The whole article as the place of a skip that concerns all of it. */
function wholeText(context: ExtractContext): { start: number; end: number } {
  return { start: 0, end: context.article.text.length };
}

function toArticle(input: string | Root | SegmentedArticle, format: 'auto' | ArticleFormat): SegmentedArticle {
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
    citations: citationKeysFor(sentence, article.text, end),
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
    // The claim was made by toClaim for this list alone: numbering it in place saves a copy per claim.
    claim.id = `${claim.kind}-${next}`;
    return claim;
  });
}
