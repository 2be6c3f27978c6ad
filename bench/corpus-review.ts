/**
 * Runs every rule over the real articles of `fixtures/corpus/` and lists what
 * they report, for docs/corpus-review.md: each error and warning finding (to
 * be given a verdict by hand), and per article the claims, entities, events
 * and info findings.
 *
 *   npx tsx bench/corpus-review.ts           print the tables (Markdown)
 *   npx tsx bench/corpus-review.ts --write   also put them into docs/corpus-review.md
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/index.js';

const corpusDir = join(import.meta.dirname, '..', 'fixtures', 'corpus');
const files = readdirSync(corpusDir).filter((name) => name.endsWith('.txt')).sort();

const loud: string[] = [];
const rows: string[] = [];
const infoByRule = new Map<string, number>();
let claimTotal = 0;
let eventTotal = 0;
for (const name of files) {
  const [file] = analyze(readFileSync(join(corpusDir, name), 'utf8'), { path: name }).files;
  if (!file) continue;
  const events = file.claims.filter((claim) => claim.kind === 'event').length;
  const info = file.findings.filter((finding) => finding.severity === 'info');
  claimTotal += file.claims.length;
  eventTotal += events;
  for (const finding of info) infoByRule.set(finding.ruleId, (infoByRule.get(finding.ruleId) ?? 0) + 1);
  for (const finding of file.findings.filter((finding) => finding.severity !== 'info')) {
    const quotes = finding.evidence.map((evidence) => `“${evidence.quote}”`).join(' / ');
    loud.push(`| ${name} | \`${finding.ruleId}\` | ${finding.severity} | ${finding.message.replace(/\|/g, '\\|')} | ${quotes.replace(/\|/g, '\\|')} | _verdict_ |`);
  }
  rows.push(`| ${name} | ${file.claims.length - events} | ${events} | ${file.entities.length} | ${file.findings.length - info.length} | ${info.length} |`);
}

const table = [
  `${files.length} articles, ${claimTotal - eventTotal} claims and ${eventTotal} events; ${loud.length} error or warning findings.`,
  '',
  '### Error and warning findings',
  '',
  ...(loud.length === 0 ? ['None.'] : ['| article | rule | severity | message | evidence | verdict |', '| --- | --- | --- | --- | --- | --- |', ...loud]),
  '',
  '### Info findings by rule',
  '',
  '| rule | findings |',
  '| --- | ---: |',
  ...[...infoByRule].sort(([a], [b]) => (a < b ? -1 : 1)).map(([rule, count]) => `| \`${rule}\` | ${count} |`),
  '',
  '### Per article',
  '',
  '| article | claims | events | entities | errors and warnings | info |',
  '| --- | ---: | ---: | ---: | ---: | ---: |',
  ...rows,
].join('\n');

console.log(table);
if (process.argv.includes('--write')) {
  const docPath = join(import.meta.dirname, '..', 'docs', 'corpus-review.md');
  const doc = readFileSync(docPath, 'utf8');
  writeFileSync(docPath, doc.replace(/<!-- corpus-review:start -->[^]*?<!-- corpus-review:end -->/, `<!-- corpus-review:start -->\n${table}\n<!-- corpus-review:end -->`));
}
