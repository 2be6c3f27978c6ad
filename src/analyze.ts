import { checkClaims } from './check/index.js';
import { extractFromArticle } from './extract/index.js';
import { parseWithin } from './parse/index.js';
import { buildFileReport, buildReport } from './report/build.js';
import { resolveEntities } from './resolve/index.js';
import { resolvers } from './resolve/pipeline.js';
import { rules } from './rules/index.js';
import { AnalyzeOptionsSchema, type AnalyzeOptionsInput } from './schema/options.js';
import type { Report } from './schema/report.js';
import { segmentArticle } from './segment/index.js';
import { assertSizeWithin, createBudget, type Limits } from './util/budget.js';
import { parseOptions } from './util/options.js';

/**
 * Runs the whole pipeline on one article — parse, segment, extract, resolve,
 * check — and answers a report validated by `ReportSchema`.
 *
 * Options: `format` (auto, wiki, markdown), `referenceDate` (the document's
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
  return analyzeWithLimits(text, options, {});
}

/**
 * `analyze` with work limits other than the defaults: tests and the
 * benchmark hold a run within the limits against one without them. Not part
 * of the public API.
 */
export function analyzeWithLimits(text: string, options: AnalyzeOptionsInput | undefined, limits: Partial<Limits>): Report {
  const resolved = parseOptions(AnalyzeOptionsSchema, options);
  assertSizeWithin(text, resolved.maxFileSize);
  const budget = createBudget(text.length, { timeoutMs: resolved.timeoutMs, limits });
  const tree = parseWithin(text, { format: resolved.format }, budget);
  for (const skipped of tree.data?.claimcheck?.skipped ?? []) budget.skip(skipped);
  budget.check('parsing');
  const article = segmentArticle(tree);
  budget.check('segmentation');
  const extracted = extractFromArticle(article, resolved, budget);
  const resolvedArticle = resolveEntities(extracted, resolvers, budget);
  const checked = checkClaims(resolvedArticle, rules, resolved.rules, {
    reportUnusedDisableDirectives: resolved.reportUnusedDisableDirectives,
    budget,
  });
  return buildReport([buildFileReport(resolved.path, resolvedArticle, checked)]);
}
