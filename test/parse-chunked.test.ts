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

  it.each([
    ['infobox lines', '- a: b\n'.repeat(50), 'wiki'],
    ['an infobox after a title', `= T =\n\n${'- a: b\n'.repeat(50)}\nText.\n`, 'wiki'],
    ['ordered items', '1. a\n2. b\n'.repeat(30), 'markdown'],
    ['ordered items with two delimiters', '1) a\n2. b\n'.repeat(30), 'markdown'],
    ['items with three markers', '- a\n* b\n+ c\n'.repeat(30), 'markdown'],
    ['items with continuation lines', '- a\n  cont\n- b\n'.repeat(30), 'markdown'],
    ['loose items', '- a\n\n- b\n'.repeat(30), 'markdown'],
    ['task items', '- [ ] x\n- [x] y\n'.repeat(40), 'markdown'],
    ['items after a table head', `| a | b |\n|---|---|\n${'- x\n'.repeat(40)}`, 'markdown'],
    ['headings after table rows', `| a | b |\n|---|---|\n${'| x | y |\n# H\n'.repeat(40)}`, 'markdown'],
    ['headings after paragraph lines', 'text\n# H\n'.repeat(40), 'markdown'],
    ['wiki headings after paragraph lines', 'text\n== H ==\n'.repeat(40), 'wiki'],
    ['wiki headings after infobox lines', '- a: b\n== H ==\n'.repeat(40), 'wiki'],
    ['headings and items after block quotes', '> q\n# H\n> q\n- x\n- y\n'.repeat(40), 'markdown'],
    ['items in an HTML block', '<div>\n- x\n- y\n'.repeat(40), 'markdown'],
    ['items in a fence, and a fence in an item', '```\n- x\n- y\n- ```\n- x\n'.repeat(40), 'markdown'],
    ['items after a footnote definition', '[^1]: note\n- x\n- y\n'.repeat(40), 'markdown'],
    ['items around thematic breaks and empty items', '- x\n---\n- y\n- - -\n- a\n-\n- b\n'.repeat(40), 'markdown'],
    ['items with CRLF and lone CR', '- a\r\n- b\r\n- c\r- d\r'.repeat(30), 'wiki'],
    ['items that call a footnote defined later', `${'* a[^x]\n* b\n'.repeat(30)}\n[^x]: n\n`, 'markdown'],
    ['one long paragraph', 'It grew in 1990 and\n'.repeat(60), 'markdown'],
    ['one long paragraph in wiki text', `= T =\n\n${'It grew in 1990 and\n'.repeat(60)}`, 'wiki'],
    ['one long paragraph with CRLF and lone CR', 'It grew\r\nand grew\r'.repeat(40), 'markdown'],
    ['a paragraph with emphasis and code across lines', 'a *b\nc* d `e\nf` g\n'.repeat(40), 'markdown'],
    ['a paragraph with links and calls defined later', `${'a [b\nc] d[^x]\ne\n'.repeat(30)}\n[b c]: /u\n[^x]: n\n`, 'markdown'],
    ['a paragraph with hard breaks', 'a  \nb\\\nc\n'.repeat(40), 'markdown'],
    ['a paragraph with underlines', 'a\nb\n==\nc\nd\n--\n'.repeat(30), 'markdown'],
    ['a paragraph with lazy lines after a quote and an item', '> a\nb\nc\n- d\ne\nf\n'.repeat(30), 'markdown'],
    ['one long table', `| a | b |\n|:--|--:|\n${'| 1990 | x |\n'.repeat(60)}\nAfter.\n`, 'markdown'],
    ['tables with rows of other widths and escaped pipes', `${'| a | b |\n|---|---|\n| 1 |\n| 2 | 3 | 4 |\n| c \\| d | e |\n'.repeat(20)}`, 'markdown'],
    ['tables whose cells call footnotes defined later', `| a | b |\n|---|---|\n${'| x[^n] | [y] |\n'.repeat(40)}\n[^n]: note\n[y]: /u\n`, 'markdown'],
    ['table rows in wiki text', `| a | b |\n|---|---|\n${'| 1 | 2 |\n'.repeat(40)}`, 'wiki'],
    ['thematic breaks', '---\n***\n* * *\n- - -\n___\n'.repeat(30), 'wiki'],
    ['YAML front matter of many lines', `---\n${'a: 1990\n---x\n'.repeat(30)}---\n# T\n${'- x\n'.repeat(30)}`, 'markdown'],
    ['TOML front matter before thematic breaks', `+++\n${'a = 1\n'.repeat(30)}+++\n${'***\n---\n'.repeat(30)}`, 'wiki'],
    ['an unclosed front matter fence', `---\n${'***\n- a\n'.repeat(30)}`, 'markdown'],
    ['front matter fences in a paragraph', 'a\n+++\nb\n---\n'.repeat(30), 'wiki'],
    ['thematic breaks and setext underlines', 'a\n---\n***\nb\n- - -\n- c\n'.repeat(30), 'markdown'],
    ['pipe lines that are no table', '| a\n| b\n'.repeat(40), 'markdown'],
    ['a table ended by a paragraph line', `| a | b |\n|---|---|\n${'| 1 | 2 |\n'.repeat(20)}text\n${'| 3 | 4 |\n'.repeat(20)}`, 'markdown'],
  ] as const)('should give the same tree as a whole parse for %s cut between items, before headings, inside paragraphs and between table rows', (_name, text, format) => {
    for (const pieceSize of [5, 13, 40]) expectSameTree(text, format, pieceSize);
  });

  it.each([
    ['one paragraph', 'It grew in 1990 and\n'.repeat(200)],
    ['one table', `| a | b |\n|---|---|\n${'| 1990 | x |\n'.repeat(200)}`],
  ])('should cut %s into many pieces, each parsed once', (_name, text) => {
    const seen: string[] = [];
    parseInPieces(text, (piece) => {
      seen.push(piece);
      return parseAs(piece, 'markdown');
    }, 200);
    expect(seen.length).toBeGreaterThan(text.length / 400);
    expect(seen.length).toBeLessThan(text.length / 100);
  });

  it('should parse a paragraph whose markup spans a cut again once, not once per line', () => {
    const text = `${'It grew\n'.repeat(2_000)}and **grew\nagain** in 1990.\n`;
    let parsed = 0;
    parseInPieces(text, (piece) => {
      parsed += piece.length;
      return parseAs(piece, 'markdown');
    }, 200);
    expect(parsed).toBeLessThan(text.length * 3);
    expectSameTree(text, 'markdown', 200);
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
    ['before a heading line without a blank line', 'a\n# H', 0, 2],
    ['not before a hashtag', 'a\n#b', 0, 4],
    ['not before a wiki heading line in Markdown, where `=` may underline', 'a\n== H ==', 0, 9],
    ['between two list items with the same marker', '- a\n- b', 0, 4],
    ['between two ordered items with the same delimiter', '1. a\n2. b', 0, 5],
    ['not between items with different markers', '- a\n* b\n1) c\n2. d', 0, 17],
    ['not before an item right below a paragraph', 'a\n- b', 0, 5],
    ['not before a thematic break below an item', '- a\n- - -', 0, 9],
    ['between two table rows', '| a |\n| b |', 0, 6],
    ['below a thematic break', 'a\n\n***\nb', 0, 7],
  ])('should cut %s', (_name, text, from, cut) => {
    expect(nextCut(text, from)).toBe(cut);
  });

  it('should cut inside a paragraph only when no other cut comes within the lookahead', () => {
    const text = `a\nb\nc\n\nD\n${'e\n'.repeat(20)}`;
    expect(nextCut(text, 0, 'markdown', 100)).toBe(7);
    expect(nextCut(text, 0, 'markdown', 3)).toBe(2);
    expect(nextCut('a \nb\nc\nd\n', 0, 'markdown', 0)).toBe(5);
    expect(nextCut('a\n- b\n> c\n  d\n', 0, 'markdown', 0)).toBe(14);
  });

  it('should cut before a wiki heading line in wiki text', () => {
    expect(nextCut('a\n== H ==', 0, 'wiki')).toBe(2);
    expect(nextCut('a\n== ==\n=x', 0, 'wiki')).toBe(10);
  });
});
