import type { Nodes, Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { parseArticle, segmentArticle, type Infobox } from '../src/index.js';
import { corpusArticles, describeShared, seedText } from './helpers/fixtures.js';
import { expectExactPosition } from './helpers/positions.js';

function* allNodes(node: Nodes | Infobox): Generator<Nodes | Infobox> {
  yield node;
  if ('children' in node) for (const child of node.children) yield* allNodes(child as Nodes);
}

function checkArticle(text: string): void {
  const tree: Root = parseArticle(text);
  let count = 0;
  for (const node of allNodes(tree)) {
    if (!node.position) continue;
    const quote = node.type === 'text' && text.slice(node.position.start.offset, node.position.end.offset) === node.value ? node.value : undefined;
    expectExactPosition(text, node.position, quote);
    if (node.type === 'infobox') {
      for (const field of node.fields) {
        expectExactPosition(text, field.keyPosition, field.key);
        expectExactPosition(text, field.valuePosition, field.value);
      }
    }
    count++;
  }
  expect(count).toBeGreaterThan(0);
  const article = segmentArticle(tree);
  for (const sentence of article.sentences) {
    expectExactPosition(text, sentence.position, sentence.text);
    for (const citation of sentence.citations) expectExactPosition(text, citation.position, citation.text);
  }
  for (const section of article.sections) expectExactPosition(text, section.position);
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
