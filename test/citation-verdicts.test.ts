import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, type FileReport } from '../src/index.js';
import { citationCases, type CitationCase } from './helpers/citation-cases.js';
import { expectExactPosition } from './helpers/positions.js';
import { sharedTestsRun } from './helpers/fixtures.js';

/** A verdict as pinned: the claim by kind and quote, the citation, the verdict and the source's words. */
interface PinnedVerdict {
  claim: string;
  citation: string;
  verdict: string;
  match?: string;
  quote?: string;
}

const cases = citationCases();
// Cases whose article is in ../shared run only where it is (CI requires it).
const withShared = sharedTestsRun;
const runnable = cases.filter((entry) => entry.text !== undefined);

function reportOf(entry: CitationCase): FileReport {
  return analyze(entry.text as string, { path: entry.name, sources: entry.sources }).files[0] as FileReport;
}

function pinned(file: FileReport): PinnedVerdict[] {
  const claims = new Map(file.claims.map((claim) => [claim.id, claim]));
  return (file.verdicts ?? []).map((verdict) => {
    const claim = claims.get(verdict.claim);
    return {
      claim: `${claim?.kind}: ${claim?.text}`,
      citation: verdict.citation,
      verdict: verdict.verdict,
      ...(verdict.match ? { match: verdict.match.quote } : {}),
      ...(verdict.quote ? { quote: verdict.quote.quote } : {}),
    };
  });
}

const isName = (claim: string) => /^(?:person|place|organization): /.test(claim);

describe('citation verdicts', () => {
  it('should have eight articles: three wikitext from ../shared, two Markdown with footnotes, one copied Wikipedia text, two of our own', () => {
    const formats = cases.map((entry) => entry.article.split('.').at(-1));
    expect(cases.length).toBeGreaterThanOrEqual(8);
    expect(cases.filter((entry) => entry.article.startsWith('shared:wikitext/')).length).toBeGreaterThanOrEqual(3);
    expect(formats.filter((format) => format === 'md').length).toBeGreaterThanOrEqual(3);
    expect(formats).toContain('txt');
    expect(cases.some((entry) => Object.values(entry.sources).some((source) => source.type === 'html'))).toBe(true);
    expect(cases.some((entry) => Object.values(entry.sources).some((source) => source.type === 'text'))).toBe(true);
  });

  it.skipIf(!withShared).each(runnable.map((entry) => [entry.name, entry] as const))('should give %s its pinned verdicts, each quote an exact slice of its source', (_name, entry) => {
    const file = reportOf(entry);
    for (const verdict of file.verdicts ?? []) {
      const content = entry.files.get(verdict.source);
      expect(content, `source ${verdict.source}`).toBeDefined();
      if (verdict.quote) expectExactPosition(content as string, verdict.quote.position, verdict.quote.quote);
      if (verdict.match) expectExactPosition(content as string, verdict.match.position, verdict.match.quote);
    }
    const actual = pinned(file);
    const path = join(entry.dir, 'expected.json');
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(path, `${JSON.stringify(actual, null, 2)}\n`);
    expect(actual).toEqual(JSON.parse(readFileSync(path, 'utf8')));
  });

  it.skipIf(!withShared)('should between them support at least 20 values, contradict 8 and find 8 not stated', () => {
    const counts = { supported: 0, contradicted: 0, 'not-found': 0 } as Record<string, number>;
    for (const entry of cases) {
      const expected = JSON.parse(readFileSync(join(entry.dir, 'expected.json'), 'utf8')) as PinnedVerdict[];
      for (const verdict of expected) if (!isName(verdict.claim)) counts[verdict.verdict] = (counts[verdict.verdict] ?? 0) + 1;
    }
    expect(counts.supported).toBeGreaterThanOrEqual(20);
    expect(counts.contradicted).toBeGreaterThanOrEqual(8);
    expect(counts['not-found']).toBeGreaterThanOrEqual(8);
  });
});
