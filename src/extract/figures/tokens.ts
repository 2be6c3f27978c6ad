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

// Four alternatives with disjoint first characters: each position is tried
// once and every run is consumed by a single class, so the scan is linear.
const tokenPattern = /(\p{L}[\p{L}\p{M}]{0,80})|(\d{1,40})|(\s{1,40})|([^])/gu;

let lastText: string | null = null;
let lastTokens: Token[] = [];

/**
 * Cuts a sentence into tokens. Figures are read from tokens rather than by one
 * large regular expression: every extractor walks the same token list with
 * look-ahead, which keeps each step linear and each grammar rule readable.
 *
 * The last result is kept, because the figure extractors each read the same
 * sentence in turn.
 */
export function tokenize(text: string): readonly Token[] {
  if (text === lastText) return lastTokens;
  const tokens: Token[] = [];
  let joined = false;
  for (const match of text.matchAll(tokenPattern)) {
    const kind = match[1] !== undefined ? 'word' : match[2] !== undefined ? 'digits' : match[3] !== undefined ? 'space' : 'punct';
    const value = match[0];
    const previous = tokens[tokens.length - 1];
    // Long runs are cut at the bound of the pattern; join them back. Only the
    // end moves here: re-cutting and lower-casing the growing run at every
    // piece made a 200 KB run of digits cost seconds.
    if (previous && previous.kind === kind && kind !== 'punct' && previous.end === match.index) {
      previous.end += value.length;
      joined = true;
      continue;
    }
    tokens.push({ kind, text: value, lower: value.toLowerCase(), start: match.index, end: match.index + value.length });
  }
  if (joined) {
    for (const token of tokens) {
      if (token.end - token.start === token.text.length) continue;
      token.text = text.slice(token.start, token.end);
      token.lower = token.text.toLowerCase();
    }
  }
  lastText = text;
  lastTokens = tokens;
  return tokens;
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
