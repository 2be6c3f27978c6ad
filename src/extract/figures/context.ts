import { abbreviationsFor } from '../../lexicon/abbreviations.js';
import { BEFORE_ERA_MARKS, COMMON_ERA_MARKS } from '../../lexicon/eras.js';
import { lowerSet } from '../../lexicon/list.js';
import { MONTH_ABBREVIATIONS, MONTH_NAMES } from '../../lexicon/months.js';
import type { QuantityValue } from '../../schema/claims.js';
import type { NumberMatch } from './numbers.js';
import { dashes, isCapitalized, isPunct, skipSpace, skipSpaceBack, touches, type Token } from './tokens.js';

/** A set of lower-case words from a space-separated list. */
export function wordSet(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/).filter((word) => word !== ''));
}

const monthNames = lowerSet(MONTH_NAMES, [...MONTH_ABBREVIATIONS.keys()]);

/** Whether a token is a month name (`May` only capitalised: `may` is a verb). */
export function isMonth(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && monthNames.has(token.lower) && isCapitalized(token);
}

/**
 * Capitalised words that may stand before a figure without making it part of
 * a name: sentence openers, prepositions, approximations (`About 300`,
 * `In 2018`, `Over 3,000`).
 */
const openerWords = wordSet(`
  a an the about around approximately roughly nearly almost over under some only just all of in by with without
  its their his her our these those at to from for on than and or but since after before until between among
  estimated up more less fewer exactly circa least most during within totalling totaling another each every
  both when while where as including
`);

/** Abbreviations before a reference number: `sec. 1`, `art. 5`, `vol. 25`, `pp. 74`. */
const referenceAbbreviations: ReadonlySet<string> = new Set(abbreviationsFor('reference'));

/** Era marks that make a number a year: `1200 BC`, `AD 711`. */
const eraMarks: ReadonlySet<string> = new Set([...BEFORE_ERA_MARKS, ...COMMON_ERA_MARKS]);

/**
 * Whether the number is a year or part of a date: `2018`, `1990s`, `2018–2022`,
 * `23 May`, `May 23`, `AD 711`, `(2022)`. Four-digit integers from 1000 to 2100
 * are years unless a plural noun counts them and nothing before them makes
 * them a date (`killing 1500 soldiers`, but `the 2006 remasters`).
 */
export function isDateNumber(tokens: readonly Token[], match: NumberMatch, countedNoun: boolean): boolean {
  if (match.form !== 'digits' || match.decimal || match.scaled) return false;
  const before = tokens[skipSpaceBack(tokens, match.first - 1)];
  const afterIndex = skipSpace(tokens, match.last + 1);
  const after = tokens[afterIndex];
  const glued = tokens[match.last + 1];
  if (isMonth(before) || isMonth(after)) return true;
  // `23–25 May`: a day range before a month.
  if (isPunct(after, dashes)) {
    const otherIndex = skipSpace(tokens, afterIndex + 1);
    if (tokens[otherIndex]?.kind === 'digits' && isMonth(tokens[skipSpace(tokens, otherIndex + 1)])) return true;
  }
  if (eraMarks.has(after?.text ?? '') || before?.text === 'AD') return true;
  // `1990s`, `'90s`.
  if (glued && touches(tokens[match.last], glued) && glued.lower === 's') return true;
  if (match.grouped) return false;
  const value = match.value;
  const yearLike = Number.isInteger(value) && value >= 1000 && value <= 2100 && (tokens[match.first] as Token).text.length === 4;
  if (!yearLike) return false;
  if (!countedNoun) return true;
  // `2012 sales of $2.6 billion`, `2011 population of 4,512`: what is measured by a figure of its own is no count of
  // the number before it, which is its year.
  if (after?.kind === 'word' && measuredAfter(tokens, afterIndex)) return true;
  return before !== undefined && before.kind === 'word' && yearPrepositions.has(before.lower);
}

/** Whether the noun at `index` is followed by `of` and a figure: `sales of $2.6 billion`, `population of 4,512`. */
function measuredAfter(tokens: readonly Token[], index: number): boolean {
  const of = skipSpace(tokens, index + 1);
  if (tokens[of]?.lower !== 'of') return false;
  const figure = tokens[skipSpace(tokens, of + 1)];
  return figure !== undefined && (figure.kind === 'digits' || /^(?:US)?[$€£¥]/.test(figure.text));
}

/** Words before a four-digit number that make it a year even when a noun follows (`the 2006 remasters`, `in 1998 voters`). */
const yearPrepositions = wordSet(`
  the a an in on of by from since until till to during after before around circa c its his her their this that
  these those early late mid summer winter spring autumn fall year years between and or s
`);

/**
 * Whether the digits are part of an identifier rather than a figure: glued to
 * letters (`A320`, `PL31`, `SX071665`, `125px`), dotted (`192.168.1.2`), with a
 * leading zero (`0200`), joined by slashes, colons or several hyphens
 * (dates, times, scores, ISBNs, phone numbers), or right after a capitalised
 * word that is not a sentence opener (`Boeing 747`, `Plan Excelencia 777`).
 *
 * `allowedSuffix` says which letters may be glued after the number (units,
 * `%`-like words, magnitudes) — the caller knows.
 */
export function isIdentifierNumber(tokens: readonly Token[], match: NumberMatch, allowedSuffix: (word: string) => boolean): boolean {
  if (match.dotted || isInUrl(tokens, match)) return true;
  // `1064189.jpg`, `example.com`: part of a file or host name.
  if (isPunct(tokens[match.last + 1], '.') && tokens[match.last + 2]?.kind === 'word' && touches(tokens[match.last + 1], tokens[match.last + 2])) return true;
  const first = tokens[match.first] as Token;
  const before = tokens[match.first - 1];
  if (before && touches(before, first) && (before.kind === 'word' || before.kind === 'digits')) return true;
  if (before && touches(before, first) && isPunct(before, '+#/:.\'’_')) return true;
  // `Catch-22`, `F-16`, `SCP-173`, `scp2-173`.
  const beforeDash = tokens[match.first - 2];
  if (before && touches(before, first) && isPunct(before, dashes) && (beforeDash?.kind === 'word' || beforeDash?.kind === 'digits') && touches(beforeDash, before)) return true;
  if (match.form === 'digits') {
    if (first.text.length > 1 && first.text.startsWith('0') && !match.decimal && !match.grouped) return true;
    const after = tokens[match.last + 1];
    if (after && touches(tokens[match.last], after)) {
      // `125px`, but also `24703m212`: a unit glued on both sides is part of a code.
      if (after.kind === 'word' && (!allowedSuffix(after.text) || isGluedOn(tokens, match.last + 2))) return true;
      if (isPunct(after, '/:') && tokens[match.last + 2]?.kind === 'digits') return true;
      // `51°30′`, `49° N`: a coordinate, not a measure.
      if (isPunct(after, '°') && (tokens[match.last + 2]?.kind === 'digits' || isCompassPoint(tokens[skipSpace(tokens, match.last + 2)]))) return true;
      if (isPunct(after, dashes) && tokens[match.last + 2]?.kind === 'digits' && isPunct(tokens[match.last + 3], dashes)) return true;
    }
    if (before && isPunct(before, dashes) && touches(before, first) && tokens[match.first - 2]?.kind === 'digits' && isPunct(tokens[match.first - 3], dashes)) return true;
    const word = tokens[skipSpaceBack(tokens, match.first - 1)];
    if (word && word.kind === 'word' && isCapitalized(word) && !openerWords.has(word.lower) && !isMonth(word)) return true;
    // `sec. 1`, `vol. 25`, `p. 74`, `no. 4`: a reference, not a figure.
    const dot = skipSpaceBack(tokens, match.first - 1);
    if (isPunct(tokens[dot], '.') && referenceAbbreviations.has(tokens[dot - 1]?.lower ?? '')) return true;
    if (word && word.kind === 'word' && (word.lower === 'isbn' || word.lower === 'issn')) return true;
  }
  return false;
}

/** `N`, `S`, `E`, `W`, `North`, …: what makes an angle a coordinate. */
function isCompassPoint(token: Token | undefined): boolean {
  return token !== undefined && /^(?:[NSEW]|North|South|East|West)$/.test(token.text);
}

/** Whether the number sits inside a URL or an e-mail address (one run of text without spaces holding `://`, `www.` or `@`). */
function isInUrl(tokens: readonly Token[], match: NumberMatch): boolean {
  let first = match.first;
  let last = match.last;
  for (let guard = 0; guard < 200 && first > 0 && touches(tokens[first - 1], tokens[first]); guard++) first--;
  for (let guard = 0; guard < 200 && last < tokens.length - 1 && touches(tokens[last], tokens[last + 1]); guard++) last++;
  let run = '';
  for (let at = first; at <= last; at++) run += (tokens[at] as Token).text;
  return run.includes('://') || run.includes('www.') || run.includes('@');
}

function isGluedOn(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  return token !== undefined && touches(tokens[index - 1], token) && (token.kind === 'digits' || token.kind === 'word');
}

/**
 * Whether a spelled number is written with a capital inside a sentence, as
 * part of a name (`the Thirty Years' War`, `the Big Four`, `Formula One`).
 */
export function isCapitalizedInName(tokens: readonly Token[], match: NumberMatch): boolean {
  if (match.form !== 'words' || !isCapitalized(tokens[match.first])) return false;
  const before = skipSpaceBack(tokens, match.first - 1);
  if (before < 0) return false;
  return !isPunct(tokens[before], '("“\'‘[:;—–-•*');
}

/** Whether the number is a clock time (`6 pm`, `11pm`, `10 a.m.`). */
export function isClockTime(tokens: readonly Token[], match: NumberMatch): boolean {
  const at = skipSpace(tokens, match.last + 1);
  const after = tokens[at];
  if (!after || after.kind !== 'word') return false;
  if (after.lower === 'am' || after.lower === 'pm') return true;
  return (after.lower === 'a' || after.lower === 'p') && isPunct(tokens[at + 1], '.') && tokens[at + 2]?.lower === 'm';
}

/** A qualifier before a figure: how the figure is approximate or bounded. */
export interface Qualifier {
  /** Index of the qualifier's first token. */
  first: number;
  approximate: boolean;
  /** `c.`, `ca.`, `circa`: the mark of an approximate date, so a bare number after it is a year. */
  circa?: boolean;
  bound?: NonNullable<QuantityValue['bound']>;
}

interface QualifierPhrase {
  words: string[];
  bound?: NonNullable<QuantityValue['bound']>;
}

const phrase = (text: string, bound?: QualifierPhrase['bound']): QualifierPhrase => (bound ? { words: text.split(' '), bound } : { words: text.split(' ') });

// Longest first: `no more than` before `more than`, `just over` before `over`.
const qualifierPhrases: QualifierPhrase[] = [
  phrase('no more than', 'at-most'),
  phrase('no fewer than', 'at-least'),
  phrase('no less than', 'at-least'),
  phrase('in excess of', 'more-than'),
  phrase('a little over', 'more-than'),
  phrase('a little under', 'less-than'),
  phrase('more than', 'more-than'),
  phrase('greater than', 'more-than'),
  phrase('less than', 'less-than'),
  phrase('fewer than', 'less-than'),
  phrase('at least', 'at-least'),
  phrase('at most', 'at-most'),
  phrase('up to', 'at-most'),
  phrase('as many as', 'at-most'),
  phrase('upwards of', 'more-than'),
  phrase('just over', 'more-than'),
  phrase('well over', 'more-than'),
  phrase('just under', 'less-than'),
  phrase('over', 'more-than'),
  phrase('under', 'less-than'),
  phrase('close to'),
  phrase('an estimated'),
  phrase('estimated'),
  phrase('approximately'),
  phrase('around'),
  phrase('about'),
  phrase('roughly'),
  phrase('nearly'),
  phrase('almost'),
  phrase('some'),
  phrase('circa'),
  phrase('approx'),
];

/**
 * Reads the approximation or bound before the token at `index` (`~`,
 * `around`, `more than`, `an estimated`, `c.`), or returns null.
 */
export function readQualifier(tokens: readonly Token[], index: number): Qualifier | null {
  const before = skipSpaceBack(tokens, index - 1);
  const token = tokens[before];
  if (!token) return null;
  if (isPunct(token, '~≈')) return { first: before, approximate: true };
  // `c. 300`, `ca. 300`.
  if (isPunct(token, '.') && (tokens[before - 1]?.lower === 'c' || tokens[before - 1]?.lower === 'ca') && touches(tokens[before - 1], token)) {
    const wordBefore = tokens[before - 2];
    if (!wordBefore || !touches(wordBefore, tokens[before - 1])) return { first: before - 1, approximate: true, circa: true };
  }
  for (const candidate of qualifierPhrases) {
    const first = matchBackwards(tokens, before, candidate.words);
    if (first === null) continue;
    if (candidate.words[0] === 'circa') return { first, approximate: true, circa: true };
    // `over` and `under` are qualifiers only before the figure itself, not in `over the 300 years`.
    return candidate.bound ? { first, approximate: true, bound: candidate.bound } : { first, approximate: true };
  }
  return null;
}

/** Matches `words` ending at token `last`, separated by spaces; returns the first token's index. */
function matchBackwards(tokens: readonly Token[], last: number, words: readonly string[]): number | null {
  let at = last;
  for (let position = words.length - 1; position >= 0; position--) {
    const token = tokens[at];
    if (!token || token.kind !== 'word' || token.lower !== words[position]) return null;
    if (position > 0) {
      if (tokens[at - 1]?.kind !== 'space') return null;
      at -= 2;
    }
  }
  // The phrase must start a word: `moreover` is not `over`.
  const previous = tokens[at - 1];
  if (previous && touches(previous, tokens[at]) && previous.kind === 'word') return null;
  return at;
}
