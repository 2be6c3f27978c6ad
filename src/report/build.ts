import type { CheckResult } from '../check/index.js';
import type { ResolvedArticle } from '../resolve/index.js';
import type { Verdict } from '../schema/citations.js';
import type { FileReport, Report } from '../schema/report.js';

/** The report entry of one analysed file. */
export function buildFileReport(path: string, resolved: ResolvedArticle & { verdicts?: readonly Verdict[] }, checked: CheckResult): FileReport {
  const { citations, citationNeeded } = resolved.article;
  return {
    path,
    format: resolved.article.format,
    title: resolved.article.title,
    titlePosition: resolved.article.titlePosition,
    claims: resolved.claims,
    entities: resolved.entities,
    mentions: resolved.mentions,
    timelines: resolved.timelines,
    findings: checked.findings,
    corroborations: checked.corroborations,
    ...(citations.length > 0 ? { citations } : {}),
    ...(citationNeeded.length > 0 ? { citationNeeded } : {}),
    ...(resolved.verdicts && resolved.verdicts.length > 0 ? { verdicts: [...resolved.verdicts] } : {}),
  };
}

/** A report of several files, sorted by path so output never depends on run order. */
export function buildReport(files: readonly FileReport[]): Report {
  return { version: 1, files: [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)) };
}
