/** A text folded for comparing names: lower case, accents off, every run of spaces one space, mapped back to the text. */
export interface FoldedText {
  value: string;
  /** For each folded character, the offset of the character it came from. */
  origin: number[];
}

/** Folds `text` as names are compared: `Zúñiga` and `zuniga` meet, so do `Clint  Murchison` and `Clint Murchison`. */
export function foldText(text: string): FoldedText {
  let value = '';
  const origin: number[] = [];
  let lastWasSpace = true;
  for (let index = 0; index < text.length; index++) {
    const char = text[index] as string;
    if (/\s/.test(char)) {
      if (!lastWasSpace) {
        value += ' ';
        origin.push(index);
      }
      lastWasSpace = true;
      continue;
    }
    lastWasSpace = false;
    for (const folded of char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()) {
      value += folded;
      origin.push(index);
    }
  }
  return { value, origin };
}

/**
 * Where one of `names` is written in the folded text, as a whole word run:
 * the first occurrence of the first name found, as `[start, end)` in the
 * original text.
 */
export function findName(folded: FoldedText, names: readonly string[]): [number, number] | undefined {
  for (const name of names) {
    const needle = foldText(name).value.trim();
    if (needle.length < 2) continue;
    for (let at = folded.value.indexOf(needle); at >= 0; at = folded.value.indexOf(needle, at + 1)) {
      const before = folded.value[at - 1];
      const after = folded.value[at + needle.length];
      if (isWordChar(before) || isWordChar(after)) continue;
      const start = folded.origin[at] as number;
      const end = (folded.origin[at + needle.length - 1] as number) + 1;
      return [start, end];
    }
  }
  return undefined;
}

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}]/u.test(char);
}
