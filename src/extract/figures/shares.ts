/**
 * The words that tie a share to the part it is of: `9 of them, or 75 per
 * cent`, `Of these, 310, or about 40 per cent`, `148 died, a death rate of
 * more than 80 per cent`. The figure reader claims a bare number these words
 * follow, so the part is a figure like any other.
 */
import { readQualifier } from './context.js';
import { readCardinal } from './numbers.js';
import { isPunct, type Token } from './tokens.js';

// `a death rate of`, `died, a death rate of`: a rate naming the share.
const rateOf = /^(?:[a-z]{1,20},? )?a [a-z]{1,20} rate of$/u;
// How many words may stand between a part and its share.
const reach = 8;

/** Whether only the words that tie a share to its part stand between them (`, or`, `of them, or`, `, a death rate of`). */
export function tiesShare(between: string): boolean {
  let words = between.trim();
  for (const lead of ['of them', 'of these', 'of those']) if (words.startsWith(lead)) words = words.slice(lead.length).trim();
  if (words.startsWith(',')) words = words.slice(1).trim();
  return words === 'or' || words === 'i.e.' || words === 'that is' || rateOf.test(words);
}

/**
 * Whether the number ending at `last` is the part a share after it is of:
 * the next number (its qualifier, `about`, `more than`, before it) is a
 * percentage, and only tying words stand between.
 */
export function tiedToShare(tokens: readonly Token[], last: number, isPercentAt: (at: number) => boolean): boolean {
  let words = 0;
  for (let at = last + 1; at < tokens.length && words <= reach; at++) {
    const token = tokens[at] as Token;
    if (token.kind === 'space') continue;
    if (isPunct(token, '.;')) return false;
    if (readCardinal(tokens, at) !== null) {
      if (!isPercentAt(at)) return false;
      const start = readQualifier(tokens, at)?.first ?? at;
      const between = tokens.slice(last + 1, start).map((word) => word.text).join('');
      return tiesShare(between.toLowerCase().replace(/\s+/gu, ' '));
    }
    words++;
  }
  return false;
}
