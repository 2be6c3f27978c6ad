import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/extract/index.js';
import { corpusArticles, describeShared, readFixture } from './helpers/fixtures.js';
import { describeNameCases, isName, resolvedArticle } from './helpers/name-cases.js';
import { expectExactPosition } from './helpers/positions.js';

interface Snippet {
  name: string;
  text: string;
  names?: Array<{ text: string; kind: string; name?: string; form?: string; honorific?: string; aliasRelation?: string }>;
  notNames?: string[];
}

const snippets = JSON.parse(readFixture('extract', 'names', 'snippets.json')) as Snippet[];

describe('name extraction on articles', () => {
  describeNameCases((entry) => {
    const { text, resolved } = resolvedArticle(entry.article);
    const names = resolved.claims.filter(isName);

    it.each((entry.claims ?? []).map((expected) => [expected.text, expected] as const))('should extract %s', (_text, expected) => {
      const found = names.filter((claim) => claim.text === expected.text && (expected.sentence === undefined || resolved.article.sentences[claim.sentence]?.text.includes(expected.sentence)));
      expect(found.length, `a name claim quoting ${expected.text}`).toBeGreaterThan(0);
      const { text: _quote, kind, sentence: _sentence, ...value } = expected;
      expect(found.some((claim) => claim.kind === kind && Object.entries(value).every(([key, wanted]) => (claim.value as Record<string, unknown>)[key] === wanted)), JSON.stringify(found.map((claim) => [claim.kind, claim.value]))).toBe(true);
      for (const claim of found) expectExactPosition(text, claim.position, claim.text);
    });

    it.each((entry.notNames ?? []).map((word) => [word] as const))('should not take %s for a name', (word) => {
      expect(names.filter((claim) => claim.text === word || claim.value.name === word).map((claim) => claim.id)).toEqual([]);
    });
  });
});

describe('name extraction on snippets', () => {
  it.each(snippets.map((snippet) => [snippet.name, snippet] as const))('should handle %s', (_name, snippet) => {
    const text = `= Snippet =\n\n${snippet.text}\n`;
    const names = extractClaims(text).claims.filter(isName);
    for (const expected of snippet.names ?? []) {
      const { text: quote, kind, ...value } = expected;
      const found = names.find((claim) => claim.text === quote && claim.kind === kind);
      expect(found, `${kind} ${quote} in ${JSON.stringify(names.map((claim) => [claim.kind, claim.text]))}`).toBeDefined();
      expect(found?.value).toMatchObject(value);
      if (found) expectExactPosition(text, found.position, quote);
    }
    for (const word of snippet.notNames ?? []) {
      expect(names.filter((claim) => claim.text === word || claim.value.name === word).map((claim) => [claim.kind, claim.text])).toEqual([]);
    }
  });
});

describeShared('name claims on every corpus article', () => {
  it.each(corpusArticles())('should quote every name exactly in %s', (_name, text) => {
    const names = extractClaims(text).claims.filter(isName);
    expect(names.length).toBeGreaterThan(0);
    for (const claim of names) {
      expectExactPosition(text, claim.position, claim.text);
      expect(claim.value.name.length).toBeGreaterThan(0);
      expect(claim.extractor).toBe('names');
    }
  });
});
