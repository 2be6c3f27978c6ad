/**
 * claimcheck on Markdown documentation it was not written for: every `.md`
 * file under a folder (by default the READMEs, changelogs and docs inside
 * `node_modules`), read as Markdown. Prints the figures of
 * docs/markdown-docs.md:
 *
 *   npx tsx bench/markdown-docs.ts [folder=node_modules] [--list]
 *
 * - files read, crashes (an analysis that throws something other than a
 *   `ClaimcheckError` on a size or time limit);
 * - claims, and claims from code: a claim whose span touches inline code or
 *   a code block, or starts or ends inside an HTML tag (a claim may span a
 *   tag, as `64</sup> generations` does: its words are prose);
 * - impossible years: date claims whose year is before 1900 or after 2100,
 *   which in software documentation are numbers that name things (RFC 1122,
 *   issue 1033, 1500 UTC), not years;
 * - findings by severity; `--list` prints every finding and every impossible
 *   year with its file and quote, for checking by hand.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Nodes, Root } from 'mdast';
import { analyze, ClaimcheckError, parseArticle, type Claim } from '../src/index.js';

const folder = process.argv.slice(2).find((argument) => !argument.startsWith('--')) ?? 'node_modules';
const list = process.argv.includes('--list');

function markdownFiles(root: string): string[] {
  const found: string[] = [];
  const stack = [root];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    for (const entry of readdirSync(next, { withFileTypes: true })) {
      const path = join(next, entry.name);
      if (entry.isDirectory()) stack.push(path);
      else if (entry.isFile() && /\.md$/i.test(entry.name)) found.push(path);
    }
  }
  return found.sort();
}

interface CodeRanges {
  code: Array<[number, number]>;
  html: Array<[number, number]>;
}

/** Source ranges of code (`inlineCode`, `code`) and of HTML (`html`) in the tree. */
function codeRanges(tree: Root): CodeRanges {
  const ranges: CodeRanges = { code: [], html: [] };
  const stack: Nodes[] = [tree];
  for (let node = stack.pop(); node; node = stack.pop()) {
    const range: [number, number] | undefined = node.position ? [node.position.start.offset ?? 0, node.position.end.offset ?? 0] : undefined;
    if (range && (node.type === 'inlineCode' || node.type === 'code')) ranges.code.push(range);
    if (range && node.type === 'html') ranges.html.push(range);
    if ('children' in node) for (const child of node.children) stack.push(child as Nodes);
  }
  return ranges;
}

function touchesCode(claim: Claim, ranges: CodeRanges): boolean {
  const start = claim.position.start.offset;
  const end = claim.position.end.offset;
  const inside = (offset: number, [from, to]: [number, number]) => offset > from && offset < to;
  return ranges.code.some(([from, to]) => start < to && end > from) || ranges.html.some((range) => inside(start, range) || inside(end, range) || start === range[0]);
}

function yearOf(claim: Claim): number | undefined {
  if (claim.kind !== 'date' || claim.value.start === null) return undefined;
  const match = /^(-?\d{4,})/.exec(claim.value.start);
  return match ? Number(match[1]) : undefined;
}

const totals = { files: 0, crashes: 0, limits: 0, claims: 0, fromCode: 0, impossibleYears: 0, error: 0, warning: 0, info: 0 };
const listed: string[] = [];
const files = markdownFiles(folder).filter((path) => statSync(path).size > 0);
for (const path of files) {
  const name = relative(folder, path);
  const text = readFileSync(path, 'utf8');
  totals.files++;
  try {
    const file = analyze(text, { format: 'markdown', path: name, timeoutMs: 60_000 }).files[0]!;
    const ranges = codeRanges(parseArticle(text, { format: 'markdown' }));
    totals.claims += file.claims.length;
    for (const claim of file.claims) {
      if (touchesCode(claim, ranges)) {
        totals.fromCode++;
        listed.push(`code  ${name}:${claim.position.start.line}  ${claim.kind}  ${JSON.stringify(claim.text)}`);
      }
      const year = yearOf(claim);
      if (year !== undefined && (year < 1900 || year > 2100)) {
        totals.impossibleYears++;
        listed.push(`year  ${name}:${claim.position.start.line}  ${JSON.stringify(claim.text)} → ${year}`);
      }
    }
    for (const finding of file.findings) {
      totals[finding.severity]++;
      const evidence = finding.evidence[0]!;
      listed.push(`${finding.severity.padEnd(5)} ${name}:${evidence.position.start.line}  ${finding.ruleId}  ${finding.message}`);
    }
  } catch (error) {
    if (error instanceof ClaimcheckError) totals.limits++;
    else {
      totals.crashes++;
      listed.push(`crash ${name}  ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

console.log(JSON.stringify(totals));
if (list) for (const line of listed) console.log(line);
