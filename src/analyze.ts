import { checkClaims } from './check/index.js';
import { extractFromArticle } from './extract/index.js';
import { parseWithin } from './parse/index.js';
import { buildFileReport, buildReport } from './report/build.js';
import { resolveEntities } from './resolve/index.js';
import { resolvers } from './resolve/pipeline.js';
import { rules } from './rules/index.js';
import { AnalyzeOptionsSchema, type AnalyzeOptions, type AnalyzeOptionsInput } from './schema/options.js';
import type { Report } from './schema/report.js';
import { segmentArticle, type SegmentedArticle } from './segment/index.js';
import { segmentWithin } from './segment/limit.js';
import { assertSizeWithin, createBudget, createDeadline, type Budget, type Limits } from './util/budget.js';
import { parseOptions } from './util/options.js';
import { createSourceFinder, verifyArticle, type SourceInput } from './verify/index.js';
import type { Citation } from './schema/citations.js';

/**
 * Runs the whole pipeline on one article — parse, segment, extract, resolve,
 * verify, check — and answers a report validated by `ReportSchema`.
 *
 * Options: `format` (auto, wiki, markdown, wikitext), `sources` (the cited
 * sources' texts or HTML by citation key or URL, for verdicts; never
 * fetched), `referenceDate` (the document's
 * own date, for relative expressions with no anchor), `path` (reported as the
 * file's path), `rules` (severities and options by rule id),
 * `reportUnusedDisableDirectives` (report suppression comments that suppress
 * nothing, at this severity), `maxFileSize`
 * (UTF-8 bytes; larger text throws `FILE_TOO_LARGE`) and `timeoutMs` (past it
 * the run throws `TIMEOUT`; checked between steps, see docs/errors.md).
 * Every error thrown is a `ClaimcheckError` with a stable `code`, so a
 * multi-file caller can record it for this file and go on with the next.
 *
 * Work that could grow faster than the text is bounded by counts, not time
 * (src/util/budget.ts): deep nesting, steps over their work allowance,
 * findings past a rule's limit. What was skipped is reported as
 * `incomplete-analysis` info findings, so a report without one is complete.
 */
export function analyze(text: string, options?: AnalyzeOptionsInput): Report {
  return analyzeResolved(text, parseOptions(AnalyzeOptionsSchema, options));
}

/**
 * `analyze` with work limits other than the defaults: tests and the
 * benchmark hold a run within the limits against one without them. Not part
 * of the public API.
 */
export function analyzeWithLimits(text: string, options: AnalyzeOptionsInput | undefined, limits: Partial<Limits>): Report {
  return analyzeResolved(text, parseOptions(AnalyzeOptionsSchema, options), limits);
}

/**
 * `analyze` with options already validated: for callers that check their
 * options once and analyse many texts (the remark plugin). Not exported from
 * the package.
 */
export function analyzeResolved(text: string, resolved: AnalyzeOptions, limits: Partial<Limits> = {}): Report {
  assertSizeWithin(text, resolved.maxFileSize);
  const budget = createBudget(text.length, { timeoutMs: resolved.timeoutMs, limits });
  const article = parseAndSegment(text, resolved, budget);
  const extracted = extractFromArticle(article, resolved, budget);
  const resolvedArticle = resolveEntities(extracted, resolvers, budget);
  const verified = verifyArticle(resolvedArticle, resolved.sources, budget);
  const checked = checkClaims(verified, rules, resolved.rules, {
    reportUnusedDisableDirectives: resolved.reportUnusedDisableDirectives,
    budget,
  });
  return buildReport([buildFileReport(resolved.path, verified, checked)]);
}

/**
 * The article's sentences. A function of its own so that the syntax tree is
 * garbage once they are read: a local of `analyzeResolved` stays reachable
 * until the report is built, and the garbage collector moves it to the old
 * generation with everything else alive there.
 */
function parseAndSegment(text: string, resolved: AnalyzeOptions, budget: Budget): SegmentedArticle {
  const tree = parseWithin(text, { format: resolved.format }, budget);
  for (const skipped of tree.data?.claimcheck?.skipped ?? []) budget.skip(skipped);
  budget.check('parsing');
  const segmented = segmentWithin(tree, budget.limits.sentences);
  if (segmented.skipped) budget.skip(segmented.skipped);
  budget.check('segmentation');
  return segmented.article;
}

/** Options of `analyzeAsync`: those of `analyze`, and a hook that finds a cited source's text. */
export type AnalyzeAsyncOptions = AnalyzeOptionsInput & {
  /**
   * Answers the text or HTML of a cited source (or undefined when there is
   * none), for each citation whose source `sources` does not give. Called
   * once per citation, a few at a time; a rejection fails the analysis.
   */
  resolveSource?: (citation: Citation) => Promise<SourceInput | undefined>;
  /** How many `resolveSource` calls run at once (4). */
  concurrency?: number;
};

/**
 * `analyze` for callers that fetch: reads the article's citations first,
 * asks `resolveSource` for each source that `sources` does not already
 * give, then analyses with every source found. The library itself never
 * touches the network or the file system; the hook does what the caller
 * allows (the CLI's `--fetch` fetches with a timeout, a size limit and a
 * cache).
 */
export async function analyzeAsync(text: string, options: AnalyzeAsyncOptions = {}): Promise<Report> {
  const { resolveSource, concurrency = 4, ...analyzeOptions } = options;
  if (!resolveSource) return analyze(text, analyzeOptions);
  const resolved = parseOptions(AnalyzeOptionsSchema, analyzeOptions);
  assertSizeWithin(text, resolved.maxFileSize);
  const { citations } = segmentArticle(parseWithin(text, { format: resolved.format }, createDeadline(resolved.timeoutMs)));
  const sources: Record<string, SourceInput> = { ...resolved.sources };
  const finder = createSourceFinder(sources);
  const wanted = citations.filter((citation) => (citation.url !== null || citation.archiveUrl !== null) && !finder.find(citation.key, citation));
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < wanted.length; index = next++) {
      const citation = wanted[index] as Citation;
      const found = await resolveSource(citation);
      if (found !== undefined) sources[citation.key] = found;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, wanted.length)) }, worker));
  return analyze(text, { ...analyzeOptions, sources });
}
