import type { Formatter } from './types.js';

/** One claim per line, with its file's path, for `jq` and other line-based pipelines. */
export const format: Formatter = (report) => {
  const lines: string[] = [];
  for (const file of report.files) for (const claim of file.claims) lines.push(JSON.stringify({ path: file.path, ...claim }));
  return lines.map((line) => `${line}\n`).join('');
};
