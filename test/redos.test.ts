import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkSync, type Diagnostics } from 'recheck';
import { afterAll, describe, expect, it } from 'vitest';
import { sharedArticles } from '../bench/shared-texts.js';
import { itShared, sharedTestsRun } from './helpers/fixtures.js';
import { collectConstructed, listRegexes, regexesInSource, sourceFilesUnder, type SourceRegex } from './helpers/regexes.js';

const root = join(import.meta.dirname, '..');
const srcDir = join(root, 'src');
const redosDir = join(root, 'fixtures', 'redos');
const recheckVersion = (JSON.parse(readFileSync(join(root, 'node_modules', 'recheck', 'package.json'), 'utf8')) as { version: string }).version;

/** Regexes built at run time that analysing the corpus does not reach, vetted by hand with the widest pattern each can build. */
interface VettedRegex {
  file: string;
  code: string;
  pattern: string;
  flags: string;
  why: string;
}
const vetted = (JSON.parse(readFileSync(join(redosDir, 'dynamic.json'), 'utf8')) as { entries: VettedRegex[] }).entries;

/**
 * Patterns recheck already proved linear with this recheck version: checking
 * one takes up to seconds, and hundreds of unchanged patterns need not be
 * proved again on every run. Like a snapshot, the file is rewritten (pruned
 * and extended) by a local run and only read in CI.
 */
const verdictsPath = join(redosDir, 'verdicts.json');
const verdicts = JSON.parse(readFileSync(verdictsPath, 'utf8')) as { recheck: string; linear: string[] };
const provenBefore = new Set(verdicts.recheck === recheckVersion ? verdicts.linear : []);
const provenNow = new Set<string>();
let audited = 0;

// recheck's fuzzing checker otherwise reads wall-clock timeouts as evidence
// of blow-up, so a busy machine turns linear patterns "vulnerable"; without
// them it counts steps only and answers the same on any machine.
const deterministic = { attackTimeout: null, incubationTimeout: null, seedingTimeout: null, timeout: 30_000 } as const;

/** A pattern to prove linear, and where it comes from for the failure message. */
interface Candidate {
  where: string;
  source: string;
  flags: string;
}

function verdict(candidate: Candidate, diagnostics: Diagnostics): string {
  const named = `src/${candidate.where} /${candidate.source}/${candidate.flags}`;
  if (diagnostics.status === 'safe') return 'linear';
  if (diagnostics.status === 'vulnerable') {
    return `${named} backtracks in ${diagnostics.complexity.summary} time; attack string: ${diagnostics.attack.pattern} (hot spot: ${diagnostics.hotspot.map((spot) => diagnostics.source.slice(spot.start, spot.end)).join(', ')})`;
  }
  return `${named} could not be analysed by recheck (${diagnostics.error.kind}); rewrite it in a simpler form`;
}

function prove(candidate: Candidate): string {
  const key = `${candidate.flags}/${candidate.source}`;
  if (provenBefore.has(key)) {
    provenNow.add(key);
    return 'linear';
  }
  const result = verdict(candidate, checkSync(candidate.source, candidate.flags, deterministic));
  if (result === 'linear') provenNow.add(key);
  return result;
}

const literals = listRegexes(srcDir);

// The patterns built at run time, read by running the code: every module is
// imported (module-level patterns) and the seed and a few corpus articles of
// ../shared (when it is there) are analysed (patterns built inside
// functions). The bin is left out: importing it runs the CLI.
const constructed = await collectConstructed(srcDir, async () => {
  for (const file of sourceFilesUnder(srcDir)) if (!file.endsWith(join('cli', 'bin.ts'))) await import(pathToFileURL(file).href);
  const { analyze } = (await import(pathToFileURL(join(srcDir, 'index.ts')).href)) as typeof import('../src/index.js');
  analyze(readFileSync(join(root, 'fixtures', 'seed', 'seed.txt'), 'utf8'));
  for (const article of sharedTestsRun ? sharedArticles('corpus').slice(0, 12) : []) analyze(article.text);
});

/** What each regex in the source stands for: its literal pattern, the patterns it built at run time, or a vetted widest pattern. */
function candidatesOf(regex: SourceRegex): Candidate[] | string {
  const where = `${regex.file}:${regex.line}`;
  if (regex.source !== undefined) return [{ where, source: regex.source, flags: regex.flags }];
  const built = constructed.filter((entry) => entry.file === regex.file && entry.line === regex.line);
  if (built.length > 0) return built.map((entry) => ({ where: `${where} (built at run time)`, source: entry.source, flags: entry.flags }));
  const entry = vetted.find((candidate) => candidate.file === regex.file && regex.code.includes(candidate.code));
  if (entry) return [{ where: `${where} (vetted)`, source: entry.pattern, flags: entry.flags }];
  return `src/${where} builds a regular expression at run time (\`${regex.code.slice(0, 120)}\`) that analysing the seed and the corpus never built, so it cannot be analysed: make it a literal, or add its widest pattern to fixtures/redos/dynamic.json`;
}

describe('the regex lister', () => {
  it('should find literals with slashes in classes and escapes, and skip strings, comments and divisions', () => {
    const text = [
      'const a = /[/]+\\/x/g; // not /this/',
      "const b = 'a /string/ too' + `and /this/ ${c / 2}`;",
      '/* nor /that/ */ const d = e / f / g;',
      "const h = new RegExp('^x+$', 'u'); const i = RegExp(`y{1,3}`);",
      'const j = new RegExp(words.join("|"));',
    ].join('\n');
    expect(regexesInSource(text, 'x.ts').map(({ line, source, flags }) => ({ line, source, flags }))).toEqual([
      { line: 1, source: '[/]+\\/x', flags: 'g' },
      { line: 4, source: '^x+$', flags: 'u' },
      { line: 4, source: 'y{1,3}', flags: '' },
      { line: 5, source: undefined, flags: '' },
    ]);
  });

  it('should find the regular expressions of src/', () => {
    expect(literals.length).toBeGreaterThan(20);
    expect(literals.map((regex) => regex.file)).toContain('segment/plain-text.ts');
  });

  it('should record regexes built at run time with the place that built them', async () => {
    const built = await collectConstructed(srcDir, async () => {
      const { nextCut } = (await import(pathToFileURL(join(srcDir, 'parse', 'chunked.ts')).href)) as typeof import('../src/parse/chunked.js');
      nextCut('a', 0);
    });
    expect(built.every((entry) => entry.file.endsWith('.ts') && entry.line > 0)).toBe(true);
  });
});

function auditRegex(_where: string, regex: SourceRegex): void {
  const candidates = candidatesOf(regex);
  expect(typeof candidates === 'string' ? candidates : 'analysable').toBe('analysable');
  for (const candidate of candidates as Candidate[]) expect(prove(candidate)).toBe('linear');
  audited++;
}

// Without ../shared only the seed is analysed, so a regex that only corpus
// articles build has no pattern to check: its row is skipped, not failed.
const auditRows = literals.map((regex) => [`${regex.file}:${regex.line}`, regex] as const);
const seenWithoutCorpus = (regex: SourceRegex) => sharedTestsRun || typeof candidatesOf(regex) !== 'string';

describe('ReDoS audit of src/ with recheck', () => {
  it.each(auditRows.filter(([, regex]) => seenWithoutCorpus(regex)))('should run the regex at %s in linear time', auditRegex);
  itShared.each(auditRows.filter(([, regex]) => !seenWithoutCorpus(regex)))('should run the regex at %s in linear time', auditRegex);

  it('should catch a vulnerable pattern, naming where it is and the attack string', () => {
    const candidate = { where: 'example.ts:3', source: '^(a|a)+$', flags: '' };
    expect(verdict(candidate, checkSync(candidate.source, candidate.flags, deterministic))).toMatch(/^src\/example\.ts:3 \/\^\(a\|a\)\+\$\/ backtracks in exponential time; attack string: /);
  });

  afterAll(() => {
    const linear = [...provenNow].sort();
    const unchanged = verdicts.recheck === recheckVersion && linear.length === verdicts.linear.length && linear.every((key, index) => key === verdicts.linear[index]);
    // Rewritten only after every regex was proved in this run (no filter, no failure), so nothing is pruned by mistake.
    if (!unchanged && audited === literals.length && !process.env.CI) writeFileSync(verdictsPath, `${JSON.stringify({ recheck: recheckVersion, linear }, null, 2)}\n`);
  });
});
