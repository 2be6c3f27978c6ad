/**
 * Runs every rule over the real articles of ../shared and lists what they
 * report: each error and warning finding (to be given a verdict by hand), and
 * per article the claims, entities, events and info findings.
 *
 *   npx tsx bench/corpus-review.ts                             print the tables of ../shared/corpus (Markdown)
 *   npx tsx bench/corpus-review.ts --write                     also put them into docs/corpus-review.md
 *   npx tsx bench/corpus-review.ts --folder corpus-more [--write]
 *       the 120 articles of ../shared/corpus-more, into docs/corpus-review-more.md (created on first --write)
 */
import { join } from 'node:path';
import { analyze } from '../src/index.js';
import { writeDocSection } from './doc-section.js';
import { repoRoot, sharedArticles } from './shared-texts.js';

/** Each folder that can be reviewed and its doc page. */
const folders = {
  corpus: { doc: 'corpus-review.md', title: 'Corpus review' },
  'corpus-more': { doc: 'corpus-review-more.md', title: 'Corpus review: corpus-more' },
} as const;

const folderFlag = process.argv.indexOf('--folder');
const folderName = folderFlag >= 0 ? (process.argv[folderFlag + 1] ?? '') : 'corpus';
if (!Object.hasOwn(folders, folderName)) throw new Error(`--folder must be one of: ${Object.keys(folders).join(', ')}`);
const folder = folders[folderName as keyof typeof folders];
const articles = sharedArticles(folderName as keyof typeof folders);

const loud: string[] = [];
const rows: string[] = [];
const infoByRule = new Map<string, number>();
let claimTotal = 0;
let eventTotal = 0;
for (const { name, text } of articles) {
  const [file] = analyze(text, { path: name }).files;
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
  `${articles.length} articles, ${claimTotal - eventTotal} claims and ${eventTotal} events; ${loud.length} error or warning findings.`,
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
  const markers = { begin: '<!-- corpus-review:start -->', end: '<!-- corpus-review:end -->' };
  const command = `npx tsx bench/corpus-review.ts --folder ${folderName} --write`;
  const newPage = `# ${folder.title}\n\nEvery rule run over the ${articles.length} real Wikipedia articles of \`../shared/${folderName}/\` (CC BY-SA 4.0, see its \`SOURCES.md\`), with the default severities. \`${command}\` regenerates the tables below; each error or warning finding then gets a verdict by hand (real contradiction or false alarm).\n\n## Latest run\n\n${markers.begin}\n${markers.end}\n`;
  writeDocSection(join(repoRoot, 'docs', folder.doc), markers, table, newPage);
}
