import type { MoneyValue } from '../../schema/claims.js';
import type { Extractor } from '../types.js';
import { isDateNumber, readQualifier } from './context.js';
import { currencyWordCode, readCurrencyAfter, readCurrencyBefore, type CurrencyMatch } from './currencies.js';
import { readCardinal, roundFigure, type NumberMatch } from './numbers.js';
import { figureExtractor, scanFigures, type FigureFind } from './find.js';
import { dashes, isPunct, skipSpace, skipSpaceBack, touches, type Token } from './tokens.js';

/** An amount of money found in a sentence, with its token span. */
export type MoneyFind = FigureFind<'money'>;

/** One amount with the currency written next to it. */
interface Amount {
  number: NumberMatch;
  currency: CurrencyMatch | null;
  first: number;
  last: number;
}

/**
 * Finds amounts of money: a currency symbol, code or word with a number
 * (`US$5 million`, `€3.2 billion`, `£400,000`, `5 million dollars`,
 * `1,800 soles`, `$2.5m`), ranges (`between 1,800 and 2,000 soles`,
 * `$5–10 million`) and qualifiers (`about $14 million`, `more than $1 billion`).
 */
export function findMoney(text: string): MoneyFind[] {
  return scanFigures(text, readMoneyAt);
}

/** The money extractor: amounts with their ISO 4217 currency. */
export const moneyExtractor: Extractor = figureExtractor('money', (sentence) => findMoney(sentence.plain));

function readMoneyAt(tokens: readonly Token[], index: number): MoneyFind | null {
  const first = readAmount(tokens, index, false);
  if (!first) return null;
  const low = first;
  let high = readRangeEnd(tokens, first) ?? first;
  // `$5–10 million`: the second number's scale word belongs to both.
  let lowValue = low.number.value;
  if (high !== low && low.number.scale === 1 && high.number.scale > 1 && lowValue * high.number.scale <= high.number.value) lowValue *= high.number.scale;
  // `from $5 million to $3 million` is a change, not a range.
  if (high !== low && lowValue > high.number.value) {
    high = low;
    lowValue = low.number.value;
  }
  const highValue = high.number.value;
  const currency = low.currency ?? high.currency;
  if (!currency) return null;
  const divisor = currency.subunit ? 100 : 1;
  const qualifier = readQualifier(tokens, low.first);
  const between = high !== low && tokens[skipSpaceBack(tokens, low.first - 1)]?.lower === 'between' ? skipSpaceBack(tokens, low.first - 1) : null;
  const startIndex = between ?? qualifier?.first ?? low.first;
  const cents = high === low && !currency.subunit ? readCents(tokens, high.last) : null;
  const end = cents?.last ?? high.last;
  const value: MoneyValue = {
    amount: high === low ? roundFigure(lowValue / divisor + (cents?.value ?? 0)) : null,
    min: roundFigure(lowValue / divisor + (cents?.value ?? 0)),
    max: roundFigure(highValue / divisor + (cents?.value ?? 0)),
    currency: currency.code,
    approximate: qualifier !== null,
    ...(qualifier?.bound ? { bound: qualifier.bound } : {}),
  };
  // A scale word after a huge number can carry it past 1.8e308.
  if (!Number.isFinite(value.min) || !Number.isFinite(value.max)) return null;
  return { start: (tokens[startIndex] as Token).start, end: (tokens[end] as Token).end, first: startIndex, last: end, value };
}

/** `3 dollars 50 cents`, `thirteen dollars and forty-five cents`: the cents after a whole amount, in units. */
function readCents(tokens: readonly Token[], last: number): { value: number; last: number } | null {
  let at = skipSpace(tokens, last + 1);
  if (tokens[at]?.lower === 'and') at = skipSpace(tokens, at + 1);
  const number = readCardinal(tokens, at);
  if (!number || number.value >= 100 || number.scaled || tokens[number.last + 1]?.kind !== 'space') return null;
  const currency = readCurrencyAfter(tokens, number.last + 2, false);
  if (!currency?.subunit) return null;
  return { value: number.value / 100, last: currency.last };
}

/**
 * Reads one amount at `index`: a number with a currency before it (`$5`,
 * `US$ 5 million`) or after it (`5 million dollars`, `one-yen`), or a bare
 * number when `needsCurrency` is false (the low end of a range).
 */
function readAmount(tokens: readonly Token[], index: number, needsCurrency: boolean): Amount | null {
  const token = tokens[index];
  if (!token || (token.kind !== 'digits' && token.kind !== 'word')) return null;
  const previous = tokens[index - 1];
  // No number, no amount: most words are none, and the currency before them is not looked for.
  const number = readCardinal(tokens, index, shortScales);
  if (!number || number.dotted) return null;
  const prefix = readCurrencyBefore(tokens, index);
  // Inside a longer word or number (`A320`, `x2`), unless a code is glued (`USD115`).
  if (previous && touches(previous, token) && (previous.kind === 'word' || previous.kind === 'digits') && !prefix) return null;
  // `MUR521959`, `EUR12345678`: a glued code before five or more plain digits is an identifier.
  const glued = previous !== undefined && touches(previous, token) && previous.kind === 'word';
  if (prefix && glued && !number.scaled && !number.grouped && !number.decimal && token.text.length >= 5) return null;
  if (prefix && number.form === 'digits') return { number, currency: prefix, first: prefix.first, last: number.last };
  const suffix = readSuffix(tokens, number);
  if (suffix) {
    if (!number.scaled && isDateNumber(tokens, number, true)) return null;
    return { number, currency: suffix, first: number.first, last: suffix.last };
  }
  if (needsCurrency) return null;
  // Without a currency the short scales (`m`, `k`) are not money: read again plainly.
  const plain = readCardinal(tokens, index);
  return plain ? { number: plain, currency: null, first: plain.first, last: plain.last } : null;
}

const shortScales = { shortScales: true } as const;

/** A currency after the number: glued (`115USD`), spaced (`20 euros`, `10 €`) or hyphenated (`one-yen`, `12-cent`). */
function readSuffix(tokens: readonly Token[], number: NumberMatch): CurrencyMatch | null {
  const next = tokens[number.last + 1];
  if (!next) return null;
  if (next.kind !== 'space') {
    if (isPunct(next, '-') && tokens[number.last + 2]?.kind === 'word' && touches(next, tokens[number.last + 2])) {
      const adjective = tokens[skipSpaceBack(tokens, number.first - 1)];
      const word = currencyWordCode((tokens[number.last + 2] as Token).text, adjective?.kind === 'word' ? adjective.lower : undefined);
      return word ? { code: word.code, first: number.last + 2, last: number.last + 2, subunit: word.subunit } : null;
    }
    return readCurrencyAfter(tokens, number.last + 1, number.scaled);
  }
  if (next.kind !== 'space' || next.text.length > 2) return null;
  return readCurrencyAfter(tokens, number.last + 2, number.scaled);
}

/**
 * The high end of a range after `low`: `–10 million`, ` to $10 million`,
 * ` and 2,000 soles` (after `between`). The high end may carry the currency
 * for both (`1,800 to 2,000 soles`).
 */
function readRangeEnd(tokens: readonly Token[], low: Amount): Amount | null {
  const connectorIndex = skipSpace(tokens, low.last + 1);
  const connector = tokens[connectorIndex];
  if (!connector) return null;
  const isDash = isPunct(connector, dashes);
  const isWord = connector.kind === 'word' && (connector.lower === 'to' || (connector.lower === 'and' && tokens[skipSpaceBack(tokens, low.first - 1)]?.lower === 'between'));
  if (!isDash && !isWord) return null;
  if (isWord && tokens[connectorIndex - 1]?.kind !== 'space') return null;
  // `from $5 million to $10 million` is a change, not a range.
  const before = tokens[skipSpaceBack(tokens, low.first - 1)];
  if (before?.lower === 'from') return null;
  const highIndex = skipSpace(tokens, connectorIndex + 1);
  const high = readAmount(tokens, amountStart(tokens, highIndex), low.currency === null);
  if (!high) return null;
  if (low.currency === null && high.currency === null) return null;
  return high;
}

/** Where the number of an amount starting at `index` begins: past a repeated currency (`to $10 million`, `to US$10`). */
function amountStart(tokens: readonly Token[], index: number): number {
  for (let at = index; at < Math.min(tokens.length, index + 5); at++) {
    if ((tokens[at] as Token).kind !== 'digits') continue;
    const prefix = readCurrencyBefore(tokens, at);
    return prefix && prefix.first === index ? at : index;
  }
  return index;
}

