/**
 * claimcheck's benchmark: `npm run bench [-- --quick] [-- --sizes 1,10,50]`.
 *
 * 1. Per article, in one process so ratios hold on a noisy machine
 *    (tinybench: warm-up, then interleaved rounds, median and spread): (a)
 *    remark-parse alone, the floor; (b) parseArticle; (c) + segmentArticle;
 *    (d) extractClaims; (e) analyze with every rule. Peak RSS of each comes
 *    from fresh processes running it once over every article: plain node on
 *    the built library (`npm run build` first; median of three processes,
 *    V8's heap growth varies between identical runs), and once under tsx on
 *    the sources, whose loader adds about 55 MB.
 * 2. Growth with size: the corpus concatenated ×1, ×10, ×50, each stage
 *    timed in a fresh process (one run each: a 60 MB parse is not repeated).
 * 3. Dates: peer cases per second, claimcheck beside chrono-node.
 * 4. The CLI: `claimcheck check` wall time over the corpus with --jobs 1 and
 *    2, and on one small file (start-up), when dist/ has the command.
 * 5. Stress (only with `--only stress`): every class of
 *    bench/fuzz/generators.ts at 1 MiB (`--stress-size` in KiB,
 *    `--stress-classes a,b` for some), each analysed once in a fresh
 *    process: wall and CPU time, peak RSS, whether the report is complete,
 *    and the corpus joined (1.25 MB of real articles) as the reference, with
 *    the load average beside each row, since other jobs share the machine.
 *
 * Prints tables and writes bench/results.json; docs/performance.md keeps the
 * latest tables and what each optimisation bought, docs/reliability.md the
 * stress table. `--only cli,dates` runs some parts; `--quick` runs fewer
 * times and stops at ×10.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as chrono from 'chrono-node';
import { Bench } from 'tinybench';
import { extractClaims } from '../src/index.js';
import { generators } from './fuzz/generators.js';
import { sharedDir, sharedPath } from './shared-texts.js';
import { benchArticles, variants, type VariantName } from './variants.js';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    sizes: { type: 'string' },
    only: { type: 'string' },
    'stress-size': { type: 'string', default: '1024' },
    'stress-classes': { type: 'string' },
  },
});
const quick = values.quick;
const parts = new Set((values.only ?? 'articles,growth,dates,cli').split(','));
const sizes = (values.sizes ?? (quick ? '1,10' : '1,10,50')).split(',').map(Number);
const root = join(import.meta.dirname, '..');
const results: Record<string, unknown> = {
  date: new Date().toISOString(),
  machine: { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version, platform: `${process.platform} ${process.arch}` },
};

function child(args: string[], timeoutMs = 30 * 60_000): Record<string, unknown> | { error: string } {
  return outcome(spawnSync(process.execPath, ['--import', 'tsx', join(root, 'bench', 'child.ts'), ...args], { encoding: 'utf8', timeout: timeoutMs, maxBuffer: 1 << 26 }));
}

function outcome(run: SpawnSyncReturns<string>): Record<string, unknown> | { error: string } {
  if (run.status !== 0) return { error: (run.stderr || run.error?.message || `exit ${run.status}`).split('\n').slice(-3).join(' ').trim() };
  return JSON.parse(run.stdout.trim().split('\n').pop() as string) as Record<string, unknown>;
}

// The built library, when it is at least as new as every source file: an
// older build would measure other code.
const builtLibrary = join(root, 'dist', 'index.js');
function builtIsCurrent(): boolean {
  if (!existsSync(builtLibrary)) return false;
  const built = statSync(builtLibrary).mtimeMs;
  return readdirSync(join(root, 'src'), { recursive: true, withFileTypes: true }).every((entry) => !entry.isFile() || statSync(join(entry.parentPath, entry.name)).mtimeMs <= built);
}

/** Peak RSS of `variant` in plain node on the built library, over `files`: the median of `times` fresh processes, and their range. */
function builtPeakRss(variant: string, files: readonly string[], times = 3): { median: number; range: [number, number] } | { error: string } {
  const peaks: number[] = [];
  for (let time = 0; time < times; time++) {
    const run = outcome(spawnSync(process.execPath, [join(root, 'bench', 'child-built.mjs'), variant], { input: JSON.stringify(files), encoding: 'utf8', timeout: 30 * 60_000 }));
    if (!('maxRssMb' in run)) return run as { error: string };
    peaks.push(run.maxRssMb as number);
  }
  return { median: round(median(peaks), 0), range: [round(Math.min(...peaks), 0), round(Math.max(...peaks), 0)] };
}

const round = (value: number, digits = 1) => Number(value.toFixed(digits));

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

// 1. Per article.
if (parts.has('articles')) {
  const articles = benchArticles();
  const totalMb = articles.reduce((sum, article) => sum + Buffer.byteLength(article.text), 0) / 1e6;
  // Interleaved: each round runs every variant once, in an order rotated per
  // round, so load from other processes falls on all variants alike and the
  // ratios to (a) hold on a shared machine.
  const rounds = quick ? 3 : 10;
  const names = Object.keys(variants) as VariantName[];
  const samples = new Map<VariantName, number[]>(names.map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    const bench = new Bench({ name: `per article, round ${round + 1}`, iterations: 1, time: 0, warmup: round === 0, warmupIterations: 1, warmupTime: 0, retainSamples: true });
    for (const name of [...names.slice(round % names.length), ...names.slice(0, round % names.length)]) {
      bench.add(name, () => {
        for (const article of articles) variants[name](article.text);
      });
    }
    await bench.run();
    for (const task of bench.tasks) {
      if (task.result.state === 'completed') samples.get(task.name as VariantName)?.push(...(task.result.latency.samples ?? []));
    }
  }
  const floor = median(samples.get(names[0] as VariantName) ?? []);
  const files = articles.map((article) => article.file);
  const built = builtIsCurrent();
  const perArticle = names.map((name) => {
    const times = samples.get(name) ?? [];
    const middle = median(times);
    const rss = child(['variant', name]);
    const builtRss = built ? builtPeakRss(name, files) : { error: 'dist/ missing or older than src/: run npm run build' };
    return {
      variant: name,
      msPerArticle: round(middle / articles.length, 2),
      madMsPerArticle: round(median(times.map((time) => Math.abs(time - middle))) / articles.length, 2),
      rangeMsPerArticle: [round(Math.min(...times) / articles.length, 2), round(Math.max(...times) / articles.length, 2)],
      mbPerSecond: round(totalMb / (middle / 1000), 2),
      ratioToRemark: round(middle / floor, 2),
      peakRssMb: 'median' in builtRss ? builtRss.median : builtRss.error,
      peakRssMbRange: 'range' in builtRss ? builtRss.range : null,
      peakRssMbUnderTsx: 'maxRssMb' in rss ? round(rss.maxRssMb as number, 0) : rss.error,
    };
  });
  results.perArticle = { articles: articles.length, megabytes: round(totalMb, 2), runs: rounds, variants: perArticle };
  const baseline = child(['baseline']);
  const builtBaseline = built ? builtPeakRss('baseline', files, 1) : { error: 'not built' };
  results.processBaselineRssMb = 'median' in builtBaseline ? builtBaseline.median : builtBaseline.error;
  results.processBaselineRssMbUnderTsx = 'maxRssMb' in baseline ? round(baseline.maxRssMb as number, 0) : baseline.error;
  console.log(`\nPer article: ${articles.length} articles, ${round(totalMb, 2)} MB, median of ${rounds} interleaved runs (a process that loaded the modules: ${results.processBaselineRssMb} MB RSS built, ${results.processBaselineRssMbUnderTsx} MB under tsx)`);
  console.table(perArticle.map((row) => ({ ...row, rangeMsPerArticle: JSON.stringify(row.rangeMsPerArticle), peakRssMbRange: JSON.stringify(row.peakRssMbRange) })));
}

// 2. Growth with size.
if (parts.has('growth')) {
  const growth = sizes.map((times) => {
    const stages = child(['stages', String(times)]);
    // remark-parse alone on 60 MB needs several GB and many minutes (its cost
    // grows faster than the text); it is measured up to ×10.
    const remark = times <= 10 ? child(['remark', String(times)]) : { error: 'not run: whole-document remark-parse of 60 MB does not fit a reasonable time or heap' };
    return { times, stages, remark };
  });
  results.growth = growth;
  console.log('\nGrowth with size (ms; one fresh process per row):');
  console.table(
    growth.map(({ times, stages, remark }) => {
      const ms = 'ms' in stages ? (stages.ms as Record<string, number>) : {};
      return {
        size: `×${times} (${'chars' in stages ? round((stages.chars as number) / 1e6, 1) : '?'} M chars)`,
        'remark alone': 'ms' in remark ? round(remark.ms as number, 0) : 'not run',
        ...Object.fromEntries(Object.entries(ms).map(([stage, value]) => [stage, round(value, 0)])),
        'peak RSS MB': 'maxRssMb' in stages ? round(stages.maxRssMb as number, 0) : (stages as { error: string }).error,
      };
    }),
  );
}

// 3. Dates on the peer cases.
const peerPath = join(sharedDir, 'eval', 'peer', 'dates.jsonl');
if (!parts.has('dates')) {
  results.dates = { skipped: 'not asked for (--only)' };
} else if (existsSync(peerPath)) {
  const cases = readFileSync(peerPath, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as { input: string; ref?: string });
  let found = 0;
  const dates = new Bench({ name: 'dates', iterations: quick ? 3 : 8, time: 0, warmupIterations: 1, warmupTime: 0 });
  dates.add('claimcheck extractClaims (wiki), date claims', () => {
    found = 0;
    for (const entry of cases) found += extractClaims(entry.input, { format: 'wiki' }).claims.filter((claim) => claim.kind === 'date').length;
  });
  dates.add('chrono-node parse', () => {
    for (const entry of cases) chrono.parse(entry.input, entry.ref ? new Date(entry.ref) : new Date(Date.UTC(2024, 0, 1)));
  });
  await dates.run();
  const rows = dates.tasks.map((task) => ({
    system: task.name,
    casesPerSecond: task.result.state === 'completed' ? round(cases.length / (task.result.latency.p50 / 1000), 0) : task.result.state,
  }));
  results.dates = { cases: cases.length, claimcheckDateClaims: found, systems: rows };
  console.log(`\nDates: ${cases.length} peer cases (claimcheck found ${found} date claims)`);
  console.table(rows);
} else {
  results.dates = { skipped: `no ${peerPath}` };
}

// 4. The CLI.
const cli = join(root, 'dist', 'cli.js');
const probe = parts.has('cli') && existsSync(cli) ? spawnSync(process.execPath, [cli, 'check', '--help'], { encoding: 'utf8' }) : undefined;
if (!parts.has('cli')) {
  results.cli = { skipped: 'not asked for (--only)' };
} else if (!probe) {
  results.cli = { skipped: 'dist/cli.js is missing: run `npm run build` first' };
} else if (/unknown command/.test(probe.stderr)) {
  results.cli = { skipped: 'this build has no `check` command yet' };
} else {
  // Exit codes 0 and 1 are runs that checked (1: findings); 2 is an error, not a time.
  const wall = (args: string[]) => {
    const times: number[] = [];
    for (let run = 0; run < 3; run++) {
      const start = performance.now();
      const { status, stderr } = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', maxBuffer: 1 << 28, cwd: root });
      if (status !== 0 && status !== 1) return `exit ${status}: ${stderr.split('\n')[0]}`;
      times.push(performance.now() - start);
    }
    return round(times.sort((a, b) => a - b)[1] as number, 0);
  };
  results.cli = {
    corpusJobs1Ms: wall(['check', sharedPath('corpus'), '--jobs', '1', '--format', 'json']),
    corpusJobs2Ms: wall(['check', sharedPath('corpus'), '--jobs', '2', '--format', 'json']),
    oneSmallFileMs: wall(['check', 'fixtures/seed/seed.txt', '--format', 'json']),
  };
}
console.log('\nCLI (median of 3 wall times, ms):', results.cli);

/** `yes`, or the limits the report says it was cut short by. */
function completeness(skipped: readonly string[]): string {
  if (skipped.length === 0) return 'yes';
  return `no: ${[...new Set(skipped.map((message) => /over the `(\w+)` limit/.exec(message)?.[1] ?? message))].join(', ')}`;
}

// 5. Stress: each generator class at 1 MiB, in a fresh process.
if (parts.has('stress')) {
  const size = Number(values['stress-size']) * 1024;
  const names = values['stress-classes']?.split(',') ?? ['corpus', ...generators.map((generator) => generator.name)];
  const rows = names.map((name) => {
    const load = loadavg()[0] as number;
    const run = child(['stress', name, String(size)], 10 * 60_000);
    const row = {
      class: name,
      'load (1 min)': round(load, 1),
      ...('ms' in run
        ? { 'wall s': round((run.ms as number) / 1000, 1), 'CPU s': round((run.cpuMs as number) / 1000, 1), 'peak RSS MB': round(run.maxRssMb as number, 0), complete: completeness(run.skipped as string[]) }
        : { error: (run as { error: string }).error }),
    };
    console.log(JSON.stringify(row));
    return row;
  });
  results.stress = { sizeBytes: size, rows };
  console.log(`\nStress: every generator class at ${size} characters, one fresh process each`);
  console.table(rows);
}

// With --only, the parts not run keep their last results.
const resultsPath = join(root, 'bench', 'results.json');
const previous = values.only && existsSync(resultsPath) ? (JSON.parse(readFileSync(resultsPath, 'utf8')) as Record<string, unknown>) : {};
const kept = Object.fromEntries(Object.entries(results).filter(([, value]) => !(value && typeof value === 'object' && 'skipped' in value && String((value as { skipped: unknown }).skipped).includes('--only'))));
writeFileSync(resultsPath, `${JSON.stringify({ ...previous, ...kept }, null, 2)}\n`);
console.log('\nWrote bench/results.json');
