import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One case of a rule fixture file: a text read as a file of its name, and for a `catch-` case the words the finding must quote. */
export interface RuleCase {
  rule: string;
  file: string;
  text: string;
  /** For `catch-*` cases: text each finding's evidence must quote. */
  quotes: string[] | undefined;
}

const rulesDir = join(import.meta.dirname, '..', '..', 'fixtures', 'rules');

/** The fence around a case's text: longer than any fence a Markdown case holds, so the text needs no escaping. */
const fence = '~~~~';

/**
 * Reads one rule's fixture file (`fixtures/rules/<rule>.md`): a `## <file>`
 * heading per case, an optional `quotes: [...]` line (JSON), and the case's
 * text in a `~~~~` fence. Files were one per case; they are packed per rule
 * so that the repository keeps few small files (issue 11). Anything else
 * between cases is prose for the reader and is skipped.
 */
export function parseRuleFixtures(rule: string, markdown: string): RuleCase[] {
  const cases: RuleCase[] = [];
  const lines = markdown.split('\n');
  let current: { file: string; quotes: string[] | undefined; text: string | undefined } | undefined;
  const close = () => {
    if (!current) return;
    if (current.text === undefined) throw new Error(`fixtures/rules/${rule}.md: case ${current.file} has no ${fence} block`);
    cases.push({ rule, file: current.file, text: current.text, quotes: current.quotes });
    current = undefined;
  };
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as string;
    if (line.startsWith('## ')) {
      close();
      current = { file: line.slice(3).trim(), quotes: undefined, text: undefined };
    } else if (current && line.startsWith('quotes: ')) {
      current.quotes = JSON.parse(line.slice('quotes: '.length)) as string[];
    } else if (current && line.startsWith(fence)) {
      if (current.text !== undefined) throw new Error(`fixtures/rules/${rule}.md: case ${current.file} has two ${fence} blocks`);
      const end = lines.indexOf(fence, index + 1);
      if (end < 0) throw new Error(`fixtures/rules/${rule}.md: the ${fence} block of ${current.file} is not closed`);
      current.text = `${lines.slice(index + 1, end).join('\n')}\n`;
      index = end;
    }
  }
  close();
  const names = cases.map((entry) => entry.file);
  const twice = names.find((name, index) => names.indexOf(name) !== index);
  if (twice) throw new Error(`fixtures/rules/${rule}.md: case ${twice} is given twice`);
  return cases;
}

/** The info string of a case's fence, for the reader's syntax highlighting: the case's own format. */
function fenceLanguage(file: string): string {
  if (file.endsWith('.md')) return 'markdown';
  return file.endsWith('.wiki') ? 'wikitext' : 'text';
}

/** The text of a rule fixture file holding `cases` (the inverse of `parseRuleFixtures`). */
export function formatRuleFixtures(rule: string, cases: readonly RuleCase[]): string {
  let markdown = `# ${rule}\n\nCases of \`test/rule-fixtures.test.ts\`. Each \`##\` heading is a case, read as a file of that name\n(\`.md\` as Markdown, \`.wiki\` as wikitext, \`.txt\` as plain text) whose text is the fenced block below\nit. A \`catch-\` case must raise this rule, its evidence quoting each of \`quotes\`; a \`pass-\` case must\nraise no error or warning.\n`;
  for (const entry of cases) {
    if (!entry.text.endsWith('\n') || entry.text.split('\n').some((line) => line.startsWith(fence))) throw new Error(`${rule}/${entry.file}: a case's text ends with a newline and has no line starting with ${fence}`);
    markdown += `\n## ${entry.file}\n\n`;
    if (entry.quotes) markdown += `quotes: ${JSON.stringify(entry.quotes)}\n\n`;
    markdown += `${fence}${fenceLanguage(entry.file)}\n${entry.text}${fence}\n`;
  }
  return markdown;
}

/** Every rule fixture file's cases, by rule then case name; a folder left under fixtures/rules (the old one-file-per-case layout) is an error, so no case is silently skipped. */
export function readRuleFixtures(): RuleCase[] {
  return readdirSync(rulesDir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => {
      if (!entry.isFile() || !entry.name.endsWith('.md')) throw new Error(`fixtures/rules/${entry.name}: rule fixtures are one Markdown file per rule, fixtures/rules/<rule>.md`);
      const rule = entry.name.slice(0, -'.md'.length);
      return parseRuleFixtures(rule, readFileSync(join(rulesDir, entry.name), 'utf8')).sort((a, b) => (a.file < b.file ? -1 : 1));
    });
}
