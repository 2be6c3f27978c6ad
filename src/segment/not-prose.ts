/**
 * What stands in the readable text for a piece of the source that is not
 * prose: inline code (`` `$0` ``, `` `Cargo.toml` ``, `` `CONST` ``), and an
 * inline HTML tag that sits between two letters or digits (`2<sup>128</sup>`).
 *
 * Code is not read for claims — a `$0` in code is no amount of money, a file
 * name no place — but dropping it would join the words around it and could
 * close or open a sentence where the writer did not. U+FFFC OBJECT
 * REPLACEMENT CHARACTER is Unicode's own mark for "an object stood here": no
 * letter, digit, space or sentence punctuation, so no extractor reads it and
 * the words on either side stay apart (`2<sup>128` is not the number
 * 2128). It maps back to the first source character of what it replaces.
 */
export const notProsePlaceholder = '\uFFFC';

/**
 * Whether an inline HTML tag at `[start, end)` is glued to a letter or digit
 * on both sides, so that leaving it out would join two words or numbers.
 * Tags beside spaces (`<b>bold</b> text`) are simply left out.
 */
export function joinsWords(source: string, start: number, end: number): boolean {
  return wordCharacter.test(source.charAt(start - 1)) && wordCharacter.test(source.charAt(end));
}

const wordCharacter = /[\p{L}\p{N}]/u;
