import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { detectFormat, parseArticle, type Infobox } from '../src/index.js';
import { seedText } from './helpers/fixtures.js';
import { expectExactPosition } from './helpers/positions.js';

function headings(tree: Root): Array<[number, string]> {
  return tree.children.filter((node): node is Heading => node.type === 'heading').map((node) => [node.depth, toString(node)]);
}

describe('parseArticle', () => {
  it('should read the seed as wiki text with its title and every section heading at its depth', () => {
    const tree = parseArticle(seedText);
    expect(tree.data?.claimcheck?.format).toBe('wiki');
    expect(headings(tree)).toEqual([
      [1, 'Militarized Communist Party of Peru'],
      [2, 'Structure'],
      [3, 'Organisation'],
      [4, 'Paramilitary wing'],
      [3, 'Ideology'],
      [2, 'History'],
      [3, 'Break with Abimael Guzmán'],
      [3, 'Activities and tactics'],
      [3, 'Territories'],
      [2, 'See also'],
    ]);
  });

  it('should give the seed an infobox of 17 fields with keys and values as written', () => {
    const tree = parseArticle(seedText);
    const infobox = tree.children.find((node): node is Infobox => node.type === 'infobox');
    expect(infobox?.fields.map((field) => field.key)).toEqual([
      'Logo', 'Native Name Lang', 'Other Name', 'Leader', 'Allegiance', 'Dates', 'Split', 'Area', 'Ideology',
      'Position', 'Crimes', 'Status', 'Size', 'Allies', 'Opponents', 'War', 'Flag',
    ]);
    const byKey = new Map(infobox?.fields.map((field) => [field.key, field]));
    expect(byKey.get('Dates')?.value).toBe('–present');
    expect(byKey.get('Opponents')?.value).toBe(', , Communist Party of Peru – Huallaga Regional Committee, ASPRET (since 2022)');
    for (const field of infobox?.fields ?? []) {
      expectExactPosition(seedText, field.keyPosition, field.key);
      expectExactPosition(seedText, field.valuePosition, field.value);
    }
  });

  it('should make a heading of a wiki heading line directly under a paragraph or another heading', () => {
    const text = '= T =\n\nSome text.\n==A==\n===B===\nMore text.\n== C ==\n';
    expect(headings(parseArticle(text))).toEqual([[1, 'T'], [2, 'A'], [3, 'B'], [2, 'C']]);
  });

  it('should take the shorter run of equals signs as the depth and keep inner equals signs in the text', () => {
    expect(headings(parseArticle('==A===\n\n====== Six ======\n\n== a = b ==\n', { format: 'wiki' }))).toEqual([
      [2, 'A'],
      [6, 'Six'],
      [2, 'a = b'],
    ]);
  });

  it('should not make a heading of lines that only look like one', () => {
    const text = '= T =\n\nx = y\n\n=======Seven=======\n\n==\n\n== open only\n';
    expect(headings(parseArticle(text))).toEqual([[1, 'T']]);
  });

  it('should not read a later `Key: Value` list as an infobox', () => {
    const tree = parseArticle('= T =\n\nIntro.\n\n==Members==\n- Víctor (José): leader since 1999.\n');
    expect(tree.children.some((node) => node.type === 'infobox')).toBe(false);
  });

  it('should read Markdown with GFM footnotes, tables and ATX headings', () => {
    const text = '# Title\n\nText with a note.[^1]\n\n## Part\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n[^1]: The source, 2020.\n';
    const tree = parseArticle(text);
    expect(tree.data?.claimcheck?.format).toBe('markdown');
    expect(tree.children.map((node) => node.type)).toEqual(['heading', 'paragraph', 'heading', 'table', 'footnoteDefinition']);
  });

  it('should let the caller force the format', () => {
    const text = '= T =\n\n**bold** text\n';
    expect(parseArticle(text, { format: 'wiki' }).data?.claimcheck?.format).toBe('wiki');
    expect(parseArticle(text, { format: 'markdown' }).children[0]?.type).toBe('paragraph');
  });

  it('should reject unknown options with the key in the message', () => {
    expect(() => parseArticle('x', { format: 'html' as 'wiki' })).toThrow(/options\.format/);
    expect(() => parseArticle('x', { colour: true } as never)).toThrow(/Invalid options/);
  });
});

describe('detectFormat', () => {
  it.each([
    ['= Title =\n\nText.', 'wiki'],
    ['Plain text without markup.', 'wiki'],
    ['# Title\n\nText.', 'markdown'],
    ['Text with a [link](https://example.org).', 'markdown'],
    ['```\ncode\n```', 'markdown'],
    ['Note.[^a]\n\n[^a]: x', 'markdown'],
    ['==Heading==\n\nSee [the site](https://example.org).', 'wiki'],
  ])('should read %j as %s', (text, format) => {
    expect(detectFormat(text)).toBe(format);
  });
});
