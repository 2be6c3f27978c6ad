import type { Severity } from '../../schema/findings.js';
import type { Formatter } from './types.js';

const command: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/**
 * GitHub Actions workflow commands, one per finding, which the runner turns
 * into annotations on the pull request:
 * `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=rule-id::message`.
 */
export const format: Formatter = (report) => {
  const lines: string[] = [];
  for (const file of report.files) {
    if (file.error) lines.push(`::error file=${escapeProperty(file.path)},title=${escapeProperty(file.error.code)}::${escapeData(`Cannot check the file: ${file.error.message}`)}`);
    for (const finding of file.findings) {
      const { start, end } = finding.evidence[0]!.position;
      const properties = [
        `file=${escapeProperty(file.path)}`,
        `line=${start.line}`,
        `col=${start.column}`,
        `endLine=${end.line}`,
        `endColumn=${end.column}`,
        `title=${escapeProperty(finding.ruleId)}`,
      ];
      lines.push(`::${command[finding.severity]} ${properties.join(',')}::${escapeData(finding.message)}`);
    }
  }
  return lines.map((line) => `${line}\n`).join('');
};

/** Escapes a command's message as the Actions toolkit does. */
export function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** Escapes a command property's value: also `:` and `,`, which delimit properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}
