/**
 * claimcheck: find where an article contradicts itself.
 *
 * The stages run one way, `parse → segment → extract → resolve → check →
 * report`; each is exported so tools can stop at the stage they need.
 */
export { parseArticle, detectFormat, type ArticleFormat, type Infobox, type InfoboxField } from './parse/index.js';
export { segmentArticle, splitSentences, citationKeysFor, type ArticleSentence, type SegmentedArticle } from './segment/index.js';
export { outlineArticle } from './segment/outline.js';
export { ClaimcheckError, type ClaimcheckErrorCode } from './util/errors.js';
export * from './schema/index.js';
export { extractClaims, runPipeline, type ExtractedClaims, type Extractor, type Refiner, type ClaimDraft, type ExtractContext, type Frame, type FrameArgument, type SentenceFrames } from './extract/index.js';
export { resolveEntities, type ResolvedArticle, type Resolver } from './resolve/index.js';
export { checkClaims, defineRule, fingerprint, ruleDocsUrl, type CheckResult, type Rule, type RuleContext, type RuleFinding, type RuleMeta } from './check/index.js';
export { rules } from './rules/index.js';
export { buildFileReport, buildReport } from './report/build.js';
export { renderHtml, type RenderHtmlOptions } from './report/formatters/html.js';
export { analyze, analyzeAsync, type AnalyzeAsyncOptions } from './analyze.js';
export { verifyArticle, verifyCitations, readSource, compareClaims, type VerifiedArticle, type SourceInput, type SourceDocument, type ReadableSource, type Comparison } from './verify/index.js';
export { remarkClaimcheck, type RemarkClaimcheckOptions } from './remark-claimcheck.js';
