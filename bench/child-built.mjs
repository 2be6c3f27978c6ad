/**
 * Peak RSS of one per-article variant as a user of the package meets it:
 * plain node running the built library (`dist/index.js`, `npm run build`
 * first), without tsx. bench/child.ts runs the TypeScript sources under tsx,
 * whose loader thread and transpiled sources add about 55 MB to the process
 * before any article is read, and more heap for V8 to grow from.
 *
 * `node bench/child-built.mjs <variant>` reads the articles' file paths as a
 * JSON array on stdin, runs the variant once over every article (or only
 * loads the modules, for `baseline`) and prints one JSON line. The variants
 * are those of bench/variants.ts, which this plain-JS file cannot import.
 */
import { readFileSync } from 'node:fs';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { analyze, extractClaims, parseArticle, segmentArticle } from '../dist/index.js';

const remark = unified().use(remarkParse).freeze();
const variants = {
  'a remark-parse': (text) => remark.parse(text),
  'b parseArticle': (text) => parseArticle(text),
  'c parse+segment': (text) => segmentArticle(parseArticle(text)),
  'd extractClaims': (text) => extractClaims(text),
  'e analyze': (text) => analyze(text, { maxFileSize: Number.MAX_SAFE_INTEGER }),
  baseline: () => undefined,
};

const name = process.argv[2];
const run = variants[name];
if (!run) throw new Error(`unknown variant ${name}`);
const texts = JSON.parse(readFileSync(0, 'utf8')).map((file) => readFileSync(file, 'utf8'));
const start = performance.now();
for (const text of texts) run(text);
console.log(JSON.stringify({ ms: performance.now() - start, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
