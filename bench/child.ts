/**
 * Runs one measurement in a fresh process, so its peak RSS is its own:
 * `node --import tsx bench/child.ts variant <name>` runs a variant once over
 * every article; `node --import tsx bench/child.ts stages <times>` runs the
 * stages one after the other on the corpus concatenated `times` over;
 * `remark <times>` runs remark-parse alone on it; `baseline` only loads the
 * modules. Prints one JSON line.
 */
import { extractFromArticle } from '../src/extract/index.js';
import { checkClaims, parseArticle, resolveEntities, rules, segmentArticle } from '../src/index.js';
import { benchArticles, concatenatedCorpus, variants, type VariantName } from './variants.js';

const [mode, argument] = process.argv.slice(2);

function runStages(text: string): void {
  checkClaims(resolveEntities(extractFromArticle(segmentArticle(parseArticle(text)), {})), rules);
}

function elapsed<T>(run: () => T): [T, number] {
  const start = performance.now();
  const value = run();
  return [value, performance.now() - start];
}

if (mode === 'variant') {
  const run = variants[argument as VariantName];
  const [, ms] = elapsed(() => {
    for (const article of benchArticles()) run(article.text);
  });
  console.log(JSON.stringify({ ms, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
} else if (mode === 'stages') {
  // One untimed pass over the corpus first, so every row measures compiled
  // code and ×1 is not charged with the JIT's warm-up.
  runStages(concatenatedCorpus(1));
  const text = concatenatedCorpus(Number(argument));
  const [tree, parse] = elapsed(() => parseArticle(text));
  const [article, segment] = elapsed(() => segmentArticle(tree));
  const [extracted, extract] = elapsed(() => extractFromArticle(article, {}));
  const [resolved, resolve] = elapsed(() => resolveEntities(extracted));
  const [, check] = elapsed(() => checkClaims(resolved, rules));
  console.log(JSON.stringify({ chars: text.length, ms: { parse, segment, extract, resolve, check }, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
} else if (mode === 'remark') {
  const text = concatenatedCorpus(Number(argument));
  const [, ms] = elapsed(() => variants['a remark-parse'](text));
  console.log(JSON.stringify({ chars: text.length, ms, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
} else if (mode === 'baseline') {
  console.log(JSON.stringify({ maxRssMb: process.resourceUsage().maxRSS / 1024 }));
} else {
  throw new Error(`unknown mode ${mode}`);
}
