import type { CheckResult } from '../check/index.js';
import type { ResolvedArticle } from '../resolve/index.js';
import type { FileReport, Report } from '../schema/report.js';

/** The report entry of one analysed file. */
export function buildFileReport(path: string, resolved: ResolvedArticle, checked: CheckResult): FileReport {
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
  };
}

/** A report of several files, sorted by path so output never depends on run order. */
export function buildReport(files: readonly FileReport[]): Report {
  return { version: 1, files: [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)) };
}
