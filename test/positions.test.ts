import { describe, expect, it } from 'vitest';
import { parseArticle, segmentArticle } from '../src/index.js';
import { corpusArticles, describeShared, seedText } from './helpers/fixtures.js';
import { expectArticlePositions } from './helpers/positions.js';

function checkArticle(text: string): void {
  expect(expectArticlePositions(text, parseArticle(text))).toBeGreaterThan(0);
}

const variants: Array<[string, (text: string) => string]> = [
  ['as given', (text) => text],
  ['with CRLF line endings', (text) => text.replace(/\n/g, '\r\n')],
  ['with a BOM', (text) => `\uFEFF${text}`],
];

describe('position invariant', () => {
  it.each(variants)('should hold for every node and sentence of the seed %s', (_name, transform) => {
    checkArticle(transform(seedText));
  });

  describeShared('on the corpus of ../shared', () => {
    it.each(corpusArticles())('should hold for every node and sentence of corpus article %s', (_name, text) => {
      checkArticle(text);
    });

    it('should hold for the corpus with CRLF line endings', () => {
      for (const [, text] of corpusArticles()) checkArticle(text.replace(/\n/g, '\r\n'));
    });
  });

  it('should keep the title offset after a BOM', () => {
    const text = '\uFEFF= Title =\n\nText.';
    const article = segmentArticle(parseArticle(text));
    expect(article.title).toBe('Title');
    expect(article.titlePosition?.start.offset).toBe(1);
    expect(article.sentences[0]?.position.start).toEqual({ line: 3, column: 1, offset: 12 });
  });
});
