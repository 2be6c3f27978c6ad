import { reporter } from 'vfile-reporter';
import { fileReportToVFile } from '../vfile.js';
import type { Formatter } from './types.js';

/**
 * For people: findings grouped by file, `line:column  severity  message
 * rule-id`, as vfile-reporter prints them for every unified tool, then a
 * count. Clean files print nothing; colour only when asked.
 */
export const format: Formatter = (report, options) => {
  const text = reporter(report.files.map(fileReportToVFile), { color: options.color ?? false, quiet: true });
  return text.length === 0 ? '' : `${text}\n`;
};
