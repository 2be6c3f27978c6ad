import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditFixtures, buildIndex, limitPerFile, runLength, sharedCharacters, sharedTexts } from '../bench/shared-text-audit.js';
import { describeShared, fixturesDir } from './helpers/fixtures.js';

describe('the shared-text audit', () => {
  const article = 'The village grew around the mill on the river. Anna Berg founded the village in 1852, after a flood had moved the river.';
  const index = buildIndex([article]);

  it('should count the characters of runs of 40 or more found in a shared text, once each', () => {
    const copied = 'Anna Berg founded the village in 1852, after a flood';
    expect(copied.length).toBeGreaterThanOrEqual(runLength);
    expect(sharedCharacters(`We wrote this:\n${copied}; and this.`, index)).toBe(copied.length);
    expect(sharedCharacters(`${copied}\n${copied}`, index)).toBe(2 * copied.length);
  });

  it('should not count runs shorter than 40 or text we wrote', () => {
    expect(sharedCharacters('Anna Berg founded the village in 1852', index)).toBe(0);
    expect(sharedCharacters('Tiny Town had 1,200 inhabitants in 2020, and a mill by the river.', index)).toBe(0);
  });
});

describeShared('fixtures against ../shared', () => {
  it(`should hold no file but the seed with more than ${limitPerFile} characters of text from ../shared`, () => {
    const rows = auditFixtures(fixturesDir, buildIndex(sharedTexts()));
    expect(rows.length).toBeGreaterThan(50);
    expect(rows.find((row) => row.file === join('fixtures', 'eval2', 'cases.json'))?.sharedCharacters, 'a packed case file is measured as a whole').toBeGreaterThan(1_000);
    expect(rows.filter((row) => !row.exempt && row.sharedCharacters > limitPerFile).map((row) => `${row.file}: ${row.sharedCharacters}`)).toEqual([]);
    expect(rows.find((row) => row.file === join('fixtures', 'seed', 'seed.txt'))?.exempt).toBe(true);
  });
});
