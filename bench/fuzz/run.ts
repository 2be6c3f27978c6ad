/**
 * Fuzzing campaign: `npm run fuzz -- --cases 100000 [--seed 1] [--from 0]
 * [--minutes 60] [--slow-ms 2000] [--hang-ms 20000]`.
 *
 * Each case mutates the seed or a corpus article (bench/fuzz/mutate.ts), or
 * builds a structured text (bench/fuzz/generators.ts) and maybe mutates it,
 * and checks every invariant (bench/fuzz/invariants.ts). A failing input is
 * shrunk and saved to fixtures/fuzz/ as a regression case, which
 * test/fuzz.test.ts then runs on every `npm test`. A case slower than
 * `--hang-ms` (texts are at most a few KB) is a failure too, saved unshrunk;
 * cases slower than `--slow-ms` are listed: not failures, but where to look
 * for super-linear work.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fnv1a64 } from '../../src/util/hash.js';
import { baseTexts, fuzzCase, regressionDir, type RegressionCase } from './cases.js';
import { violationsOf } from './invariants.js';
import { shrink } from './mutate.js';

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    from: { type: 'string', default: '0' },
    minutes: { type: 'string' },
    'slow-ms': { type: 'string', default: '2000' },
    'hang-ms': { type: 'string', default: '20000' },
  },
});
const cases = Number(values.cases);
const seed = Number(values.seed);
const from = Number(values.from);
const deadline = values.minutes === undefined ? Number.POSITIVE_INFINITY : Date.now() + Number(values.minutes) * 60_000;
const slowMs = Number(values['slow-ms']);
const hangMs = Number(values['hang-ms']);

const bases = baseTexts();
const started = Date.now();
const failures: Array<{ index: number; file: string; violations: string[] }> = [];
const slow: Array<{ index: number; ms: number; length: number }> = [];
let done = 0;

console.log(`fuzz: seed ${seed}, cases ${from}..${from + cases - 1}, ${bases.length} base texts`);
for (let index = from; index < from + cases && Date.now() < deadline; index++) {
  const testCase = fuzzCase(bases, seed, index);
  const caseStart = performance.now();
  const violations = violationsOf(testCase);
  const ms = performance.now() - caseStart;
  if (ms > slowMs) slow.push({ index, ms: Math.round(ms), length: testCase.text.length });
  if (ms > hangMs) violations.push(`took ${Math.round(ms)} ms, over --hang-ms ${hangMs}`);
  if (violations.length > 0) {
    // A slow case is kept whole: shrinking it would run it hundreds of times.
    const hung = ms > hangMs;
    const text = hung ? testCase.text : shrink(testCase.text, (candidate) => violationsOf({ text: candidate, format: testCase.format }).length > 0);
    const saved: RegressionCase = {
      format: testCase.format,
      text,
      found: hung ? violations : violationsOf({ text, format: testCase.format }),
      origin: `npm run fuzz -- --seed ${seed} --from ${index} --cases 1 (${testCase.steps.join('; ')})`,
    };
    mkdirSync(regressionDir, { recursive: true });
    const file = join(regressionDir, `${fnv1a64(`${testCase.format}\u0000${text}`)}.json`);
    writeFileSync(file, `${JSON.stringify(saved, null, 2)}\n`);
    failures.push({ index, file, violations });
    console.log(`case ${index}: ${violations[0]} → ${file}`);
  }
  done++;
  if (done % 1000 === 0) {
    const seconds = (Date.now() - started) / 1000;
    console.log(`${done} cases, ${failures.length} failing, ${seconds.toFixed(0)} s, ${(done / seconds).toFixed(1)} cases/s`);
  }
}

const seconds = (Date.now() - started) / 1000;
slow.sort((a, b) => b.ms - a.ms);
console.log(JSON.stringify({ seed, from, cases: done, seconds: Math.round(seconds), failing: failures.length, failures, slowest: slow.slice(0, 20) }, null, 2));
process.exitCode = failures.length > 0 ? 1 : 0;
