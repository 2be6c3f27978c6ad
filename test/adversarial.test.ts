import type { BlockContent, PhrasingContent, Text } from 'mdast';
import { describe, expect, it } from 'vitest';
import { segmentArticle } from '../src/index.js';

// Hostile texts are built by bench/fuzz/generators.ts and checked by
// test/stress.test.ts; here, trees deeper than any parse is allowed to make.
describe('stack depth', () => {
  // Trees built by hand, 100 000 levels deep: far past where a recursive
  // walker overflows, without paying micromark for parsing them.
  const text = 'It was founded in 1990.';
  const leaf = (): Text => ({ type: 'text', value: text, position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 24, offset: 23 } } });
  const depth = 100_000;

  it('should segment a 100 000-deep blockquote', () => {
    let node: BlockContent = { type: 'paragraph', children: [leaf()] };
    for (let level = 0; level < depth; level++) node = { type: 'blockquote', children: [node] };
    const article = segmentArticle({ type: 'root', children: [node] }, text);
    expect(article.sentences.map((sentence) => [sentence.text, sentence.where])).toEqual([[text, 'quote']]);
  });

  it('should segment 100 000-deep emphasis', () => {
    let node: PhrasingContent = leaf();
    for (let level = 0; level < depth; level++) node = { type: level % 2 ? 'strong' : 'emphasis', children: [node] };
    const article = segmentArticle({ type: 'root', children: [{ type: 'paragraph', children: [node] }] }, text);
    expect(article.sentences.map((sentence) => sentence.plain)).toEqual([text]);
  });
});
