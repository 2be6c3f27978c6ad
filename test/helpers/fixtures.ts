import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { readShared, sharedArticles, sharedAvailable, sharedRequired } from '../../bench/shared-texts.js';

/** The project's fixtures folder. */
export const fixturesDir = join(import.meta.dirname, '..', '..', 'fixtures');

/** Reads a fixture file as UTF-8. */
export function readFixture(...parts: string[]): string {
  return readFileSync(join(fixturesDir, ...parts), 'utf8');
}

/** The seed article. */
export const seedText = readFixture('seed', 'seed.txt');

/** Whether tests that read ../shared run: it is there, or CI requires it (and a missing file then fails the test). */
export const sharedTestsRun = sharedAvailable || sharedRequired;

/**
 * A `describe` whose tests read texts of ../shared. When the folder is absent
 * the block is skipped (its body is not even collected, so it may read
 * ../shared at collection time) and one placeholder test shows the skip; the
 * reason is printed once by test/setup/shared-texts.ts.
 */
export function describeShared(name: string, body: () => void): void {
  if (sharedTestsRun) describe(name, body);
  else describe.skip(name, () => it('reads ../shared', () => undefined));
}

/** An `it` that reads texts of ../shared: skipped when the folder is absent. */
export const itShared: typeof it.skip = sharedTestsRun ? it : it.skip;

/** Every corpus article of ../shared: `[name, text]`, sorted by name. */
export function corpusArticles(): Array<[string, string]> {
  return sharedArticles('corpus').map((article) => [article.name, article.text]);
}

/** Folders of fixtures/ whose articles we wrote; every other article path is a text of ../shared. */
const ownArticleFolders = ['seed/', 'citations/'];

/** Whether an article path of a fixture table (`seed/seed.txt`, `corpus/bodmin.txt`) names a text of ../shared. */
export function isSharedArticle(path: string): boolean {
  return !ownArticleFolders.some((folder) => path.startsWith(folder));
}

/** The text of an article path of a fixture table: our own (the seed, the citation articles) from fixtures/, any other from ../shared. */
export function readArticle(path: string): string {
  return isSharedArticle(path) ? readShared(path) : readFixture(...path.split('/'));
}

/** The rows of a table on our own texts and those on texts of ../shared (for `it.each` and `itShared.each`). */
export function splitByArticle<Row>(rows: readonly Row[], article: (row: Row) => string | undefined): { own: Row[]; shared: Row[] } {
  const isShared = (row: Row) => {
    const path = article(row);
    return path !== undefined && isSharedArticle(path);
  };
  return { own: rows.filter((row) => !isShared(row)), shared: rows.filter(isShared) };
}

/**
 * A table row whose input is either its own `text` or a sentence of an
 * article of ../shared: `article`, `start`, `end` (UTF-16 offsets) and a short
 * `excerpt` of its start, for reading the table and for noticing that the
 * article changed. Sentences of fetched articles are read there, not copied.
 */
export interface TextRow {
  text?: string;
  article?: string;
  start?: number;
  end?: number;
  excerpt?: string;
}

const articleCache = new Map<string, string>();

/** The input text of a table row. */
export function rowText(row: TextRow): string {
  if (row.text !== undefined) return row.text;
  if (row.article === undefined || row.start === undefined || row.end === undefined) throw new Error(`a table row needs text, or article, start and end: ${JSON.stringify(row)}`);
  let article = articleCache.get(row.article);
  if (article === undefined) {
    article = readShared(row.article);
    articleCache.set(row.article, article);
  }
  const text = article.slice(row.start, row.end);
  if (!text.startsWith(row.excerpt ?? '')) throw new Error(`${row.article} at ${row.start}–${row.end} no longer starts with “${row.excerpt}”: the article changed, re-find the sentence`);
  return text;
}

/** A table row's name in test titles: its text, or its article, offset and excerpt. */
export function rowLabel(row: TextRow, length = 70): string {
  return row.text !== undefined ? row.text.slice(0, length) : `${row.article}@${row.start} “${row.excerpt}…”`;
}
