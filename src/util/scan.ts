/**
 * Small text scans that regular expressions would do with a `$` anchor after
 * a repetition — which backtracks quadratically on adversarial input. Each
 * scan here walks the text once.
 */

const isSpace = (char: string) => char === ' ' || char === '\t' || char === '\n' || char === '\r' || char === '\u00a0' || char === '\f' || char === '\v';

/**
 * The last word of `text` after trailing spaces: up to `maxLength` characters
 * accepted by `isWordChar`, with its start offset. `minSpaces`/`maxSpaces`
 * bound the spaces that must follow it (`wordBefore` needs one to three).
 */
export function trailingWord(text: string, isWordChar: (char: string) => boolean, options: { minSpaces?: number; maxSpaces?: number; maxLength?: number } = {}): { word: string; start: number } | undefined {
  const { minSpaces = 0, maxSpaces = Number.POSITIVE_INFINITY, maxLength = Number.POSITIVE_INFINITY } = options;
  let end = text.length;
  while (end > 0 && isSpace(text[end - 1] as string) && text.length - end < maxSpaces) end--;
  const spaces = text.length - end;
  if (spaces < minSpaces || (end > 0 && isSpace(text[end - 1] as string))) return undefined;
  let start = end;
  while (start > 0 && end - start < maxLength && isWordChar(text[start - 1] as string)) start--;
  return start < end ? { word: text.slice(start, end), start } : undefined;
}

// Built once: esbuild writes a `\p{…}` literal as `new RegExp(…)`, made again at each call inside a function.
const anyLetter = /\p{L}/u;

/** Letters of any script. */
export function isLetter(char: string): boolean {
  return anyLetter.test(char);
}

/** Collapses runs of whitespace to one space and trims: `'  ,\t in '` → `', in'`. */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The text after the last `,` or `;` (a clause tail), at most `maxLength` characters. */
export function clauseTail(text: string, maxLength: number): string {
  const cut = Math.max(text.lastIndexOf(','), text.lastIndexOf(';'));
  return text.slice(Math.max(cut + 1, text.length - maxLength));
}

/** `text` without parenthesised parts (nested ones too); an unclosed `(` runs to the end. */
export function withoutParentheses(text: string): string {
  let depth = 0;
  let result = '';
  for (const char of text) {
    if (char === '(') depth++;
    else if (char === ')' && depth > 0) depth--;
    else if (depth === 0) result += char;
  }
  return result;
}

/** Strips trailing spaces and commas, and one trailing `of` after them: `'May, of '` → `'May'`. */
export function trimListTail(text: string): string {
  let end = text.length;
  const skipSeparators = () => {
    while (end > 0 && (text[end - 1] === ',' || isSpace(text[end - 1] as string))) end--;
  };
  skipSeparators();
  const before = text[end - 3];
  if (text.slice(end - 2, end) === 'of' && end < text.length && (before === undefined || before === ',' || isSpace(before))) {
    end -= 2;
    skipSeparators();
  }
  return text.slice(0, end);
}
