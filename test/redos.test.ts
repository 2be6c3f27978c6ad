import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSync, type Diagnostics } from 'recheck';
import { describe, expect, it } from 'vitest';
import { listRegexes, regexesInSource, type SourceRegex } from './helpers/regexes.js';

const root = join(import.meta.dirname, '..');
const srcDir = join(root, 'src');

/** Regexes built at run time, vetted by hand with the widest pattern each can build. */
interface DynamicRegex {
  file: string;
  code: string;
  pattern: string;
  flags: string;
  why: string;
}
const dynamic = (JSON.parse(readFileSync(join(root, 'fixtures', 'redos', 'dynamic.json'), 'utf8')) as { entries: DynamicRegex[] }).entries;

// recheck's fuzzing checker otherwise reads wall-clock timeouts as evidence
// of blow-up, so a busy machine turns linear patterns "vulnerable"; without
// them it counts steps only and answers the same on any machine.
const deterministic = { attackTimeout: null, incubationTimeout: null, seedingTimeout: null, timeout: 120_000 } as const;

function patternOf(regex: SourceRegex): { pattern: string; flags: string } | string {
  if (regex.source !== undefined) return { pattern: regex.source, flags: regex.flags };
  const vetted = dynamic.find((entry) => entry.file === regex.file && regex.code.includes(entry.code));
  if (vetted) return { pattern: vetted.pattern, flags: vetted.flags };
  return `${regex.file}:${regex.line} builds a regular expression at run time (\`${regex.code}\`), which cannot be analysed: write it as a literal, or add its widest pattern to fixtures/redos/dynamic.json`;
}

function verdict(regex: SourceRegex, diagnostics: Diagnostics): string {
  const where = `${regex.file}:${regex.line} /${regex.source ?? regex.code}/${regex.flags}`;
  if (diagnostics.status === 'safe') return 'safe';
  if (diagnostics.status === 'vulnerable') {
    return `${where} backtracks in ${diagnostics.complexity.summary} time; attack string: ${diagnostics.attack.pattern} (hot spot: ${diagnostics.hotspot.map((spot) => diagnostics.source.slice(spot.start, spot.end)).join(', ')})`;
  }
  return `${where} could not be analysed by recheck (${diagnostics.error.kind}); rewrite it in a simpler form`;
}

const regexes = listRegexes(srcDir);

describe('the regex lister', () => {
  it('should find literals with slashes in classes and escapes, and skip strings, comments and divisions', () => {
    const text = [
      "const a = /[/]+\\/x/g; // not /this/",
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
    expect(regexes.length).toBeGreaterThan(20);
    expect(regexes.map((regex) => regex.file)).toContain('segment/plain-text.ts');
  });
});

describe('ReDoS audit of src/ with recheck', () => {
  it.each(regexes.map((regex) => [`${regex.file}:${regex.line}`, regex] as const))('should run the regex at %s in linear time', (_where, regex) => {
    const pattern = patternOf(regex);
    expect(typeof pattern === 'string' ? pattern : 'known').toBe('known');
    const { pattern: source, flags } = pattern as { pattern: string; flags: string };
    expect(verdict(regex, checkSync(source, flags, deterministic))).toBe('safe');
  });

  it('should catch a vulnerable pattern, naming where it is and the attack string', () => {
    const regex: SourceRegex = { file: 'example.ts', line: 3, source: '^(a|a)+$', flags: '', code: '/^(a|a)+$/' };
    expect(verdict(regex, checkSync('^(a|a)+$', '', deterministic))).toMatch(/^example\.ts:3 \/\^\(a\|a\)\+\$\/ backtracks in exponential time; attack string: /);
  });
});
