import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { analyze, extractClaims, parseArticle, segmentArticle } from '../src/index.js';
import { sharedArticles, sharedPath } from './shared-texts.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures');

/** The articles measured one call each: the seed and every corpus article of ../shared, with the file each is read from. */
export function benchArticles(): Array<{ name: string; file: string; text: string }> {
  const seed = join(fixtures, 'seed', 'seed.txt');
  return [{ name: 'seed', file: seed, text: readFileSync(seed, 'utf8') }, ...sharedArticles('corpus').map(({ path, name, text }) => ({ name, file: sharedPath(path), text }))];
}

/** The corpus articles joined into one document, `times` over, as the size series uses. */
export function concatenatedCorpus(times: number): string {
  const one = benchArticles()
    .slice(1)
    .map((article) => article.text)
    .join('\n\n');
  return Array.from({ length: times }, () => one).join('\n\n');
}

const remark = unified().use(remarkParse).freeze();

/** What each variant runs on one text; (a) is the floor every other is compared to. */
export const variants = {
  'a remark-parse': (text: string) => remark.parse(text),
  'b parseArticle': (text: string) => parseArticle(text),
  'c parse+segment': (text: string) => segmentArticle(parseArticle(text)),
  'd extractClaims': (text: string) => extractClaims(text),
  'e analyze': (text: string) => analyze(text, { maxFileSize: Number.MAX_SAFE_INTEGER }),
} as const;

/** A variant's name. */
export type VariantName = keyof typeof variants;
