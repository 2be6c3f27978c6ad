import { CODES_IN_ANY_CASE, CODES_IN_CAPITALS, CURRENCY_PREFIX_WORDS as prefixWords, CURRENCY_SYMBOLS as symbolCodes, CURRENCY_WORDS as currencyWords, DOLLAR_PREFIXES as dollarPrefixes, type CurrencyWord } from '../../lexicon/currencies.js';
import { isPunct, touches, type Token } from './tokens.js';

/**
 * Reads currencies next to amounts with the currency table of
 * `src/lexicon/currencies.ts`: symbols, ISO 4217 codes and currency words.
 */

/** ISO 4217 codes read in capitals. */
const isoCodes: ReadonlySet<string> = new Set([...CODES_IN_ANY_CASE, ...CODES_IN_CAPITALS]);

/** Codes that are no English word, so they count in lower case too (`10 usd`). */
const lowerCaseCodes: ReadonlySet<string> = new Set(CODES_IN_ANY_CASE.map((code) => code.toLowerCase()));

/** The ISO 4217 code a word stands for (`USD`, `usd`, `RMB` → `CNY`), or null. */
function isoCode(token: Token): string | null {
  if (token.text === 'RMB' || token.text === 'rmb') return 'CNY';
  if (isoCodes.has(token.text)) return token.text;
  return lowerCaseCodes.has(token.text) ? token.text.toUpperCase() : null;
}

/** A currency found next to an amount: its code (or null) and the tokens it covers. */
export interface CurrencyMatch {
  code: string | null;
  first: number;
  last: number;
  subunit: boolean;
}

/**
 * Reads a currency that ends right before token `index` (where an amount
 * starts): `$`, `US$`, `HK$`, `€`, `£`, `Rs.`, `USD`, `S/.`; an amount may
 * follow a symbol with a space (`$ 75 million`, `US$ 5 million`).
 */
export function readCurrencyBefore(tokens: readonly Token[], index: number): CurrencyMatch | null {
  let last = index - 1;
  const spaced = tokens[last]?.kind === 'space' && (tokens[last] as Token).text.length === 1;
  if (spaced) last--;
  const token = tokens[last];
  if (!token) return null;
  if (isPunct(token, '$')) return readDollarPrefix(tokens, last);
  if (token.kind === 'punct' && Object.hasOwn(symbolCodes, token.text)) {
    // `CN¥`, `JP¥`.
    const letters = tokens[last - 1];
    if (token.text === '¥' && letters && touches(letters, token) && letters.text === 'CN') return { code: 'CNY', first: last - 1, last, subunit: false };
    return { code: symbolCodes[token.text] as string, first: last, last, subunit: false };
  }
  // `S/.` and `S/` (Peruvian sol).
  if (isPunct(token, '/.')) {
    const slash = token.text === '.' ? last - 1 : last;
    if (isPunct(tokens[slash], '/') && tokens[slash - 1]?.text === 'S' && touches(tokens[slash - 1], tokens[slash])) return { code: 'PEN', first: slash - 1, last, subunit: false };
    if (token.text === '.' && tokens[last - 1]?.kind === 'word' && touches(tokens[last - 1], token) && Object.hasOwn(prefixWords, (tokens[last - 1] as Token).text)) {
      return { code: prefixWords[(tokens[last - 1] as Token).text] as string, first: last - 1, last, subunit: false };
    }
    return null;
  }
  if (token.kind !== 'word') return null;
  const beforeWord = tokens[last - 1];
  if (beforeWord && touches(beforeWord, token) && beforeWord.kind !== 'space' && beforeWord.kind !== 'punct') return null;
  const code = isoCode(token);
  if (code) return { code, first: last, last, subunit: false };
  if (Object.hasOwn(prefixWords, token.text)) return { code: prefixWords[token.text] as string, first: last, last, subunit: false };
  return null;
}

function readDollarPrefix(tokens: readonly Token[], dollar: number): CurrencyMatch {
  const bare: CurrencyMatch = { code: 'USD', first: dollar, last: dollar, subunit: false };
  let at = dollar - 1;
  const spaced = tokens[at]?.kind === 'space' && (tokens[at] as Token).text.length === 1;
  if (spaced) at--;
  else if (!touches(tokens[at], tokens[dollar])) return bare;
  // Letters glued before `$` (`US$`, `U.S.$`, `HK$`), or in tokenised text one spaced word (`us $`).
  let letters = '';
  let first = -1;
  for (let guard = 0; guard < 4 && at >= 0; guard++) {
    const token = tokens[at] as Token;
    if (token.kind !== 'word' && !isPunct(token, '.')) break;
    letters = `${token.lower}${letters}`;
    first = at;
    if (!touches(tokens[at - 1], token)) break;
    at--;
  }
  // A spaced single letter is an article or an initial (`a $5 million grant`), not a prefix.
  if (first < 0 || !Object.hasOwn(dollarPrefixes, letters) || (spaced && letters.length < 2)) return bare;
  return { code: dollarPrefixes[letters] as string, first, last: dollar, subunit: false };
}

/**
 * Reads a currency starting at token `index` (right after an amount, past
 * one space): a code (`500 USD`, `115USD`), a symbol (`10 €`), or a word with
 * its qualifier (`dollars`, `Australian dollars`, `nuevos soles`, `pounds
 * sterling`). `scaled` says whether the amount had a scale word, which some
 * words need (`361 million pounds` is money, `25 pounds` is a weight).
 */
export function readCurrencyAfter(tokens: readonly Token[], index: number, scaled: boolean): CurrencyMatch | null {
  const token = tokens[index];
  if (!token) return null;
  // A sign glued to the next number is that number's prefix (`1 $10`), not this one's suffix.
  if (token.kind === 'punct' && tokens[index + 1]?.kind === 'digits' && touches(token, tokens[index + 1])) return null;
  if (token.kind === 'punct' && Object.hasOwn(symbolCodes, token.text)) return { code: symbolCodes[token.text] as string, first: index, last: index, subunit: false };
  if (isPunct(token, '$')) return { code: 'USD', first: index, last: index, subunit: false };
  if (token.kind !== 'word') return null;
  const code = isoCode(token);
  if (code) return endsWord(tokens, index) ? { code, first: index, last: index, subunit: false } : null;
  // Up to three qualifier words before the currency word: `Hong Kong dollars`, `New Taiwan dollars`.
  for (let words = 0; words <= 3; words++) {
    const found = qualifiedWord(tokens, index, words);
    if (!found) continue;
    const { entry, qualifier, last } = found;
    const code = qualifier === '' ? entry.code : (entry.qualified?.[qualifier] ?? null);
    if (qualifier !== '' && code === null) continue;
    if (qualifier === '' && entry.needs === 'qualifier') return null;
    if (qualifier === '' && entry.needs === 'qualifier-or-scale' && !scaled && !isSterlingNext(tokens, last)) return null;
    const sterling = isSterlingNext(tokens, last);
    return { code, first: index, last: sterling ? last + 2 : last, subunit: entry.subunit === true };
  }
  return null;
}

/**
 * The currency word `words` words after `index`, with the words before it as
 * the qualifier; undefined when there is no currency word there.
 */
function qualifiedWord(tokens: readonly Token[], index: number, words: number): { entry: CurrencyWord; qualifier: string; last: number } | undefined {
  const parts: string[] = [];
  let at = index;
  for (let count = 0; count < words; count++) {
    const token = tokens[at];
    if (!token || token.kind !== 'word') return undefined;
    parts.push(token.lower);
    at++;
    // `u.s. dollars`: dots stay inside the qualifier.
    while (isPunct(tokens[at], '.') && tokens[at + 1]?.kind === 'word' && touches(tokens[at], tokens[at + 1])) {
      parts[parts.length - 1] += `.${(tokens[at + 1] as Token).lower}`;
      at += 2;
    }
    if (isPunct(tokens[at], '.')) {
      parts[parts.length - 1] += '.';
      at++;
    }
    if (tokens[at]?.kind !== 'space') return undefined;
    at++;
  }
  const token = tokens[at];
  if (!token || token.kind !== 'word' || !Object.hasOwn(currencyWords, token.lower) || !endsWord(tokens, at)) return undefined;
  return { entry: currencyWords[token.lower] as CurrencyWord, qualifier: parts.join(' '), last: at };
}

function isSterlingNext(tokens: readonly Token[], last: number): boolean {
  return tokens[last + 1]?.kind === 'space' && tokens[last + 2]?.lower === 'sterling' && tokens[last]?.lower !== 'sterling';
}

function endsWord(tokens: readonly Token[], index: number): boolean {
  const after = tokens[index + 1];
  return !after || !touches(tokens[index], after) || (after.kind === 'punct' && after.text !== '-');
}

/**
 * The currency of a word in a hyphenated amount (`one-yen`, `12-cent`,
 * `the Iraqi 10,000-dinar banknote`), with the adjective before the number
 * as its qualifier; null when the word is not a currency.
 */
export function currencyWordCode(text: string, qualifier: string | undefined): { code: string | null; subunit: boolean } | null {
  const entry = Object.hasOwn(currencyWords, text.toLowerCase()) ? currencyWords[text.toLowerCase()] : undefined;
  if (!entry || entry.needs) return null;
  const qualified = qualifier === undefined ? undefined : entry.qualified?.[qualifier];
  return { code: qualified ?? entry.code, subunit: entry.subunit === true };
}
