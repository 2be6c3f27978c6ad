import { describe, expect, it } from 'vitest';
import { parseAs } from '../src/parse/index.js';
import { limitInlineMarkup } from '../src/parse/inline-limit.js';
import { limitNesting } from '../src/parse/nesting.js';
import { defaultLimits, noDeadline, type Limits } from '../src/util/budget.js';
import { readFixture, seedText } from './helpers/fixtures.js';

const masked = (source: string) => [...source].flatMap((character, index) => (character === '\u00a0' ? [index] : []));

describe('nesting limit', () => {
  it.each([
    ['one list per marker on one line', '- - - x', 2, [4]],
    ['ordered markers', '1. 2. 3) x', 2, [6]],
    ['block quotes with and without spaces', '> >> x', 2, [3]],
    ['a footnote definition inside others', '[^a]: [^b]: [^c]: x', 2, [12]],
    ['indentation under items, two columns a level', '- a\n  - b\n    - c', 2, [14]],
    ['a tab as four columns', '- a\n\t- b', 2, [5]],
    ['each line on its own', '- - - a\n- - - b', 2, [4, 12]],
    ['CRLF and lone CR line endings', '- - - a\r\n- - - b\r- - - c', 2, [4, 13, 21]],
  ])('should read the marker past the limit as text: %s', (_name, text, depth, positions) => {
    const { source, skipped } = limitNesting(text, depth);
    expect(source).toHaveLength(text.length);
    expect(masked(source)).toEqual(positions);
    expect(skipped.map((entry) => [entry.limit, entry.value])).toEqual(positions.map(() => ['nestingDepth', depth]));
    // Each skip spans its whole line, line ending left out.
    for (const entry of skipped) expect(text.slice(entry.start, entry.end)).not.toMatch(/[\r\n]/);
  });

  it.each([
    ['a thematic break of dashes', '- - - -'],
    ['a thematic break of stars', '* * * *'],
    ['markers within the limit', '- - x'],
    ['a dash that is text', '-x -y -z'],
    ['digits with no space after the dot', '1.2.3.4.5'],
    ['a bracket that is no footnote label', '[^a b]: [^c]: [^d]: x'],
  ])('should leave %s alone', (_name, text) => {
    expect(limitNesting(text, 2)).toEqual({ source: text, skipped: [] });
  });

  it('should cut a line 10 000 levels deep to the default depth, in one pass', () => {
    const text = `${'- '.repeat(10_000)}x`;
    const { source, skipped } = limitNesting(text, defaultLimits.nestingDepth);
    expect(masked(source)).toEqual([2 * defaultLimits.nestingDepth]);
    expect(skipped).toEqual([{ stage: 'parse', what: 'containers nested past level 32 (the rest of the line was read as text)', limit: 'nestingDepth', value: 32, start: 0, end: text.length }]);
  });
});

describe('inline markup limit', () => {
  it('should read the markers past the limit of one paragraph as text, every character counted', () => {
    const text = '*a* [b] **c**';
    const { source, skipped } = limitInlineMarkup(text, 6, 100);
    expect(masked(source)).toEqual([11, 12]);
    expect(skipped).toEqual([{ stage: 'parse', what: 'emphasis and brackets past the first 6 of a paragraph (read as text)', limit: 'inlineMarkup', value: 6, start: 11, end: 13 }]);
  });

  it.each([
    ['a blank line', '*a* *b*\n\n*c* *d*'],
    ['a list item', '- *a* *b*\n- *c* *d*'],
    ['a heading', '# *a* *b*\n*c* *d*'],
    ['a table row', '| *a* | *b* |\n|---|---|\n| *c* | *d* |\n| *e* | *f* |'],
  ])('should count a new paragraph after %s', (_name, text) => {
    expect(limitInlineMarkup(text, 4, 100).skipped).toEqual([]);
  });

  it('should count the lines of one paragraph together, inside a block quote too', () => {
    expect(masked(limitInlineMarkup('> *a* *b*\n> *c* *d*', 4, 100).source)).toEqual([12, 14, 16, 18]);
  });

  it('should not count fenced code', () => {
    expect(limitInlineMarkup('```\n*a* *b* *c*\n```\n*d*', 4, 100).skipped).toEqual([]);
  });

  it('should read a `[` not closed within the span as text, and keep one closed in time', () => {
    const text = `[a] [b ${'word '.repeat(30)}end`;
    const { source, skipped } = limitInlineMarkup(text, 100, 50);
    expect(masked(source)).toEqual([4]);
    expect(skipped.map((entry) => [entry.limit, entry.start])).toEqual([['openBracketSpan', 4]]);
  });
});

describe('the tree within the limits', () => {
  const unlimited: Limits = { ...defaultLimits, nestingDepth: Infinity, inlineMarkup: Infinity, openBracketSpan: Infinity };
  const markdown = readFixture('chunked', 'markdown.md');

  it.each([
    ['the seed as wiki text', seedText, 'wiki'],
    ['the seed as Markdown', seedText, 'markdown'],
    ['the Markdown fixture', markdown, 'markdown'],
  ] as const)('should be the tree without limits for %s', (_name, text, format) => {
    const tree = parseAs(text, format);
    expect(tree.data?.claimcheck?.skipped).toBeUndefined();
    expect(tree).toEqual(parseAs(text, format, undefined, { ...noDeadline, limits: unlimited }));
  });

  it('should keep every position of a tree cut short, and say where', () => {
    const text = `Intro.\n\n${'- '.repeat(40)}It was founded in 1990.\n\nAfter.`;
    const tree = parseAs(text, 'markdown');
    const last = tree.children[tree.children.length - 1];
    expect(last?.position?.start.offset).toBe(text.indexOf('After.'));
    expect(tree.data?.claimcheck?.skipped?.map((entry) => text.slice(entry.start, entry.end))).toEqual([`${'- '.repeat(40)}It was founded in 1990.`]);
  });
});
