import { ordinalValue } from '../dates/lexicon.js';

/**
 * The marks that tell a son from his father of the same name: a numeral
 * ending the name (`Bob Jones III`, `Edwin Pond Parker II`) or `Jr.`/`Sr.`
 * written after it (`Peter Weissmüller Jr.`). Two such names are two people,
 * so neither is a short form of the other.
 */

// A generational numeral ending a person's name.
const generationNumeral = /^(?:ii|iii|iv|v|vi)$/iu;

// `, Jr.`, ` Sr.`, ` Junior`, ` III`, ` the younger` right after a name.
const generationAfterName = /^,?\s(?:(J|S)(?:r\.?|unior|enior)|(II|III|IV)|the ([Yy])ounger)(?![\p{L}])/u;

// `, 3rd Count`, `, the third Count`, `, 2nd Earl Beatty`: a numbered title right after a name, its ordinal in
// figures or words.
const numberedTitleAfterName = /^,\s(?:the\s)?(\d{1,2}(?:st|nd|rd|th)|[a-z]{3,12}(?:-[a-z]{3,8})?)\s(\p{Lu}\p{Ll}{1,15})(?![\p{L}])/u;

/** A name's words without the numeral that ends it: `Bob Jones III` → `Bob Jones`. */
export function withoutGeneration(words: readonly string[]): string[] {
  return words.length > 2 && generationNumeral.test(words[words.length - 1] as string) ? words.slice(0, -1) : [...words];
}

/** The generation written right after a name (`Jr`, `Sr`, `III`), or `''`: `after` is the text that follows it. */
export function generationAfter(after: string): string {
  const match = generationAfterName.exec(after);
  if (!match) return '';
  // `Tobias Renwick the younger` is the son of the name, as `Jr.` is.
  if (match[3]) return 'Jr';
  return match[1] ? `${match[1].toUpperCase()}r` : (match[2] as string);
}

/** A numbered title right after a name: its number, its title (lower case), how it was written and how long it runs. */
export interface NumberedTitle {
  number: number;
  title: string;
  inFigures: boolean;
  length: number;
}

/** The numbered title `after` opens with (`, 4th Count`, `, the third Count`), or null. */
export function numberedTitleAfter(after: string): NumberedTitle | null {
  const match = numberedTitleAfterName.exec(after);
  if (!match) return null;
  const written = match[1] as string;
  const inFigures = /^\d/u.test(written);
  const number = inFigures ? Number.parseInt(written, 10) : ordinalValue(written);
  return number === undefined ? null : { number, title: (match[2] as string).toLowerCase(), inFigures, length: match[0].length };
}

/**
 * The numbered title written in figures right after a name (`3 count` of
 * `Henri de Vallancourt, 3rd Count`), or `''`. Holders of one title numbered
 * apart are a line of namesakes; a name told without the number may be any
 * of them, and a number in words (`the third Count`) is told of one already
 * named, not a name of its own.
 */
export function titleOrdinalAfter(after: string): string {
  const numbered = numberedTitleAfter(after);
  return numbered?.inFigures ? `${numbered.number} ${numbered.title}` : '';
}
