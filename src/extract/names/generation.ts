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

// `, 3rd Count`, `, 2nd Earl Beatty`: a numbered title right after a name.
const titleOrdinalAfterName = /^,\s(\d{1,2})(?:st|nd|rd|th) (\p{Lu}\p{Ll}{1,15})(?![\p{L}])/u;

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

/**
 * The numbered title written right after a name (`3 count` of `Henri de
 * Vallancourt, 3rd Count`), or `''`. Holders of one title numbered apart are
 * a line of namesakes; a name told without the number may be any of them.
 */
export function titleOrdinalAfter(after: string): string {
  const match = titleOrdinalAfterName.exec(after);
  return match ? `${match[1]} ${(match[2] as string).toLowerCase()}` : '';
}
