import { checkClaims } from './check/index.js';
import { extractClaims } from './extract/index.js';
import { buildFileReport, buildReport } from './report/build.js';
import { resolveEntities } from './resolve/index.js';
import { rules } from './rules/index.js';
import { AnalyzeOptionsSchema, type AnalyzeOptionsInput } from './schema/options.js';
import type { Report } from './schema/report.js';
import { parseOptions } from './util/options.js';

/**
 * Runs the whole pipeline on one article — parse, segment, extract, resolve,
 * check — and answers a report validated by `ReportSchema`.
 *
 * Options: `format` (auto, wiki, markdown), `referenceDate` (the document's
 * own date, for relative expressions with no anchor), `path` (reported as the
 * file's path), `rules` (severities and options by rule id), and
 * `reportUnusedDisableDirectives` (report suppression comments that suppress
 * nothing, at this severity).
 */
export function analyze(text: string, options?: AnalyzeOptionsInput): Report {
  const resolved = parseOptions(AnalyzeOptionsSchema, options);
  const extracted = extractClaims(text, {
    format: resolved.format,
    ...(resolved.referenceDate === undefined ? {} : { referenceDate: resolved.referenceDate }),
  });
  const article = resolveEntities(extracted);
  const checked = checkClaims(article, rules, resolved.rules, { reportUnusedDisableDirectives: resolved.reportUnusedDisableDirectives });
  return buildReport([buildFileReport(resolved.path, article, checked)]);
}
