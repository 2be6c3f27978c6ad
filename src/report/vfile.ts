import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import type { Evidence } from '../schema/entities.js';
import type { Finding } from '../schema/findings.js';
import type { FileReport } from '../schema/report.js';

/** The `source` of every message claimcheck makes, as remark-lint uses it. */
export const messageSource = 'claimcheck';

const maxQuote = 80;

/**
 * Maps a finding to the vfile message every unified tool understands — the
 * one place this mapping is made.
 *
 * `place` is the first evidence; the other evidence becomes a chain of
 * `cause` messages (as remark-lint does for secondary locations), each in
 * its own file when it quotes a cited source rather than the article; the
 * reasoning is the `note`; `actual` is the first quote and `expected` the
 * quotes it disagrees with. `fatal` is true for errors, false for warnings
 * and unset for info, which is how vfile-reporter labels severities.
 */
export function findingToMessage(finding: Finding, path?: string): VFileMessage {
  const [first, ...others] = finding.evidence as [Evidence, ...Evidence[]];
  const message = new VFileMessage(finding.message, {
    place: first.position,
    ruleId: finding.ruleId,
    source: messageSource,
    ...(others.length > 0 ? { cause: causeChain(others, finding.ruleId, path) } : {}),
  });
  message.fatal = finding.severity === 'error' ? true : finding.severity === 'warning' ? false : undefined;
  if (finding.url !== undefined) message.url = finding.url;
  if (finding.reasoning.length > 0) message.note = finding.reasoning.join('\n');
  message.actual = first.quote;
  if (others.length > 0) message.expected = others.map((evidence) => evidence.quote);
  if (path !== undefined) message.file = path;
  return message;
}

/** Other evidence as nested causes, so each keeps its own place. */
function causeChain(evidence: readonly Evidence[], ruleId: string, path: string | undefined): VFileMessage {
  const [head, ...rest] = evidence as [Evidence, ...Evidence[]];
  const label = head.role === undefined ? 'Evidence' : `Evidence (${head.role})`;
  const where = head.source === undefined ? '' : ` in ${head.source}`;
  const cause = new VFileMessage(`${label}${where}: \`${shorten(head.quote)}\``, {
    place: head.position,
    ruleId,
    source: messageSource,
    ...(rest.length > 0 ? { cause: causeChain(rest, ruleId, path) } : {}),
  });
  // A cited source's quote has its place in that source, not in the article.
  if (head.source !== undefined) cause.file = head.source;
  else if (path !== undefined) cause.file = path;
  return cause;
}

/** A file's findings — or the reason it could not be checked — as a vfile with messages. */
export function fileReportToVFile(file: FileReport): VFile {
  const vfile = new VFile({ path: file.path });
  if (file.error) {
    const message = new VFileMessage(`Cannot check the file: ${file.error.message}`, { source: messageSource, ruleId: file.error.code });
    message.fatal = true;
    message.file = file.path;
    vfile.messages.push(message);
  }
  for (const finding of file.findings) vfile.messages.push(findingToMessage(finding, file.path));
  return vfile;
}

function shorten(quote: string): string {
  const flat = quote.replace(/\s+/g, ' ');
  return flat.length > maxQuote ? `${flat.slice(0, maxQuote - 1)}…` : flat;
}
