import { reporter } from 'vfile-reporter';
import { fileReportToVFile } from '../vfile.js';
import type { Formatter } from './types.js';

/**
 * For people: findings grouped by file, `line:column  severity  message
 * rule-id`, as vfile-reporter prints them for every unified tool, then a
 * count. Clean files print nothing; colour only when asked. vfile-reporter
 * counts only errors and warnings, so a run with info findings alone gets
 * its count line here, in the same words.
 */
export const format: Formatter = (report, options) => {
  const text = reporter(report.files.map(fileReportToVFile), { color: options.color ?? false, quiet: true });
  if (text.length === 0) return '';
  const findings = report.files.flatMap((file) => file.findings);
  const infoOnly = findings.length > 0 && findings.every((finding) => finding.severity === 'info');
  return infoOnly ? `${text}\n\n${findings.length} ${findings.length === 1 ? 'message' : 'messages'} (${findings.length} info)\n` : `${text}\n`;
};
