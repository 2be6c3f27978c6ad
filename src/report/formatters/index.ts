import type { Finding } from '../../schema/findings.js';
import type { Report } from '../../schema/report.js';
import type { Formatter, FormatOptions } from './types.js';

export type { Formatter, FormatOptions, RuleDescriptor } from './types.js';

/** The output formats, the first the default. */
export const formatNames = ['stylish', 'json', 'sarif', 'github', 'ndjson', 'html', 'annotations'] as const;
export type FormatName = (typeof formatNames)[number];

// Loaded on demand so checking one small file pays only for its own format.
const loaders: Record<FormatName, () => Promise<{ format: Formatter }>> = {
  stylish: () => import('./stylish.js'),
  json: () => import('./json.js'),
  sarif: () => import('./sarif.js'),
  github: () => import('./github.js'),
  ndjson: () => import('./ndjson.js'),
  html: () => import('./html.js'),
  annotations: () => import('./annotations.js'),
};

/** Whether `name` is a known format. */
export function isFormatName(name: string): name is FormatName {
  return (formatNames as readonly string[]).includes(name);
}

/**
 * Loads a formatter. The formatter it answers sorts the report first — files
 * by path, findings by offset, rule id and message — so every format is
 * ordered the same way whatever the report's origin.
 */
export async function loadFormatter(name: FormatName): Promise<(report: Report, options: FormatOptions) => string> {
  const { format } = await loaders[name]();
  return (report, options) => format(sortReport(report), options);
}

/** The report in canonical order: files by path, findings by first evidence, rule id, message. */
export function sortReport(report: Report): Report {
  const files = [...report.files]
    .sort((a, b) => compareText(a.path, b.path))
    .map((file) => ({ ...file, findings: [...file.findings].sort(compareFindings) }));
  return { ...report, files };
}

function compareFindings(a: Finding, b: Finding): number {
  const offsetA = a.evidence[0]?.position.start.offset ?? 0;
  const offsetB = b.evidence[0]?.position.start.offset ?? 0;
  return offsetA - offsetB || compareText(a.ruleId, b.ruleId) || compareText(a.message, b.message);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
