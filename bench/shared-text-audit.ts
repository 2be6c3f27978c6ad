/**
 * How much text of ../shared each fixture file holds. Texts we did not write
 * stay in ../shared; a fixture may quote a clause or a sentence, never an
 * article, section or paragraph. This counts, per file under `fixtures/`,
 * the characters that lie in runs of at least 40 characters found verbatim in
 * a shared text (articles, wikitext, treebank sentences, peer suite inputs),
 * and flags a file past 2 000 such characters. The seed is ours and is not
 * counted. JSON files are read as their string values, so escapes (`\n`,
 * `\"`) do not hide a copied paragraph.
 *
 *   npx tsx bench/shared-text-audit.ts          files holding any shared text, most first; exit 1 past the limit
 *   npx tsx bench/shared-text-audit.ts --all    every file
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { repoRoot, sharedArticles, sharedPath } from './shared-texts.js';

/** A run this long, found verbatim in a shared text, counts as copied. */
export const runLength = 40;

/** The most copied characters a fixture file may hold. */
export const limitPerFile = 2_000;

const modulusA = 2_147_483_647;
const modulusB = 4_194_301;
const base = 131;

function power(modulus: number): number {
  let result = 1;
  for (let index = 1; index < runLength; index++) result = (result * base) % modulus;
  return result;
}
const topA = power(modulusA);
const topB = power(modulusB);

/** Calls `visit(end, key)` for every window of `runLength` characters, `key` a two-modulus rolling hash of it (below 2^53). */
function forEachWindow(text: string, visit: (end: number, key: number) => void): void {
  let hashA = 0;
  let hashB = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (index >= runLength) {
      const old = text.charCodeAt(index - runLength);
      hashA = (hashA - ((old * topA) % modulusA) + modulusA) % modulusA;
      hashB = (hashB - ((old * topB) % modulusB) + modulusB) % modulusB;
    }
    hashA = (hashA * base + code) % modulusA;
    hashB = (hashB * base + code) % modulusB;
    if (index >= runLength - 1) visit(index + 1, hashA * modulusB + hashB);
  }
}

/** The windows of every shared text, to look fixture windows up in. */
export function buildIndex(texts: Iterable<string>): Set<number> {
  const index = new Set<number>();
  for (const text of texts) forEachWindow(text, (_end, key) => index.add(key));
  return index;
}

/** Characters of `text` covered by a window found in the index. */
export function sharedCharacters(text: string, index: Set<number>): number {
  let counted = 0;
  let coveredTo = 0;
  forEachWindow(text, (end, key) => {
    if (!index.has(key)) return;
    const start = end - runLength;
    counted += end - Math.max(start, coveredTo);
    coveredTo = end;
  });
  return counted;
}

function conlluSentences(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('# text = '))
    .map((line) => line.slice('# text = '.length));
}

function filesUnder(dir: string, extension: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path, extension);
    return entry.name.endsWith(extension) ? [path] : [];
  });
}

/** Every text of ../shared we did not write: articles, wikitext, treebank sentences and peer suite inputs (the seed is ours). */
export function sharedTexts(): string[] {
  const articles = (['corpus', 'corpus-more', 'wikitext'] as const).flatMap((folder) => sharedArticles(folder).map((article) => article.text));
  const treebanks = filesUnder(sharedPath('eval/ud'), '.conllu').flatMap(conlluSentences);
  const peer = filesUnder(sharedPath('eval/peer'), '.jsonl').flatMap((path) =>
    readFileSync(path, 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => String((JSON.parse(line) as { input?: unknown }).input ?? '')),
  );
  return [...articles, ...treebanks, ...peer];
}

/** Every string inside a JSON value, in order, appended to `into`. */
export function stringValues(value: unknown, into: string[]): string[] {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) for (const item of value) stringValues(item, into);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) stringValues(item, into);
  return into;
}

/** A fixture file as text to measure: JSON (and NDJSON) as its string values one per line, anything else as it is. */
export function measuredText(path: string): string {
  const raw = readFileSync(path, 'utf8');
  try {
    if (path.endsWith('.json')) return stringValues(JSON.parse(raw), []).join('\n');
    if (path.endsWith('.ndjson')) return raw.split('\n').filter((line) => line.trim()).flatMap((line) => stringValues(JSON.parse(line), [])).join('\n');
  } catch {
    // A file named .json that does not parse is measured as raw text.
  }
  return raw;
}

/** One fixture file and the copied characters it holds. */
export interface AuditRow {
  file: string;
  sharedCharacters: number;
  /** The seed is ours: it may hold anything. */
  exempt: boolean;
}

/** Every file under a fixtures folder with its count of copied characters, most first. */
export function auditFixtures(fixturesDir: string, index: Set<number>): AuditRow[] {
  const files = filesUnder(fixturesDir, '').filter((path) => statSync(path).isFile());
  return files
    .map((path) => {
      const file = relative(repoRoot, path);
      return { file, sharedCharacters: sharedCharacters(measuredText(path), index), exempt: file.startsWith('fixtures/seed/') };
    })
    .sort((a, b) => b.sharedCharacters - a.sharedCharacters || (a.file < b.file ? -1 : 1));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = auditFixtures(join(repoRoot, 'fixtures'), buildIndex(sharedTexts()));
  const shown = process.argv.includes('--all') ? rows : rows.filter((row) => row.sharedCharacters > 0);
  console.log(`| file | characters in runs of ${runLength}+ shared with ../shared |\n| --- | ---: |`);
  for (const row of shown) console.log(`| ${row.file}${row.exempt ? ' (the seed: ours)' : ''} | ${row.sharedCharacters} |`);
  const over = rows.filter((row) => !row.exempt && row.sharedCharacters > limitPerFile);
  if (over.length > 0) {
    console.error(`${over.length} file(s) hold more than ${limitPerFile} characters of text from ../shared: ${over.map((row) => row.file).join(', ')}`);
    process.exitCode = 1;
  }
}
