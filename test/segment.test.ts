import { describe, expect, it } from 'vitest';
import { parseArticle, segmentArticle, splitSentences } from '../src/index.js';
import { readShared } from '../bench/shared-texts.js';
import { itShared, readFixture, seedText } from './helpers/fixtures.js';
import { expectExactPosition } from './helpers/positions.js';

interface SentenceCase {
  name: string;
  text: string;
  sentences: string[];
}

const cases = JSON.parse(readFixture('segment', 'sentences.json')) as SentenceCase[];

describe('splitSentences', () => {
  it.each(cases.map((entry) => [entry.name, entry] as const))('should split: %s', (_name, entry) => {
    expect(splitSentences(entry.text).map(([start, end]) => entry.text.slice(start, end))).toEqual(entry.sentences);
  });
});

describe('segmentArticle', () => {
  const article = segmentArticle(parseArticle(seedText));

  it('should give the seed its section paths under the title', () => {
    expect(article.title).toBe('Militarized Communist Party of Peru');
    expect(article.sections.map((section) => section.path.join(' > '))).toEqual([
      'Structure',
      'Structure > Organisation',
      'Structure > Organisation > Paramilitary wing',
      'Structure > Ideology',
      'History',
      'History > Break with Abimael Guzmán',
      'History > Activities and tactics',
      'History > Territories',
      'See also',
    ]);
  });

  it('should tag each sentence with its section path and where it sits', () => {
    const find = (start: string) => article.sentences.find((sentence) => sentence.text.startsWith(start));
    expect(find('According to NGO')).toMatchObject({ sectionPath: ['Structure', 'Organisation'], where: 'prose' });
    expect(find('Phase 2: since April 25, 2011')).toMatchObject({ sectionPath: ['Structure', 'Ideology'], where: 'list' });
    expect(find('~300 (2022)')).toMatchObject({ where: 'infobox', infoboxKey: 'Size', sectionPath: [] });
    expect(find('Militarized Communist Party of Peru')).toMatchObject({ where: 'name' });
  });

  it('should read a two-column table as the infobox only when its head row names no value column', () => {
    const infobox = '# Olsen & Berg\n\n| Olsen & Berg | |\n|---|---|\n| Founded | 1923 |\n| Type | Private |\n';
    const data = '# West Harling\n\n| Town | Population (2021) |\n|---|---|\n| Attleby | 12,300 |\n| Hockwell | 8,150 |\n';
    expect(segmentArticle(parseArticle(infobox)).sentences.find((sentence) => sentence.plain === '1923')).toMatchObject({ where: 'infobox', infoboxKey: 'Founded' });
    expect(segmentArticle(parseArticle(data)).sentences.find((sentence) => sentence.plain === '12,300')).toMatchObject({ where: 'table', cell: { header: 'Population (2021)', rowHead: 'Attleby' } });
  });

  it('should split a list item into its sentences and keep the last one without a full stop', () => {
    const item = article.sentences.filter((sentence) => sentence.sectionPath.at(-1) === 'Organisation' && sentence.where === 'list');
    expect(item.map((sentence) => sentence.text.slice(0, 30))).toContain('Born in Tambobamba 1968, she j');
    expect(item.at(-1)?.text.endsWith('"number four" at the time')).toBe(true);
  });

  it('should lift citation markers out of the readable text and attach them to their sentence', () => {
    const text = '= A =\n\nLovelace was the only child of Byron.[3] All his other children were born out of wedlock.[4][5]\n';
    const sentences = segmentArticle(parseArticle(text)).sentences;
    expect(sentences.map((sentence) => sentence.text)).toEqual([
      'Lovelace was the only child of Byron.[3]',
      'All his other children were born out of wedlock.[4][5]',
    ]);
    expect(sentences.map((sentence) => sentence.plain)).toEqual([
      'Lovelace was the only child of Byron.',
      'All his other children were born out of wedlock.',
    ]);
    expect(sentences[1]?.citations.map((citation) => citation.label)).toEqual(['4', '5']);
    for (const sentence of sentences) for (const citation of sentence.citations) expectExactPosition(text, citation.position, citation.text);
  });

  it('should read Markdown inline markup as plain text and map it back to the source', () => {
    const text = '# T\n\nThe **attack** killed [18 people](https://example.org/2021/05).[^a] It was *in 2021*.\n\n[^a]: Police report, 24 May 2021.\n';
    const article = segmentArticle(parseArticle(text));
    const first = article.sentences[0];
    expect(first?.plain).toBe('The attack killed 18 people.');
    // A link to the web is a citation of its whole sentence, before the footnote marker in source order.
    expect(first?.citations.map((citation) => [citation.label, citation.scope])).toEqual([
      ['18 people', 'sentence'],
      ['a', 'clause'],
    ]);
    expect(first?.citations[1]).toMatchObject({ label: 'a', source: 'Police report, 24 May 2021.' });
    const at = first?.plain.indexOf('18 people') ?? -1;
    const start = first?.toSource(at) ?? -1;
    const end = first?.toSource(at + '18 people'.length, true) ?? -1;
    expect(text.slice(start, end)).toBe('18 people');
    expect(article.sentences.map((sentence) => [sentence.where, sentence.plain])).toEqual([
      ['prose', 'The attack killed 18 people.'],
      ['prose', 'It was in 2021.'],
      ['footnote', 'Police report, 24 May 2021.'],
    ]);
  });

  it('should map escapes and character references back to their source characters', () => {
    const text = 'Tom &amp; Jerry \\*won\\* in 1990.';
    const sentence = segmentArticle(parseArticle(text, { format: 'markdown' })).sentences[0];
    expect(sentence?.plain).toBe('Tom & Jerry *won* in 1990.');
    // A backslash escapes nothing in wiki text.
    expect(segmentArticle(parseArticle(text, { format: 'wiki' })).sentences[0]?.plain).toBe('Tom & Jerry \\*won\\* in 1990.');
    const at = sentence?.plain.indexOf('1990') ?? -1;
    expect(text.slice(sentence?.toSource(at), sentence?.toSource(at + 4, true))).toBe('1990');
  });

  it('should leave escaped references and comments out of the readable text, mapping what remains', () => {
    const text = 'He left in 2001.&lt;ref&gt;Outhwaite (Eds.). (2003).&lt;/ref&gt; He came back in 2005.&lt;ref name="b" /&gt; &lt;!--first in 1850--&gt;He died in 2007.';
    const sentences = segmentArticle(parseArticle(text, { format: 'wiki' })).sentences;
    expect(sentences.map((sentence) => sentence.plain)).toEqual(['He left in 2001.', 'He came back in 2005.', 'He died in 2007.']);
    const last = sentences[2];
    const at = last?.plain.indexOf('2007') ?? -1;
    expect(text.slice(last?.toSource(at), last?.toSource(at + 4, true))).toBe('2007');
  });

  itShared('should read no claim from inside the escaped references of a converted article', () => {
    const text = readShared('corpus/anarchism.txt');
    const sentences = segmentArticle(parseArticle(text)).sentences;
    expect(text).toContain('&lt;ref&gt;');
    expect(sentences.filter((sentence) => /<ref|<\/ref>|<!--/.test(sentence.plain))).toEqual([]);
  });

  it('should refuse a tree without source text', () => {
    expect(() => segmentArticle({ type: 'root', children: [] })).toThrow(/needs the source text/);
  });
});
