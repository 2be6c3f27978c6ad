/**
 * Runs one measurement in a fresh process, so its peak RSS is its own:
 * `node --import tsx bench/child.ts variant <name>` runs a variant once over
 * every article; `node --import tsx bench/child.ts stages <times>` runs the
 * stages one after the other on the corpus concatenated `times` over;
 * `remark <times>` runs remark-parse alone on it; `baseline` only loads the
 * modules; `stress <class> <size>` analyses one generated text of `size`
 * characters (bench/fuzz/generators.ts), `stress corpus` the corpus joined,
 * with CPU time beside wall time. Prints one JSON line.
 */
import { extractFromArticle } from '../src/extract/index.js';
import { analyze, checkClaims, parseArticle, resolveEntities, rules, segmentArticle } from '../src/index.js';
import { createRandom } from './fuzz/mutate.js';
import { generatorNamed } from './fuzz/generators.js';
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
} else if (mode === 'stress') {
  // `corpus` is the reference: the corpus joined into one real article.
  const generator = argument === 'corpus' ? undefined : generatorNamed(argument as string);
  const text = generator ? generator.build(Number(process.argv[4]), createRandom(15)) : concatenatedCorpus(1);
  const cpuBefore = process.cpuUsage();
  const [report, ms] = elapsed(() => analyze(text, { format: generator?.format ?? 'auto', maxFileSize: Number.MAX_SAFE_INTEGER }));
  const cpu = process.cpuUsage(cpuBefore);
  const findings = report.files[0]?.findings ?? [];
  const skipped = findings.filter((finding) => finding.ruleId === 'incomplete-analysis').map((finding) => finding.message);
  console.log(JSON.stringify({ chars: text.length, ms, cpuMs: (cpu.user + cpu.system) / 1000, maxRssMb: process.resourceUsage().maxRSS / 1024, claims: report.files[0]?.claims.length, findings: findings.length, skipped }));
} else if (mode === 'baseline') {
  console.log(JSON.stringify({ maxRssMb: process.resourceUsage().maxRSS / 1024 }));
} else {
  throw new Error(`unknown mode ${mode}`);
}
