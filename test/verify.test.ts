import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toText } from 'hast-util-to-text';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { analyze, analyzeAsync, compareClaims, extractClaims, readSource, type Citation } from '../src/index.js';
import { normalizeUrl } from '../src/verify/index.js';
import { fixturesDir } from './helpers/fixtures.js';
import { expectExactPosition } from './helpers/positions.js';

interface CompareCase {
  kind: string;
  article: string;
  source: string;
  outcome: string;
  why: string;
}

const { cases } = JSON.parse(readFileSync(join(fixturesDir, 'verify', 'compare.json'), 'utf8')) as { cases: CompareCase[] };

function firstClaim(text: string, kind: string) {
  const claim = extractClaims(text, { format: 'wiki' }).claims.find((candidate) => candidate.kind === kind);
  if (!claim) throw new Error(`no ${kind} claim in ${JSON.stringify(text)}`);
  return claim;
}

describe('comparing a claim with its source', () => {
  it.each(cases.map((entry) => [`${entry.why}: ${entry.article} / ${entry.source}`, entry] as const))('should compare %s', (_name, entry) => {
    const comparison = compareClaims(firstClaim(entry.article, entry.kind), firstClaim(entry.source, entry.kind));
    expect(comparison.outcome, comparison.reason).toBe(entry.outcome);
  });

  it('should normalize URLs so http and https, a trailing slash and a fragment meet', () => {
    expect(normalizeUrl('https://Example.org/a/#top')).toBe(normalizeUrl('http://example.org/a'));
    expect(normalizeUrl('//example.org/a')).toBe('//example.org/a');
    expect(normalizeUrl('ftp://example.org')).toBeUndefined();
  });
});

describe('reading a source', () => {
  const page = '<!doctype html><html><head><title>T</title><script>var x = 1999;</script></head><body><nav>Home</nav><h1>Flood &amp; fire</h1><p>The flood <b>killed</b>\n  twenty-one people.</p><ul><li>One</li><li>Two</li></ul></body></html>';

  it('should read HTML as the text a reader sees, each character mapped back to the page', () => {
    const source = readSource({ content: page, type: 'html' });
    expect(source.readable.value).toBe('Flood & fire\n\nThe flood killed twenty-one people.\n\nOne\n\nTwo');
    const at = source.readable.value.indexOf('killed twenty-one');
    const [start, end] = source.toSource(at, at + 'killed twenty-one'.length);
    expect(page.slice(start, end)).toBe('killed</b>\n  twenty-one');
    const [ampStart, ampEnd] = source.toSource(6, 7);
    expect(page.slice(ampStart, ampEnd)).toBe('&');
  });

  it('should read the same words as hast-util-to-text, scripts and navigation aside', () => {
    const tree = fromHtml(page);
    const words = (text: string) => text.split(/\s+/).filter(Boolean);
    const expected = words(toText(tree)).filter((word) => !['T', 'var', 'x', '=', '1999;', 'Home'].includes(word));
    expect(words(readSource({ content: page, type: 'html' }).readable.value)).toEqual(expected);
  });

  it('should detect a page by its markup and read plain text as it is', () => {
    expect(readSource({ content: '<p>Hello.</p>' }).readable.value).toBe('Hello.');
    expect(readSource({ content: 'a < b and c > d.' }).readable.value).toBe('a < b and c > d.');
  });
});

describe('verdicts', () => {
  const article = '# Flood\n\nIt killed 23 people in 1987.[^1] It destroyed 400 homes.[^2]\n\n[^1]: https://news.example/flood\n[^2]: Council report.\n';

  it('should quote the source exactly, in the page as given', () => {
    const sources = { 'https://news.example/flood': '<p>In 1987 the flood <i>killed</i> 21 people.</p>' };
    const verdicts = analyze(article, { sources }).files[0]?.verdicts ?? [];
    const byClaim = new Map(verdicts.map((verdict) => [verdict.reason, verdict]));
    expect([...byClaim.keys()]).toEqual(expect.arrayContaining(['23 is not 21', 'same year (1987)']));
    for (const verdict of verdicts) {
      if (verdict.quote) expectExactPosition(sources['https://news.example/flood'], verdict.quote.position, verdict.quote.quote);
      if (verdict.match) expectExactPosition(sources['https://news.example/flood'], verdict.match.position, verdict.match.quote);
    }
  });

  it('should give no verdict for a citation whose source is not given', () => {
    expect(analyze(article, { sources: {} }).files[0]?.verdicts).toBeUndefined();
  });

  it('should ask resolveSource for each citation not given, a few at a time, and use what it answers', async () => {
    const asked: string[] = [];
    const report = await analyzeAsync(article.replace('Council report.', '[Council](https://council.example/r)'), {
      resolveSource: async (citation: Citation) => {
        asked.push(citation.url ?? citation.key);
        return citation.url === 'https://council.example/r' ? 'The flood destroyed 400 homes.' : undefined;
      },
    });
    expect(asked.sort()).toEqual(['https://council.example/r', 'https://news.example/flood']);
    expect(report.files[0]?.verdicts?.map((verdict) => verdict.verdict)).toContain('supported');
  });
});
