import { describe, expect, it } from 'vitest';
import { parseArticle, segmentArticle } from '../src/index.js';
import { expectExactPosition } from './helpers/positions.js';

function sentencesOf(text: string) {
  const article = segmentArticle(parseArticle(text));
  for (const sentence of article.sentences) expectExactPosition(text, sentence.position, sentence.text);
  return article.sentences;
}

describe('bad input to the API', () => {
  it('should give nothing for empty and whitespace-only text', () => {
    expect(sentencesOf('')).toEqual([]);
    expect(sentencesOf('  \n\t\r\n \n')).toEqual([]);
  });

  it('should keep exact positions with NUL bytes, which micromark replaces in node values', () => {
    const sentences = sentencesOf('= T =\n\nA\u0000B was founded in 1990. It closed.');
    expect(sentences.map((sentence) => sentence.text)).toEqual(['A\u0000B was founded in 1990.', 'It closed.']);
  });

  it('should keep exact positions with replacement characters, lone surrogates and astral characters', () => {
    const sentences = sentencesOf('= T =\n\nCaf\uFFFD opened \uD800 in 1990 😀. It closed in 𝟙𝟡𝟡𝟙.');
    expect(sentences).toHaveLength(2);
  });

  it('should handle lone carriage returns as line endings', () => {
    const text = '= T =\r\rFirst.\r==A==\rSecond. Third.';
    const article = segmentArticle(parseArticle(text));
    expect(article.sections.map((section) => section.title)).toEqual(['A']);
    expect(article.sentences.map((sentence) => [sentence.text, sentence.position.start.line])).toEqual([
      ['First.', 3],
      ['Second.', 5],
      ['Third.', 5],
    ]);
  });

  it('should segment one 1 MB line without a newline', () => {
    const text = 'The group was founded in 1992 and it grew. '.repeat(25_000);
    const sentences = sentencesOf(text);
    expect(sentences).toHaveLength(25_000);
    expect(sentences.at(-1)?.position.end.column).toBe(text.trimEnd().length + 1);
  });

  it('should segment a 1 MB sentence with no punctuation', () => {
    const text = 'word '.repeat(200_000);
    expect(sentencesOf(text)).toHaveLength(1);
  });
});
