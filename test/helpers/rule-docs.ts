import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The fixed sections every rule doc has, in order. */
export const ruleDocSections = ['What it catches', 'Why', 'Options', 'Failing example', 'Passing example', 'Expected output'] as const;

/** A rule doc read back: its id, its sections, and its examples. */
export interface RuleDoc {
  id: string;
  sections: string[];
  failing: string;
  failingFormat: string;
  passing: string;
  passingFormat: string;
  expected: Array<{ severity: string; message: string; quotes: string[] }>;
  options?: Record<string, unknown>;
  /** Cited sources of the failing and passing examples, from a ```json sources block after the example. */
  failingSources?: Record<string, string>;
  passingSources?: Record<string, string>;
}

const docsDir = join(import.meta.dirname, '..', '..', 'docs', 'rules');

/** Every doc under docs/rules, by file name. */
export function readRuleDocs(): RuleDoc[] {
  return readdirSync(docsDir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => parseRuleDoc(name.slice(0, -3), readFileSync(join(docsDir, name), 'utf8')));
}

function parseRuleDoc(id: string, markdown: string): RuleDoc {
  const sections = [...markdown.matchAll(/^## (.+)$/gm)].map((match) => match[1] as string);
  const block = (section: string) => {
    const start = markdown.indexOf(`## ${section}\n`);
    const rest = start < 0 ? '' : markdown.slice(start);
    const fence = /```(\w*)\n([\s\S]*?)\n```/.exec(rest);
    return { format: fence?.[1] ?? '', body: fence?.[2] ?? '' };
  };
  const failing = block('Failing example');
  const passing = block('Passing example');
  const sources = (section: string) => {
    const start = markdown.indexOf(`## ${section}\n`);
    const end = markdown.indexOf('\n## ', start + 1);
    const found = /```json sources\n([\s\S]*?)\n```/.exec(markdown.slice(start, end < 0 ? undefined : end));
    return found ? (JSON.parse(found[1] as string) as Record<string, string>) : undefined;
  };
  const failingSources = sources('Failing example');
  const passingSources = sources('Passing example');
  const optionsBlock = block('Options');
  return {
    id,
    sections,
    failing: `${failing.body}\n`,
    failingFormat: failing.format,
    passing: `${passing.body}\n`,
    passingFormat: passing.format,
    expected: JSON.parse(block('Expected output').body || '[]'),
    ...(optionsBlock.format === 'json' ? { options: JSON.parse(optionsBlock.body) } : {}),
    ...(failingSources ? { failingSources } : {}),
    ...(passingSources ? { passingSources } : {}),
  };
}
