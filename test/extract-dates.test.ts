import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/extract/index.js';
import { DateValueSchema, type Claim, type DateClaim } from '../src/schema/claims.js';
import { corpusArticles, describeShared, itShared, readFixture, rowLabel, rowText, seedText, splitByArticle, type TextRow } from './helpers/fixtures.js';
import { expectExactPosition } from './helpers/positions.js';

interface ExpectedDate {
  quote: string;
  timex: string;
  granularity?: string;
  start?: string | null;
  end?: string | null;
}

interface DateCase extends TextRow {
  referenceDate?: string;
  why?: string;
  /** The format the text is read in; wiki unless said. */
  format?: 'wiki' | 'markdown';
  expected: ExpectedDate[];
}

interface SeedDate extends Required<ExpectedDate> {
  line: number;
  column: number;
  relation?: string;
  anchor?: { quote: string; line: number };
}

const positives = JSON.parse(readFixture('extract', 'dates', 'positive.json')) as DateCase[];
// Every `negative*.json` file: `negative-identifiers.json` holds numbers that name things (RFC 1122, issues/1033, 1500 UTC).
const negativeFiles = readdirSync(join(import.meta.dirname, '..', 'fixtures', 'extract', 'dates')).filter((name) => /^negative.*\.json$/.test(name)).sort();
const negatives = negativeFiles.flatMap((name) => JSON.parse(readFixture('extract', 'dates', name)) as DateCase[]);
const seedDates = JSON.parse(readFixture('extract', 'dates', 'seed.json')) as SeedDate[];

function dateClaims(text: string, referenceDate?: string, format: 'wiki' | 'markdown' = 'wiki'): DateClaim[] {
  const { claims } = extractClaims(text, { format, ...(referenceDate ? { referenceDate } : {}) });
  return claims.filter((claim: Claim): claim is DateClaim => claim.kind === 'date');
}

function expectDates(text: string, found: DateClaim[], expected: ExpectedDate[]): void {
  expect(found.map((claim) => [claim.text, claim.value.timex])).toEqual(expected.map((date) => [date.quote, date.timex]));
  found.forEach((claim, index) => {
    const want = expected[index] as ExpectedDate;
    expectExactPosition(text, claim.position, want.quote);
    if (want.granularity !== undefined) expect(claim.value.granularity).toBe(want.granularity);
    if (want.start !== undefined) expect(claim.value.start).toBe(want.start);
    if (want.end !== undefined) expect(claim.value.end).toBe(want.end);
  });
}

describe('date claims: positive cases', () => {
  it('should have at least 120 cases', () => {
    expect(positives.length).toBeGreaterThanOrEqual(120);
  });

  const rows = splitByArticle(
    positives.map((entry) => [rowLabel(entry, Infinity), entry] as const),
    ([, entry]) => entry.article,
  );
  const findsListedDates = (_label: string, entry: DateCase) => {
    const text = rowText(entry);
    expectDates(text, dateClaims(text, entry.referenceDate), entry.expected);
  };

  it.each(rows.own)('should find exactly the listed dates in %j', findsListedDates);
  itShared.each(rows.shared)('should find exactly the listed dates in %j', findsListedDates);
});

describe('date claims: negative cases', () => {
  it('should have at least 40 cases', () => {
    expect(negatives.length).toBeGreaterThanOrEqual(40);
  });

  it.each(negatives.map((entry) => [entry.why ?? rowLabel(entry, Infinity), entry] as const))('should not read %s as a date', (_why, entry) => {
    const text = rowText(entry);
    expectDates(text, dateClaims(text, entry.referenceDate, entry.format), entry.expected);
  });
});

describe('date claims: the seed', () => {
  const found = dateClaims(seedText);
  const byId = new Map(found.map((claim) => [claim.id, claim]));

  it('should find every date expression of the seed and nothing else', () => {
    expect(found.map((claim) => [claim.position.start.line, claim.position.start.column, claim.text])).toEqual(
      seedDates.map((date) => [date.line, date.column, date.quote]),
    );
  });

  it.each(seedDates.map((date) => [`${date.quote} (line ${date.line})`, date] as const))('should give %s its exact span and value', (_name, date) => {
    const claim = found.find((candidate) => candidate.position.start.line === date.line && candidate.position.start.column === date.column);
    expect(claim).toBeDefined();
    const { value, position } = claim as DateClaim;
    expectExactPosition(seedText, position, date.quote);
    expect({ timex: value.timex, granularity: value.granularity, start: value.start, end: value.end }).toEqual({
      timex: date.timex,
      granularity: date.granularity,
      start: date.start,
      end: date.end,
    });
    expect(value.relation).toBe(date.relation);
    const anchor = value.resolvedFrom === undefined ? undefined : byId.get(value.resolvedFrom);
    expect(anchor && { quote: anchor.text, line: anchor.position.start.line }).toEqual(date.anchor);
    if (date.anchor) expect(value.resolution).toMatch(/'.+'/);
  });
});

describeShared('date claims: the corpus', () => {
  it.each(corpusArticles())('should give schema-valid date claims with exact quotes in %s', (_name, text) => {
    for (const claim of dateClaims(text)) {
      expectExactPosition(text, claim.position, claim.text);
      expect(() => DateValueSchema.parse(claim.value)).not.toThrow();
      expect(claim.extractor).toMatch(/^date\//);
    }
  });

  it('should find dates in nearly every article (two have none)', () => {
    const withDates = corpusArticles().filter(([, text]) => dateClaims(text).length > 0);
    expect(withDates.length).toBeGreaterThanOrEqual(corpusArticles().length - 2);
  });

  it('should resolve every relative date that has an anchor to a claim before it', () => {
    for (const [, text] of corpusArticles()) {
      const found = dateClaims(text);
      const order = new Map(found.map((claim, index) => [claim.id, index]));
      for (const [index, claim] of found.entries()) {
        if (claim.value.resolvedFrom === undefined) continue;
        expect(order.get(claim.value.resolvedFrom)).toBeLessThan(index);
      }
    }
  });
});
