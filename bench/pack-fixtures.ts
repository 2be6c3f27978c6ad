/**
 * Packs fixtures written one file per case into the few-files layout of
 * docs/design.md ("Few fixture files"), for a branch that still adds them the
 * old way; entries already packed are kept, and every packed file is
 * rewritten in the layout of `bench/fixture-json.ts`.
 *
 *   npx tsx bench/pack-fixtures.ts [fixtures folder, default fixtures/]
 *
 * - `fixtures/rules/<rule>/` (case files and `expected.json`) joins
 *   `fixtures/rules/<rule>.md`;
 * - `fixtures/<set>/cases/*.json` joins the set's `cases*.json`;
 * - `fixtures/natural/<folder>--<article>.json` joins `<folder>-<n>.json`;
 * - `fixtures/frames/corpus--<article>.json` joins `corpus-<n>.json`, and the
 *   frames of `written-*.json` lose the parts at their defaults.
 *
 * Planted cases, natural articles and frame articles are grouped by article
 * into the fewest files that each hold at most `budget` characters of
 * ../shared text, as `bench/shared-text-audit.ts` counts them (the limit is
 * 2 000; the rest is room for later cases). Needs ../shared.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatRuleFixtures, parseRuleFixtures, type RuleCase } from '../test/helpers/rule-fixtures.js';
import { caseFilePaths } from './eval-sets/load.js';
import { formatFixtureJson } from './fixture-json.js';
import { writtenFrame, type GoldFrame } from './frames-gold.js';
import { buildIndex, sharedCharacters, sharedTexts, stringValues } from './shared-text-audit.js';
import { repoRoot } from './shared-texts.js';

/** The most ../shared characters a packed file is given, below the audit's limit of 2 000. */
export const budget = 1_600;

interface ByArticle {
  article: string;
}

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

/** Entries (sorted by article) in the fewest groups under the budget, an article's entries together. */
function groupUnderBudget<Entry extends ByArticle>(entries: Entry[], index: Set<number>): Entry[][] {
  const shared = (group: Entry[]) => sharedCharacters(stringValues(group, []).join('\n'), index);
  const articles: Entry[][] = [];
  for (const entry of entries) {
    const last = articles.at(-1);
    if (last?.[0]?.article === entry.article) last.push(entry);
    else articles.push([entry]);
  }
  const groups: Entry[][] = [];
  let current: Entry[] = [];
  for (const article of articles) {
    if (current.length > 0 && shared([...current, ...article]) > budget) {
      groups.push(current);
      current = [];
    }
    current.push(...article);
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

function writeGroups(dir: string, stem: string, groups: unknown[][], width?: number): void {
  groups.forEach((group, index) => writeFileSync(join(dir, groups.length === 1 ? `${stem}.json` : `${stem}-${index + 1}.json`), formatFixtureJson(group, width)));
}

const byArticleThenId = (a: ByArticle & { id?: string }, b: ByArticle & { id?: string }) =>
  a.article < b.article ? -1 : a.article > b.article ? 1 : (a.id ?? '') < (b.id ?? '') ? -1 : 1;

function packRules(fixturesDir: string): void {
  const rulesDir = join(fixturesDir, 'rules');
  for (const rule of readdirSync(rulesDir)) {
    const folder = join(rulesDir, rule);
    if (!statSync(folder).isDirectory()) continue;
    const packed = join(rulesDir, `${rule}.md`);
    const cases: RuleCase[] = existsSync(packed) ? parseRuleFixtures(rule, readFileSync(packed, 'utf8')) : [];
    const expected = (existsSync(join(folder, 'expected.json')) ? readJson(join(folder, 'expected.json')) : {}) as Record<string, string[]>;
    for (const file of readdirSync(folder).filter((name) => name !== 'expected.json')) {
      if (cases.some((entry) => entry.file === file)) throw new Error(`fixtures/rules/${rule}/${file} is also in ${rule}.md`);
      cases.push({ rule, file, text: readFileSync(join(folder, file), 'utf8'), quotes: expected[file] });
    }
    writeFileSync(packed, formatRuleFixtures(rule, cases.sort((a, b) => (a.file < b.file ? -1 : 1))));
    rmSync(folder, { recursive: true });
    console.log(`rules/${rule}.md: ${cases.length} cases`);
  }
}

function packSets(fixturesDir: string, index: Set<number>): void {
  for (const set of readdirSync(fixturesDir)) {
    const casesDir = join(fixturesDir, set, 'cases');
    if (set === 'eval-sets-test' || !existsSync(casesDir)) continue;
    const packedFiles = caseFilePaths(join(fixturesDir, set));
    const cases = [
      ...packedFiles.flatMap((file) => readJson(file) as Array<ByArticle & { id: string }>),
      ...readdirSync(casesDir)
        .filter((name) => name.endsWith('.json'))
        .map((name) => readJson(join(casesDir, name)) as ByArticle & { id: string }),
    ].sort(byArticleThenId);
    for (const file of packedFiles) rmSync(file);
    rmSync(casesDir, { recursive: true });
    const groups = groupUnderBudget(cases, index);
    writeGroups(join(fixturesDir, set), 'cases', groups);
    console.log(`${set}: ${cases.length} cases in ${groups.length} file(s)`);
  }
}

/** Packs the one-object files of a folder whose names hold `--` with its packed arrays, grouped by the article's folder. */
function packByArticle(dir: string, index: Set<number>, compact: (entry: ByArticle) => ByArticle, stemOf: (article: string) => string, width?: number): void {
  if (!existsSync(dir)) return;
  const files = readdirSync(dir).filter((name) => name.endsWith('.json') && !name.startsWith('written-'));
  const loose = files.filter((name) => name.includes('--'));
  if (loose.length === 0) return;
  const entries = files.flatMap((name) => {
    const json = readJson(join(dir, name));
    return (Array.isArray(json) ? json : [json]) as ByArticle[];
  });
  for (const name of files) rmSync(join(dir, name));
  const stems = [...new Set(entries.map((entry) => stemOf(entry.article)))].sort();
  for (const stem of stems) {
    const mine = entries.filter((entry) => stemOf(entry.article) === stem).sort(byArticleThenId).map(compact);
    writeGroups(dir, stem, groupUnderBudget(mine, index), width);
  }
  console.log(`${dir}: ${entries.length} articles from ${files.length} file(s)`);
}

interface FramesDocument {
  sentences: Array<{ start: number; end: number; frames: GoldFrame[] }>;
}

/** The width of the frames gold: one frame per line. */
const framesWidth = 300;

function compactFrames<Document extends FramesDocument>(document: Document): Document {
  return { ...document, sentences: document.sentences.map((sentence) => ({ ...sentence, frames: sentence.frames.map(writtenFrame) })) };
}

function packWrittenFrames(framesDir: string): void {
  if (!existsSync(framesDir)) return;
  for (const name of readdirSync(framesDir).filter((file) => file.startsWith('written-') && file.endsWith('.json'))) {
    writeFileSync(join(framesDir, name), formatFixtureJson((readJson(join(framesDir, name)) as FramesDocument[]).map(compactFrames), framesWidth));
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const fixturesDir = process.argv[2] ?? join(repoRoot, 'fixtures');
  const index = buildIndex(sharedTexts());
  packRules(fixturesDir);
  packSets(fixturesDir, index);
  packByArticle(join(fixturesDir, 'natural'), index, (entry) => entry, (article) => article.split('/')[0] ?? article);
  packByArticle(join(fixturesDir, 'frames'), index, (entry) => compactFrames(entry as ByArticle & FramesDocument), () => 'corpus', framesWidth);
  packWrittenFrames(join(fixturesDir, 'frames'));
}
