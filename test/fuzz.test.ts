import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { baseTexts, fuzzCase, regressionDir, seedBase, type RegressionCase } from '../bench/fuzz/cases.js';
import { reportPositionViolations, violationsOf } from '../bench/fuzz/invariants.js';
import { createRandom, mutate, shrink } from '../bench/fuzz/mutate.js';
import { itShared, sharedTestsRun } from './helpers/fixtures.js';

// Enough to cover every kind of edit on many articles and every generator
// in seconds (structured texts here stay under 2 KB); long campaigns run
// with `npm run fuzz -- --cases 100000`.
const suiteCases = 300;
const largestInSuite = 2048;

function regressionCases(): Array<[string, RegressionCase]> {
  if (!existsSync(regressionDir)) return [];
  return readdirSync(regressionDir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => [name, JSON.parse(readFileSync(join(regressionDir, name), 'utf8')) as RegressionCase]);
}

describe('mutation fuzzing', () => {
  // Without ../shared the seed alone is mutated (and spliced into itself).
  const bases = sharedTestsRun ? baseTexts() : [seedBase()];

  itShared(`should keep every invariant on ${suiteCases} seeded mutations of the seed and the corpus and structured texts`, () => {
    const failing: string[] = [];
    for (let index = 0; index < suiteCases; index++) {
      const testCase = fuzzCase(bases, 20_260_101, index, largestInSuite);
      const violations = violationsOf(testCase);
      if (violations.length > 0) failing.push(`case ${index} (${testCase.steps.join('; ')}): ${violations[0]}`);
    }
    expect(failing).toEqual([]);
  });

  it.each(regressionCases())('should keep every invariant on saved failing input %s', (_name, saved) => {
    expect(violationsOf(saved)).toEqual([]);
  });

  it('should replay the same case from the same seed and index', () => {
    expect(fuzzCase(bases, 7, 42)).toEqual(fuzzCase(bases, 7, 42));
    expect(fuzzCase(bases, 7, 42).text).not.toBe(fuzzCase(bases, 7, 43).text);
  });

  it('should mutate with every kind of edit', () => {
    const random = createRandom(3);
    const kinds = new Set<string>();
    for (let round = 0; round < 200; round++) for (const step of mutate(bases[0] as string, bases, random).steps) kinds.add(step.split(' ')[0] as string);
    expect([...kinds].sort()).toEqual(['delete', 'duplicate', 'flip', 'insert', 'splice']);
  });

  it('should shrink a failing input to what makes it fail', () => {
    const text = 'The group was founded in 1992. It grew. Comrade Gonzalo led it. It split in 1993.';
    expect(shrink(text, (candidate) => candidate.includes('Gonzalo'))).toBe('Gonzalo');
  });
});

describe('the invariant checker', () => {
  const text = '= Title =\n\nIt was founded in 1990.';
  const at = (offset: number, line: number, column: number) => ({ offset, line, column });
  const evidence = (quote: string, start: ReturnType<typeof at>, end: ReturnType<typeof at>) => ({ files: [{ findings: [{ evidence: [{ quote, position: { start, end } }] }] }] });

  it('should accept an exact position deep in a report', () => {
    expect(reportPositionViolations(text, evidence('1990', at(29, 3, 19), at(33, 3, 23)))).toEqual([]);
  });

  it.each([
    ['a quote that is not the slice', evidence('1991', at(29, 3, 19), at(33, 3, 23))],
    ['a column that disagrees with the offset', evidence('1990', at(29, 3, 18), at(33, 3, 23))],
    ['an end past the text', evidence('1990', at(29, 3, 19), at(99, 3, 90))],
  ])('should report %s, naming where it is', (_name, report) => {
    expect(reportPositionViolations(text, report)).toEqual([expect.stringMatching(/^report\.files\[0\]\.findings\[0\]\.evidence\[0\]\.position: /)]);
  });

  it('should report nothing for the seed', () => {
    expect(violationsOf({ text: seedBase(), format: 'auto' })).toEqual([]);
  });
});
