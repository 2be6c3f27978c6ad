/**
 * A piece of a sentence: a run of letters, a run of digits, a run of
 * whitespace, or one other character. Offsets are into the sentence text.
 */
export interface Token {
  kind: 'word' | 'digits' | 'space' | 'punct';
  text: string;
  /** Lower-cased text, for lexicon look-ups. */
  lower: string;
  start: number;
  end: number;
}

// A word is read in pieces of 81 code points, each opening on a letter, so a
// combining mark right after a full piece stands alone as punctuation: the
// tokens are those of the regular expression this scan replaced
// (`\p{L}[\p{L}\p{M}]{0,80}`, runs joined), down to that edge.
const wordPiece = 81;
const letterPattern = /^\p{L}$/u;
const markPattern = /^\p{M}$/u;
const spacePattern = /^\s$/u;

let lastText: string | null = null;
let lastTokens: Token[] = [];

/**
 * Cuts a sentence into tokens. Figures are read from tokens rather than by one
 * large regular expression: every extractor walks the same token list with
 * look-ahead, which keeps each step linear and each grammar rule readable.
 *
 * One scan by character class, without a regular expression over the text:
 * a match object per token made this tokenizer the largest allocator of the
 * pipeline. The last result is kept, because the figure extractors each read
 * the same sentence in turn.
 */
export function tokenize(text: string): readonly Token[] {
  if (text === lastText) return lastTokens;
  const tokens: Token[] = [];
  let index = 0;
  while (index < text.length) {
    const start = index;
    const code = text.codePointAt(index) as number;
    const kind = kindOf(code);
    index += code > 0xffff ? 2 : 1;
    if (kind === 'word') index = wordEnd(text, index);
    else if (kind === 'digits') while (index < text.length && isDigit(text.charCodeAt(index))) index++;
    else if (kind === 'space') while (index < text.length && isSpace(text.codePointAt(index) as number)) index++;
    const value = text.slice(start, index);
    tokens.push({ kind, text: value, lower: value.toLowerCase(), start, end: index });
  }
  lastText = text;
  lastTokens = tokens;
  return tokens;
}

/** Where the word whose first letter ends at `from` ends. */
function wordEnd(text: string, from: number): number {
  let index = from;
  let piece = 1;
  while (index < text.length) {
    const code = text.codePointAt(index) as number;
    if (piece === wordPiece) {
      if (!isLetter(code)) break;
      piece = 0;
    } else if (!isLetter(code) && !isMark(code)) break;
    piece++;
    index += code > 0xffff ? 2 : 1;
  }
  return index;
}

function kindOf(code: number): Token['kind'] {
  if (isLetter(code)) return 'word';
  if (isDigit(code)) return 'digits';
  return isSpace(code) ? 'space' : 'punct';
}

// ASCII answers without a regular expression: most characters of English text are ASCII.
function isLetter(code: number): boolean {
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  return letterPattern.test(String.fromCodePoint(code));
}

function isMark(code: number): boolean {
  return code >= 0x300 && markPattern.test(String.fromCodePoint(code));
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return spacePattern.test(String.fromCodePoint(code));
}

/** The index of the first token at or after `index` that is not whitespace; `tokens.length` when none. */
export function skipSpace(tokens: readonly Token[], index: number): number {
  let at = index;
  while (at < tokens.length && (tokens[at] as Token).kind === 'space') at++;
  return at;
}

/** The index of the last token before `index` that is not whitespace; -1 when none. */
export function skipSpaceBack(tokens: readonly Token[], index: number): number {
  let at = index;
  while (at >= 0 && (tokens[at] as Token).kind === 'space') at--;
  return at;
}

/** The next token after `index`, skipping whitespace. */
export function nextToken(tokens: readonly Token[], index: number): Token | undefined {
  return tokens[skipSpace(tokens, index + 1)];
}

/** The token before `index`, skipping whitespace. */
export function previousToken(tokens: readonly Token[], index: number): Token | undefined {
  const at = skipSpaceBack(tokens, index - 1);
  return at < 0 ? undefined : tokens[at];
}

/** Whether two tokens are glued: adjacent, and neither is whitespace. */
export function touches(left: Token | undefined, right: Token | undefined): boolean {
  return left !== undefined && right !== undefined && left.end === right.start && left.kind !== 'space' && right.kind !== 'space';
}

/** Whether a word starts with a capital letter. */
export function isCapitalized(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && token.text[0] !== (token.text[0] as string).toLowerCase();
}

/** Whether a word is written in capitals only (`USD`, `NATO`), two letters or more. */
export function isAllCaps(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && token.text.length > 1 && token.text === token.text.toUpperCase() && token.text !== token.lower;
}

/** Whether the token is one of the given characters (whitespace never is). */
export function isPunct(token: Token | undefined, characters: string): boolean {
  return token !== undefined && token.kind === 'punct' && characters.includes(token.text);
}

/** Hyphens and dashes that join a range or a compound (`60–80`, `twenty-three`). */
export const dashes = '-\u2010\u2011\u2012\u2013\u2014\u2212';

/** Straight and curly quotation marks. */
export const quotes = '"\u201c\u201d\u201e\u00ab\u00bb';
