import { describe, expect, it } from 'vitest';
import { extractClaims, type Claim } from '../src/index.js';
import { scanNumbers } from '../src/extract/figures/numbers.js';
import { corpusArticles, describeShared, itShared, readFixture, rowLabel, rowText, seedText, splitByArticle, type TextRow } from './helpers/fixtures.js';
import { expectExactPosition } from './helpers/positions.js';

type FigureKind = 'quantity' | 'money' | 'age' | 'rank';
const figureKinds: readonly FigureKind[] = ['quantity', 'money', 'age', 'rank'];

interface PositiveCase extends TextRow {
  /** Where a row we wrote comes from (`constructed`, `written`); rows from ../shared name their article. */
  source?: string;
  expect: Array<{ quote: string; value: unknown }>;
}

interface NegativeCase {
  text: string;
  why: string;
  allow?: Array<{ kind: FigureKind; quote: string }>;
}

interface NumberCase {
  text: string;
  value: number;
  shortScales?: boolean;
}

const figuresOf = (claims: Claim[]) => claims.filter((claim) => (figureKinds as readonly string[]).includes(claim.kind));
const extract = (text: string) => extractClaims(text, { format: 'wiki' }).claims;

describe.each(figureKinds)('%s extraction', (kind) => {
  const cases = splitByArticle(
    (JSON.parse(readFixture('extract', 'figures', `${kind}.json`)) as PositiveCase[]).map((entry) => [entry.source ? `${entry.source}: ${rowLabel(entry)}` : rowLabel(entry), entry] as const),
    ([, entry]) => entry.article,
  );
  const findsListedFigures = (_name: string, entry: PositiveCase) => {
    const text = rowText(entry);
    const claims = extract(text).filter((claim) => claim.kind === kind);
    expect(claims.map((claim) => claim.text)).toEqual(entry.expect.map((expected) => expected.quote));
    claims.forEach((claim, index) => {
      const expected = entry.expect[index] as PositiveCase['expect'][number];
      expectExactPosition(text, claim.position, expected.quote);
      expect(claim.value).toEqual(expected.value);
      expect(claim.extractor).toBe(kind);
    });
  };

  it.each(cases.own)('should find exactly the listed figures: %s', findsListedFigures);
  itShared.each(cases.shared)('should find exactly the listed figures: %s', findsListedFigures);
});

describe('figure negatives', () => {
  const cases = JSON.parse(readFixture('extract', 'figures', 'negative.json')) as NegativeCase[];

  it('should hold at least fifty negative texts', () => {
    expect(cases.length).toBeGreaterThanOrEqual(50);
  });

  it.each(cases.map((entry) => [`${entry.why}: ${entry.text.slice(0, 60)}`, entry] as const))('should find no figure but the allowed ones (%s)', (_name, entry) => {
    const found = figuresOf(extract(entry.text));
    expect(found.map((claim) => ({ kind: claim.kind, quote: claim.text }))).toEqual(entry.allow ?? []);
    for (const claim of found) expectExactPosition(entry.text, claim.position, claim.text);
  });
});

describe('number grammar', () => {
  const cases = JSON.parse(readFixture('extract', 'figures', 'numbers.json')) as NumberCase[];

  it.each(cases.map((entry) => [entry.text, entry] as const))('should read %s as one number', (_text, entry) => {
    const found = scanNumbers(entry.text, { shortScales: entry.shortScales === true });
    expect(found).toHaveLength(1);
    expect(found[0]?.value).toBeCloseTo(entry.value, 9);
  });
});

describe('figures of the seed', () => {
  const claims = figuresOf(extractClaims(seedText).claims);

  it('should find every figure, amount, age and rank of the seed with its exact quote and value', () => {
    const summary = claims.map((claim) => [claim.kind, claim.text]);
    expect(summary).toEqual([
      ['quantity', '~300'],
      ['quantity', '18 people'],
      ['quantity', 'eight fronts'],
      ['quantity', 'around 60 to 80 people'],
      ['rank', '"number three"'],
      ['rank', '"number two"'],
      ['rank', '"number four"'],
      ['money', 'between 1,800 and 2,000 soles'],
      ['rank', 'First stage'],
      ['quantity', 'three phases'],
      ['rank', 'Phase 1'],
      ['rank', 'Phase 2'],
      ['rank', 'Phase 3'],
      ['rank', 'Second stage'],
      ['quantity', 'two phases'],
      ['rank', 'Phase 1'],
      ['rank', 'second plenary session'],
      ['rank', 'Phase 2'],
      ['rank', 'third plenary session'],
      ['rank', 'Third stage'],
      ['quantity', 'two factions'],
      ['quantity', 'two former Shining Path strongholds'],
      ['money', 'US$5 million'],
      ['quantity', 'four members'],
      ['quantity', '7 policemen'],
      ['age', '24-year son'],
      ['age', '23'],
      ['age', '19'],
      ['age', '24'],
    ]);
    for (const claim of claims) expectExactPosition(seedText, claim.position, claim.text);
  });

  it('should give the seed figures their values', () => {
    const value = (text: string) => claims.find((claim) => claim.text === text)?.value;
    expect(value('~300')).toEqual({ value: 300, min: 300, max: 300, approximate: true, noun: null });
    expect(value('around 60 to 80 people')).toEqual({ value: null, min: 60, max: 80, approximate: true, noun: 'person' });
    expect(value('eight fronts')).toMatchObject({ value: 8, noun: 'front', approximate: false });
    expect(value('18 people')).toMatchObject({ value: 18, noun: 'person' });
    expect(value('7 policemen')).toMatchObject({ value: 7, noun: 'policeman' });
    expect(value('four members')).toMatchObject({ value: 4, noun: 'member' });
    expect(value('between 1,800 and 2,000 soles')).toEqual({ amount: null, min: 1800, max: 2000, currency: 'PEN', approximate: false });
    expect(value('US$5 million')).toEqual({ amount: 5000000, min: 5000000, max: 5000000, currency: 'USD', approximate: false });
    expect(value('24-year son')).toEqual({ years: 24, subjectText: 'José Quispe Zúñiga' });
    expect(value('23')).toEqual({ years: 23, subjectText: 'Iván Quispe Vargas' });
    expect(value('19')).toEqual({ years: 19, subjectText: 'Romeo Campos Mancilla' });
    expect(value('24')).toEqual({ years: 24, subjectText: 'Jheyson Andrés Ramos Andrade' });
    expect(value('"number two"')).toEqual({ ordinal: 2, of: null, quoted: true });
    expect(value('second plenary session')).toEqual({ ordinal: 2, of: 'plenary session', quoted: false });
    expect(value('First stage')).toEqual({ ordinal: 1, of: 'stage', quoted: false });
  });

  it('should find nothing in pixel sizes, plan names, operation names or years', () => {
    const quotes = claims.map((claim) => claim.text).join(' | ');
    for (const word of ['25px', '125px', '777', 'Lobo', '2018', '2022', '1992', '1990s']) expect(quotes).not.toContain(word);
  });
});

describeShared('figures of the corpus', () => {
  it.each(corpusArticles())('should quote every figure exactly and claim no year as a count in %s', (_name, text) => {
    const claims = figuresOf(extract(text));
    for (const claim of claims) {
      expectExactPosition(text, claim.position, claim.text);
      expect(claim.text).not.toMatch(/\d(?:px|PX)\b/);
      // Infobox fields that hold a figure (`Elevation Ft: 1976`) are the exception: the key says what the number is.
      if (claim.kind === 'quantity' && claim.value.noun === null && claim.where !== 'infobox') expect(claim.text).not.toMatch(/^(?:1\d|20)\d\d$/);
    }
  });
});
