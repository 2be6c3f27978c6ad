import { describe, expect, it } from 'vitest';
import { nextCut, parseInPieces } from '../src/parse/chunked.js';
import { parseAs, piecewiseThreshold } from '../src/parse/index.js';
import { corpusArticles, itShared, readFixture, seedText } from './helpers/fixtures.js';

let joinedCorpus: string | undefined;

/** The corpus articles of ../shared joined into one text (read on first use, so a run without ../shared can skip). */
function corpus(): string {
  joinedCorpus ??= corpusArticles()
    .map(([, text]) => text)
    .join('\n\n');
  return joinedCorpus;
}
const markdown = readFixture('chunked', 'markdown.md');

function expectSameTree(text: string, format: 'wiki' | 'markdown', pieceSize: number): void {
  expect(parseAs(text, format, pieceSize)).toEqual(parseAs(text, format));
}

describe('parsing in pieces', () => {
  itShared.each([1_000, 20_000, 300_000])('should give the same tree as a whole parse for the corpus concatenated, in pieces of %i', (pieceSize) => {
    expectSameTree(corpus(), 'wiki', pieceSize);
  });

  itShared('should give the same tree for the corpus with CRLF line endings and a BOM', () => {
    expectSameTree(`\uFEFF${corpus().slice(0, 200_000).replace(/\n/g, '\r\n')}`, 'wiki', 2_000);
  });

  it('should give the same tree with lone CRs', () => {
    expectSameTree(seedText.replace(/\n/g, '\r').repeat(5), 'wiki', 500);
  });

  it.each([40, 200, 1_000])('should give the same tree for Markdown with fences, HTML, lists, footnotes and references across pieces of %i', (pieceSize) => {
    expectSameTree(markdown.repeat(3), 'markdown', pieceSize);
    expectSameTree(markdown.repeat(3), 'wiki', pieceSize);
  });

  it('should know labels defined in a later piece', () => {
    const text = `Call.[^n] See [site].\n\n${'Filler paragraph.\n\n'.repeat(50)}[^n]: Note.\n\n[site]: https://example.com\n`;
    const tree = parseAs(text, 'markdown', 100);
    expect(JSON.stringify(tree)).toContain('"type":"footnoteReference"');
    expect(JSON.stringify(tree)).toContain('"type":"linkReference"');
    expectSameTree(text, 'markdown', 100);
  });

  it('should grow a piece past a fenced code block that is still open at the cut', () => {
    const text = `Intro.\n\n\`\`\`\n${'code line\n\nLooks like a paragraph.\n\n'.repeat(40)}\`\`\`\n\nAfter.\n`;
    expectSameTree(text, 'markdown', 50);
  });

  it.each([
    ['an HTML comment in a list item', '- <!--Known For: x\n\nAfter the list.\n\n'],
    ['a fence in a list item', '- ```\n  code\n\nAfter the list.\n\n'],
    ['a fence in a block quote', '> ```\n> code\n\nAfter the quote.\n\n'],
    ['a closed fence in a block quote', '> ```\n> code\n> ```\n\nAfter the quote.\n\n'],
  ])('should not cut after %s left open, nested or not', (_name, block) => {
    const text = `Intro.\n\n${block.repeat(30)}`;
    expectSameTree(text, 'markdown', 20);
    expectSameTree(text, 'wiki', 20);
  });

  itShared('should cut the corpus into many pieces', () => {
    const seen: string[] = [];
    parseInPieces(corpus(), (piece) => {
      seen.push(piece);
      return parseAs(piece, 'wiki');
    }, 20_000);
    expect(seen.length).toBeGreaterThan(corpus().length / 40_000);
    expect(seen.join('')).toBe(corpus());
  });

  it('should only be used above the threshold', () => {
    expect(piecewiseThreshold).toBeGreaterThanOrEqual(500_000);
  });
});

describe('nextCut', () => {
  it.each([
    ['after a blank line before a letter', 'a\n\nBb', 0, 3],
    ['after a blank line with spaces', 'a\n  \t\nBb', 0, 6],
    ['before a heading', 'a\n\n== H ==', 0, 3],
    ['with CRLF', 'a\r\n\r\nB', 0, 5],
    ['with lone CR', 'a\r\rB', 0, 3],
    ['not before a list item, a quote, a digit or indentation', 'a\n\n- b\n\n> c\n\n1. d\n\n  e\n\nF', 0, 24],
    ['not without a blank line', 'a\nB\nC', 0, 5],
    ['from the middle of a line', 'aaa\n\nB\n\nC', 2, 5],
    ['nowhere in a text of one paragraph', 'abc def', 0, 7],
  ])('should cut %s', (_name, text, from, cut) => {
    expect(nextCut(text, from)).toBe(cut);
  });
});
