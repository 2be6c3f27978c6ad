import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { violationsOf } from '../bench/fuzz/invariants.js';

// Article-like text: titles, headings of both formats, infobox lines,
// sentences with dates, numbers and names, Markdown constructs, and the
// Unicode that breaks offset arithmetic (combining marks, astral emoji, RTL,
// direction marks, NUL, lone surrogates, BOM, CR).
const word = fc.constantFrom('the', 'party', 'was', 'founded', 'in', 'by', 'and', 'grew', 'to', 'members', 'after', 'war', 'of', 'its', 'leader');
const name = fc.constantFrom('Abimael Guzmán', 'Comrade Gonzalo', 'Shining Path', 'Lima', 'J. R. R. Tolkien', 'Dr. Smith', 'U.S.', 'Ada Lovelace', 'محمد', 'Zoë');
const date = fc.constantFrom('1990', '12 March 1990', 'March 12, 1990', '1990–91', 'c. 1200', 'b. 1950', 'the 1980s', '2001-09-11', '17 May 1980 – 1992', 'in early 1993');
const figure = fc.constantFrom('3,000', '1.5 million', '$3 million', '45%', '−5', '12th', 'two', '10,000 to 15,000', '1,234.5 km²');
const unicode = fc.oneof(
  fc.constantFrom('e\u0301', '\u0301', '😀', '👨‍👩‍👧', '🇵🇪', 'שלום', '\u202e', '\u200f', '\u0000', '\ud800', '\udfff', '\ufeff', '\r', '\u2028', '\u00a0'),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 4 }),
);
const markup = fc.constantFrom('**', '*', '_', '`', '[1]', '[citation needed]', '[^1]', '[a](b)', '<ref>', '&amp;', '\\', '[[', ']]', "''");
const token = fc.oneof({ weight: 6, arbitrary: word }, { weight: 2, arbitrary: name }, { weight: 2, arbitrary: date }, { weight: 2, arbitrary: figure }, { weight: 1, arbitrary: unicode }, { weight: 1, arbitrary: markup });
const sentence = fc
  .tuple(fc.array(token, { minLength: 1, maxLength: 14 }), fc.constantFrom('.', '!', '?', '…', '', '.[1]', '."'))
  .map(([tokens, end]) => {
    const text = tokens.join(' ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}${end}`;
  });
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 5 }).map((sentences) => sentences.join(' '));
const heading = fc.tuple(fc.constantFrom('== ', '=== ', '## ', '# '), fc.array(word, { minLength: 1, maxLength: 3 })).map(([marker, words]) => {
  const title = words.join(' ');
  return marker.startsWith('=') ? `${marker}${title} ${marker.trim()}` : `${marker}${title}`;
});
const infobox = fc.array(fc.tuple(fc.constantFrom('Leader', 'Founded', 'Members', 'Born', 'Key'), fc.oneof(date, figure, name, unicode)), { maxLength: 6 }).map((fields) => fields.map(([key, value]) => `- ${key}: ${value}`).join('\n'));
const block = fc.oneof(
  { weight: 6, arbitrary: paragraph },
  { weight: 2, arbitrary: heading },
  { weight: 1, arbitrary: fc.array(paragraph, { minLength: 1, maxLength: 3 }).map((items) => items.map((item) => `- ${item}`).join('\n')) },
  { weight: 1, arbitrary: paragraph.map((text) => `> ${text}`) },
  { weight: 1, arbitrary: paragraph.map((text) => `| ${text} | 1990 |\n|---|---|\n| a | b |`) },
  { weight: 1, arbitrary: paragraph.map((text) => `\`\`\`\n${text}\n\`\`\``) },
  { weight: 1, arbitrary: paragraph.map((text) => `[^1]: ${text}`) },
);
const article = fc
  .tuple(fc.array(word, { minLength: 1, maxLength: 3 }), infobox, fc.array(block, { maxLength: 10 }), fc.constantFrom('\n\n', '\n', '\r\n\r\n', '\n\n\n'), fc.constantFrom('auto', 'wiki', 'markdown') as fc.Arbitrary<'auto' | 'wiki' | 'markdown'>)
  .map(([title, box, blocks, separator, format]) => ({ text: [`= ${title.join(' ')} =`, box, ...blocks].filter((part) => part.length > 0).join(separator), format }));

describe('properties of analyze on generated articles', () => {
  it('should never throw unexpectedly, keep every position exact, validate, repeat itself and parse the same in pieces', () => {
    fc.assert(
      fc.property(article, (input) => {
        expect(violationsOf(input)).toEqual([]);
      }),
      { numRuns: 150, seed: 20_260_101 },
    );
  });

  it('should hold the same on random Unicode with no structure at all', () => {
    fc.assert(
      fc.property(fc.array(unicode, { maxLength: 60 }), fc.constantFrom('auto', 'wiki', 'markdown') as fc.Arbitrary<'auto' | 'wiki' | 'markdown'>, (parts, format) => {
        expect(violationsOf({ text: parts.join(''), format })).toEqual([]);
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});
