import { DOZEN_WORDS, MONEY_SCALE_ABBREVIATIONS, ORDINAL_SCALE_WORDS, SCALE_ABBREVIATIONS, SCALE_WORDS } from '../../lexicon/magnitudes.js';
import { FRACTION_WORDS, ORDINAL_TEEN_WORDS, ORDINAL_TEN_WORDS, ORDINAL_UNIT_WORDS, SPOKEN_DIGIT_WORDS, TEEN_WORDS, TEN_WORDS, UNIT_WORDS, ZERO_WORDS } from '../../lexicon/numbers.js';
import { dashes, isCapitalized, isPunct, tokenize, touches, type Token } from './tokens.js';

/**
 * A number read from the text: digits (`1,800`, `14 736`, `3.2`), words
 * (`twenty-three`, `one hundred and five`, `a dozen`) or both
 * (`1.2 million`, `US$5 million`'s `5 million`).
 */
export interface NumberMatch {
  value: number;
  /** Index of the first and of the last token of the number. */
  first: number;
  last: number;
  start: number;
  end: number;
  /** `digits` when it begins with a digit, `words` when spelled out. */
  form: 'digits' | 'words';
  /** Thousands separators (`1,800`, `14 736`). */
  grouped: boolean;
  decimal: boolean;
  /** A scale word or suffix (`million`, `bn`, `dozen`). */
  scaled: boolean;
  /** The factor of the scale words that end the number (`5 million` → 1e6), 1 when none: `5–10 million` shares it. */
  scale: number;
  /** Dotted groups like `192.168.1.2` or `1.2.3`: a version or address, not a number. */
  dotted: boolean;
  /** A spelled fraction (`two-thirds`, `a quarter`): a proportion rather than a count. */
  fraction?: boolean;
}

/** A position in an order read from the text: `third`, `twenty-first`, `5th`. */
export type OrdinalMatch = Pick<NumberMatch, 'value' | 'first' | 'last' | 'start' | 'end' | 'form'>;

/** How a number may be read. */
export interface ReadNumberOptions {
  /**
   * Accept `m`, `k` and `b` as million, thousand and billion (`$2.5m`, `£60 m`).
   * Only money is read this way; elsewhere `1.8m` is metres.
   */
  shortScales?: boolean;
}

type WordClass = 'zero' | 'unit' | 'teen' | 'ten' | 'hundred' | 'scale' | 'dozen';

interface NumberWord {
  value: number;
  type: WordClass;
  ordinal?: boolean;
}

const cardinalWords = new Map<string, NumberWord>();
const add = (type: WordClass, entries: ReadonlyMap<string, number>, ordinal = false) => {
  for (const [word, value] of entries) cardinalWords.set(word, ordinal ? { value, type, ordinal } : { value, type });
};
/** `hundred` has a class of its own in the grammar; the other scale words are scales. */
const only = (entries: ReadonlyMap<string, number>, keep: (value: number) => boolean) => new Map([...entries].filter(([, value]) => keep(value)));
add('zero', ZERO_WORDS);
add('unit', UNIT_WORDS);
add('teen', TEEN_WORDS);
add('ten', TEN_WORDS);
add('hundred', only(SCALE_WORDS, (value) => value === 100));
add('scale', only(SCALE_WORDS, (value) => value > 100));
add('dozen', DOZEN_WORDS);
add('unit', ORDINAL_UNIT_WORDS, true);
add('teen', ORDINAL_TEEN_WORDS, true);
add('ten', ORDINAL_TEN_WORDS, true);
add('hundred', only(ORDINAL_SCALE_WORDS, (value) => value === 100), true);
add('scale', only(ORDINAL_SCALE_WORDS, (value) => value > 100), true);

/** Scale words and abbreviations read after digits: `1.2 million`, `1.5bn`, `3 dozen`. */
const scaleSuffixes: ReadonlyMap<string, number> = new Map([...SCALE_WORDS, ...DOZEN_WORDS, ...SCALE_ABBREVIATIONS]);
/** Scale words spelled out, which after digits must be whole lower-case words (`3 million`; `The 400 Million` is a title). */
const spelledScales: ReadonlySet<string> = new Set([...SCALE_WORDS.keys(), ...DOZEN_WORDS.keys()]);

const vulgarFractions: Record<string, number> = {
  '½': 1 / 2,
  '⅓': 1 / 3,
  '⅔': 2 / 3,
  '¼': 1 / 4,
  '¾': 3 / 4,
  '⅕': 1 / 5,
  '⅖': 2 / 5,
  '⅗': 3 / 5,
  '⅘': 4 / 5,
  '⅙': 1 / 6,
  '⅚': 5 / 6,
  '⅐': 1 / 7,
  '⅛': 1 / 8,
  '⅜': 3 / 8,
  '⅝': 5 / 8,
  '⅞': 7 / 8,
  '⅑': 1 / 9,
  '⅒': 1 / 10,
};

const ordinalSuffixes = new Set(['st', 'nd', 'rd', 'th']);
const plainSpaces = ' \u00a0\u202f\u2009';

/** The value of a number word, or undefined: `twenty` → 20 (cardinal), `third` → 3 (ordinal). */
export function numberWord(word: string): NumberWord | undefined {
  return cardinalWords.get(word);
}

/**
 * Reads a cardinal number starting at token `index`, or returns null.
 *
 * Spelled numbers follow English number grammar (a unit may follow a ten,
 * `hundred` follows a unit, larger scales come in decreasing order, `and`
 * joins only after a scale), so `one two three` is three numbers and
 * `twenty-first` is not a cardinal at all.
 */
export function readCardinal(tokens: readonly Token[], index: number, options: ReadNumberOptions = {}): NumberMatch | null {
  if (cardinalReadings.tokens !== tokens) cardinalReadings = { tokens, readings: new Array<NumberMatch | null | undefined>(tokens.length * 2 + 2).fill(undefined) };
  const { readings } = cardinalReadings;
  // Short scales are read only after digits: a word reads the same either way.
  const slot = index * 2 + (options.shortScales && tokens[index]?.kind !== 'word' ? 1 : 0);
  const known = readings[slot];
  if (known !== undefined) return known;
  const number = readAnyCardinal(tokens, index, options);
  // 310 digits in a row read as a number past 1.8e308: Infinity is no figure.
  const reading = number && Number.isFinite(number.value) ? number : null;
  readings[slot] = reading;
  return reading;
}

// Every figure finder reads the number at every token of the same sentence's
// token list (`tokenize` keeps it): each reading is made once per list and
// index. Only the last list's readings are kept, since the finders of one
// sentence run one after the other; a weak map entry per list cost more than
// it kept. Readings are never modified by their readers.
let cardinalReadings: { tokens: readonly Token[] | null; readings: Array<NumberMatch | null | undefined> } = { tokens: null, readings: [] };

function readAnyCardinal(tokens: readonly Token[], index: number, options: ReadNumberOptions): NumberMatch | null {
  const token = tokens[index];
  if (!token) return null;
  if (token.kind === 'digits') return readDigits(tokens, index, options);
  if (token.kind === 'word') return readWords(tokens, index);
  const next = tokens[index + 1];
  const before = tokens[index - 1];
  const standsAlone = !before || before.kind === 'space' || isPunct(before, '([');
  // `−40`, `-9.5`: a sign glued to the digits, not a dash between two numbers (`20 -25`).
  if (isPunct(token, '-\u2212') && next?.kind === 'digits' && touches(token, next) && standsAlone && tokens[index - 2]?.kind !== 'digits') {
    const number = readDigits(tokens, index + 1, options);
    return number && { ...number, value: -number.value, first: index, start: token.start };
  }
  // `.08`: a decimal without its zero.
  if (isPunct(token, '.') && next?.kind === 'digits' && touches(token, next) && standsAlone) {
    const number = readDigits(tokens, index + 1, options);
    if (!number || number.decimal || number.grouped) return null;
    return { ...number, value: Number(`0.${next.text}`) * number.scale, first: index, start: token.start, decimal: true };
  }
  // `½ teaspoon`.
  if (token.kind === 'punct' && Object.hasOwn(vulgarFractions, token.text) && !touches(tokens[index - 1], token)) {
    return { ...wordsMatch(tokens, index, index, vulgarFractions[token.text] as number, {}), form: 'digits', decimal: true };
  }
  return null;
}

/** Reads an ordinal starting at token `index` (`5th`, `third`, `twenty-first`), or returns null. */
export function readOrdinal(tokens: readonly Token[], index: number): OrdinalMatch | null {
  const token = tokens[index];
  if (!token) return null;
  if (token.kind === 'digits') {
    const suffix = tokens[index + 1];
    if (!suffix || !touches(token, suffix) || !ordinalSuffixes.has(suffix.lower)) return null;
    const after = tokens[index + 2];
    if (after && touches(suffix, after) && after.kind !== 'punct') return null;
    return { value: Number(token.text), first: index, last: index + 1, start: token.start, end: suffix.end, form: 'digits' };
  }
  const words = readWordSequence(tokens, index);
  if (!words || !words.ordinal) return null;
  return { value: words.value, first: index, last: words.last, start: token.start, end: (tokens[words.last] as Token).end, form: 'words' };
}

/** Every cardinal number in a text, left to right, none overlapping (the peer bench reads the grammar this way). */
export function scanNumbers(text: string, options: ReadNumberOptions = {}): NumberMatch[] {
  const tokens = tokenize(text);
  const found: NumberMatch[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const previous = tokens[index - 1];
    const token = tokens[index] as Token;
    // Inside a word or a longer digit run (`A320`, `x2`): not the start of a number.
    if (previous && touches(previous, token) && previous.kind !== 'punct' && previous.kind !== 'space') continue;
    const match = readCardinal(tokens, index, options);
    if (!match) {
      const ordinal = readOrdinal(tokens, index);
      if (ordinal) index = ordinal.last;
      continue;
    }
    found.push(match);
    index = match.last;
  }
  return found;
}

// Digit groups (`1,000,000`) or dotted parts (`1.2.3`) one number may have.
// Past it the run is not read as a figure at all: a finder that declines the
// run would otherwise read it again from each of its tokens, and 16 KB of
// `,000` took seconds. No figure has more than 15 significant digits.
const maxGroups = 8;

function readDigits(tokens: readonly Token[], index: number, options: ReadNumberOptions): NumberMatch | null {
  const head = tokens[index] as Token;
  let last = index;
  let digits = head.text;
  let grouped = false;
  let groups = 0;
  const indian = readIndianGroups(tokens, index);
  if (indian) {
    digits = indian.digits;
    last = indian.last;
    grouped = true;
  } else if (head.text.length <= 3) {
    // `1,800,000`: comma groups of exactly three digits.
    while (isPunct(tokens[last + 1], ',') && isGroup(tokens, last + 2, tokens[last + 1] as Token)) {
      if (++groups > maxGroups) return null;
      digits += (tokens[last + 2] as Token).text;
      last += 2;
      grouped = true;
    }
    // `14 736`: groups after a single space (also no-break and thin spaces).
    if (!grouped) {
      while (isSpaceGroupSeparator(tokens[last + 1]) && isGroup(tokens, last + 2, tokens[last + 1] as Token)) {
        if (++groups > maxGroups) return null;
        digits += (tokens[last + 2] as Token).text;
        last += 2;
        grouped = true;
      }
    }
  }
  let decimal = false;
  let dotted = false;
  if (isPunct(tokens[last + 1], '.') && touches(tokens[last], tokens[last + 1]) && tokens[last + 2]?.kind === 'digits' && touches(tokens[last + 1], tokens[last + 2])) {
    digits += `.${(tokens[last + 2] as Token).text}`;
    last += 2;
    decimal = true;
    while (isPunct(tokens[last + 1], '.') && tokens[last + 2]?.kind === 'digits' && touches(tokens[last + 1], tokens[last + 2])) {
      if (++groups > maxGroups) return null;
      last += 2;
      dotted = true;
    }
  }
  // `3½`: a vulgar fraction glued to the digits; `10 1/2`: a mixed number.
  let fraction = 0;
  const glued = tokens[last + 1];
  if (glued && touches(tokens[last], glued) && Object.hasOwn(vulgarFractions, glued.text) && !decimal) {
    fraction = vulgarFractions[glued.text] as number;
    last += 1;
  } else if (!decimal && !grouped && tokens[last + 1]?.kind === 'space' && (tokens[last + 1] as Token).text === ' ') {
    const mixed = readSlashFraction(tokens, last + 2);
    if (mixed) {
      fraction = mixed.value;
      last = mixed.last;
    }
  }
  if (!decimal && !grouped && fraction === 0) {
    const simple = readSlashFraction(tokens, index);
    if (simple) {
      digits = '0';
      fraction = simple.value;
      last = simple.last;
    }
  }
  let scale = 1;
  for (let guard = 0; guard < 3; guard++) {
    const suffix = readScaleAfter(tokens, last, options);
    if (!suffix || suffix.factor <= scale) break;
    scale *= suffix.factor;
    last = suffix.last;
  }
  let value = roundFigure((Number(digits) + fraction) * scale);
  // `3 hundred and 21`, `6 crore and two hundred`, `4 thousand 3 hundred`: a smaller number joined to a scaled one.
  if (scale >= 100) {
    const rest = readJoinedRest(tokens, last, scale, options);
    if (rest) {
      value += rest.value;
      last = rest.last;
    }
  }
  return { value, first: index, last, start: head.start, end: (tokens[last] as Token).end, form: 'digits', grouped, decimal: decimal || fraction !== 0, scaled: scale !== 1, scale, dotted };
}

function readJoinedRest(tokens: readonly Token[], last: number, scale: number, options: ReadNumberOptions): NumberMatch | null {
  let at = last + 1;
  if (tokens[at]?.kind !== 'space') return null;
  at++;
  const and = tokens[at]?.lower === 'and' && tokens[at + 1]?.kind === 'space';
  if (and) at += 2;
  const rest = readCardinal(tokens, at, options);
  if (!rest || rest.value >= scale || rest.value <= 0 || rest.decimal) return null;
  return (and && (scale === 100 || rest.scale > 1)) || (!and && rest.scale > 1) ? rest : null;
}

/**
 * A simple fraction written with a slash: `1/2`, `3/4` (numerator below a
 * denominator of at most 16). `5/17/2018` and `24/7` are not fractions.
 */
function readSlashFraction(tokens: readonly Token[], index: number): { value: number; last: number } | null {
  const numerator = tokens[index];
  const slash = tokens[index + 1];
  const denominator = tokens[index + 2];
  if (numerator?.kind !== 'digits' || !isPunct(slash, '/') || denominator?.kind !== 'digits' || !touches(numerator, slash) || !touches(slash, denominator)) return null;
  const top = Number(numerator.text);
  const bottom = Number(denominator.text);
  if (bottom < 2 || bottom > 16 || top >= bottom || top === 0) return null;
  const after = tokens[index + 3];
  if (after && touches(denominator, after) && (after.kind === 'digits' || after.kind === 'word' || isPunct(after, '/'))) return null;
  if (index > 0 && touches(tokens[index - 1], numerator) && isPunct(tokens[index - 1], '/')) return null;
  return { value: top / bottom, last: index + 2 };
}

/** `12,34,567`: Indian grouping, two-digit groups before the last group of three (lakh and crore). */
function readIndianGroups(tokens: readonly Token[], index: number): { digits: string; last: number } | null {
  const head = tokens[index] as Token;
  if (head.text.length > 2) return null;
  let digits = head.text;
  let last = index;
  let pairs = 0;
  for (let guard = 0; guard < 8; guard++) {
    const comma = tokens[last + 1];
    const group = tokens[last + 2];
    if (!isPunct(comma, ',') || group?.kind !== 'digits' || !touches(tokens[last], comma) || !touches(comma, group)) return null;
    digits += group.text;
    last += 2;
    if (group.text.length === 3) {
      const after = tokens[last + 1];
      if (after && (after.kind === 'digits' || (isPunct(after, ',') && tokens[last + 2]?.kind === 'digits'))) return null;
      return pairs > 0 ? { digits, last } : null;
    }
    if (group.text.length !== 2) return null;
    pairs++;
  }
  return null;
}

function isGroup(tokens: readonly Token[], index: number, separator: Token): boolean {
  const group = tokens[index];
  if (!group || group.kind !== 'digits' || group.text.length !== 3 || separator.end !== group.start) return false;
  const after = tokens[index + 1];
  return !(after && after.kind === 'digits');
}

function isSpaceGroupSeparator(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'space' && token.text.length === 1 && plainSpaces.includes(token.text);
}

/** A scale word after the number at `last`: `million` after a space, `bn`/`m` glued or spaced. */
function readScaleAfter(tokens: readonly Token[], last: number, options: ReadNumberOptions): { factor: number; last: number } | null {
  const glued = tokens[last + 1];
  const spaced = tokens[last + 1]?.kind === 'space' && (tokens[last + 1] as Token).text.length <= 2 ? tokens[last + 2] : undefined;
  for (const [candidate, at] of [
    [glued, last + 1],
    [spaced, last + 2],
  ] as const) {
    if (!candidate || candidate.kind !== 'word') continue;
    const factor = scaleSuffixes.get(candidate.lower) ?? (options.shortScales ? MONEY_SCALE_ABBREVIATIONS.get(candidate.lower) : undefined);
    if (factor === undefined) continue;
    // A scale must end its word: `5 millionth`, `10 kmh` are not scales.
    const after = tokens[at + 1];
    if (after && touches(candidate, after) && after.kind !== 'punct') continue;
    // Spelled scales after digits are whole lower-case words (`3 million`; `The 400 Million` is a title); abbreviations may be glued (`1.5bn`).
    const spelled = spelledScales.has(candidate.lower);
    if (spelled && (candidate === glued || candidate.text !== candidate.lower)) continue;
    return { factor: factor as number, last: at };
  }
  return null;
}

interface WordSequence {
  value: number;
  last: number;
  ordinal: boolean;
  scaled: boolean;
  /** The scale word that ends the sequence (`ten million` → 1e6), 1 when none. */
  scale: number;
  /** The trailing units, teens and tens after the last `hundred` or scale (`one hundred and three` → 3). */
  small: number;
  /** The scale right before the trailing part, when `and` joins them (`six million and two` → 1e6), else 1. */
  smallScale: number;
}

function readWords(tokens: readonly Token[], index: number): NumberMatch | null {
  const half = readHalf(tokens, index);
  if (half) return half;
  const article = readArticleFraction(tokens, index, false);
  if (article) return article;
  const signed = readSign(tokens, index);
  if (signed) return signed;
  const words = readWordSequence(tokens, index);
  if (!words || words.ordinal) return null;
  // `two thirds`, `one hundred and three quarters`: the trailing part is the numerator.
  const denominator = readDenominator(tokens, words.last, (words.small || words.value) === 1, false);
  if (denominator) {
    const numerator = words.small > 0 ? words.small : words.value;
    const head = words.value - numerator;
    const value = head + (numerator / denominator.denominator) * words.smallScale;
    return wordsMatch(tokens, index, denominator.last, value, head === 0 ? { fraction: true } : {});
  }
  let { value, last, scale } = words;
  // `one and a half`, `three and a fifth`, `one million and a half`, `two and a half million`.
  const part = readAndFraction(tokens, last);
  if (part) {
    value += part.value * (words.small === 0 ? words.scale : 1);
    last = part.last;
    const suffix = words.scale === 1 ? readScaleAfter(tokens, last, {}) : null;
    if (suffix) {
      value *= suffix.factor;
      scale = suffix.factor;
      last = suffix.last;
    }
  }
  // `two hundred point zero three`.
  const point = part ? null : readPointDecimals(tokens, last);
  if (point) {
    value += point.value;
    last = point.last;
  }
  const match = wordsMatch(tokens, index, last, value, { scale });
  return words.scaled ? { ...match, scaled: true } : match;
}

/** `and a half`, `and three fifths`, `and one fourth` after a whole number. */
function readAndFraction(tokens: readonly Token[], last: number): { value: number; last: number } | null {
  const and = wordAfter(tokens, last);
  if (!and || (tokens[and.index] as Token).lower !== 'and') return null;
  const article = readArticleFraction(tokens, and.index + 2, true);
  if (article && tokens[and.index + 1]?.kind === 'space') return { value: article.value, last: article.last };
  const numerator = wordAfter(tokens, and.index);
  if (!numerator) return null;
  const words = readWordSequence(tokens, numerator.index);
  if (!words || words.ordinal) return null;
  const denominator = readDenominator(tokens, words.last, words.value === 1, true);
  return denominator ? { value: words.value / denominator.denominator, last: denominator.last } : null;
}

/** Words read one digit each after `point`: `point oh five`. */
const digitWords: ReadonlyMap<string, number> = new Map([...ZERO_WORDS, ...SPOKEN_DIGIT_WORDS, ...UNIT_WORDS]);

/** `point zero three` → 0.03, `point seventy-one` → 0.71, after a spelled whole number. */
function readPointDecimals(tokens: readonly Token[], last: number): { value: number; last: number } | null {
  const point = wordAfter(tokens, last);
  if (!point || (tokens[point.index] as Token).lower !== 'point') return null;
  let digits = '';
  let at = point.index;
  let end = -1;
  for (let guard = 0; guard < 12; guard++) {
    const next = wordAfter(tokens, at);
    const word = next ? (tokens[next.index] as Token).lower : '';
    const digit = digitWords.get(word);
    if (!next || digit === undefined) break;
    digits += String(digit);
    at = next.index;
    end = at;
  }
  if (digits === '') {
    const next = wordAfter(tokens, point.index);
    const words = next ? readWordSequence(tokens, next.index) : null;
    if (!words || words.ordinal || words.value >= 100 || words.value < 10) return null;
    digits = String(words.value);
    end = words.last;
  }
  return { value: Number(`0.${digits}`), last: end };
}

/** `minus five`, `negative one`: a spelled sign before a number. */
function readSign(tokens: readonly Token[], index: number): NumberMatch | null {
  const word = (tokens[index] as Token).lower;
  if ((word !== 'minus' && word !== 'negative') || tokens[index + 1]?.kind !== 'space') return null;
  const number = readCardinal(tokens, index + 2);
  if (!number || number.value === 0) return null;
  return { ...number, value: -number.value, first: index, start: (tokens[index] as Token).start };
}

const denominators: Record<string, number> = Object.fromEntries(FRACTION_WORDS);
for (const [word, entry] of cardinalWords) {
  if (entry.ordinal && entry.value > 2) {
    denominators[word] = entry.value;
    denominators[`${word}s`] = entry.value;
  }
}

/**
 * A denominator after the numerator that ends at `last`: `two thirds`,
 * `two-thirds`, `three quarters`; a singular one (`third`, `quarter`) only
 * after one and before `of` or punctuation (`one third of`), since
 * `a third album` is an ordinal.
 */
function readDenominator(tokens: readonly Token[], last: number, singular: boolean, relaxed: boolean): { denominator: number; last: number } | null {
  const next = wordAfter(tokens, last, true);
  if (!next) return null;
  const word = (tokens[next.index] as Token).lower;
  const denominator = Object.hasOwn(denominators, word) ? denominators[word] : undefined;
  if (denominator === undefined) return null;
  const plural = word.endsWith('s');
  if (!plural) {
    if (!singular) return null;
    // After `and` (`one million and a half possibilities`) the fraction is certain; elsewhere `a third album` is an ordinal.
    const after = tokens[skipSpaceIndex(tokens, next.index + 1)];
    if (!relaxed && after && after.kind === 'word' && after.lower !== 'of') return null;
  }
  return { denominator, last: next.index };
}

/** `a third of`, `a quarter`, `a half`. */
function readArticleFraction(tokens: readonly Token[], index: number, relaxed: boolean): NumberMatch | null {
  if (tokens[index]?.lower !== 'a') return null;
  const fraction = readDenominator(tokens, index, true, relaxed);
  if (!fraction || (tokens[fraction.last] as Token).lower.endsWith('s')) return null;
  return wordsMatch(tokens, index, fraction.last, 1 / fraction.denominator, { fraction: true });
}

function wordsMatch(tokens: readonly Token[], first: number, last: number, value: number, extra: { fraction?: boolean; scale?: number }): NumberMatch {
  const scale = extra.scale ?? 1;
  return {
    value: roundFigure(value),
    first,
    last,
    start: (tokens[first] as Token).start,
    end: (tokens[last] as Token).end,
    form: 'words',
    grouped: false,
    decimal: false,
    scaled: scale !== 1,
    scale,
    dotted: false,
    ...(extra.fraction ? { fraction: true } : {}),
  };
}

function skipSpaceIndex(tokens: readonly Token[], index: number): number {
  return tokens[index]?.kind === 'space' ? index + 1 : index;
}

/** `half a million`, `half a dozen`, `a quarter million`, `half million`. */
function readHalf(tokens: readonly Token[], index: number): NumberMatch | null {
  let at = index;
  if ((tokens[at] as Token).lower === 'a') {
    const next = wordAfter(tokens, at);
    if (!next) return null;
    at = next.index;
  }
  const head = tokens[at] as Token;
  const part = head.lower === 'half' ? 2 : head.lower === 'quarter' ? 4 : 0;
  if (part === 0 || (head.lower === 'quarter' && at === index && isCapitalized(head))) return null;
  let scaleAt = wordAfter(tokens, at);
  if (scaleAt && (tokens[scaleAt.index] as Token).lower === 'a' && part === 2 && at === index) scaleAt = wordAfter(tokens, scaleAt.index);
  const scale = scaleAt;
  if (!scale) return null;
  const word = numberWord((tokens[scale.index] as Token).lower);
  if (!word || word.ordinal || (word.type !== 'scale' && word.type !== 'dozen' && word.type !== 'hundred')) return null;
  return wordsMatch(tokens, index, scale.index, word.value / part, { scale: word.value });
}

/**
 * Reads number words with their grammar: `twenty-three`, `one hundred and
 * five`, `a dozen`, `two million`, `twenty-first` (ordinal).
 */
function readWordSequence(tokens: readonly Token[], index: number): WordSequence | null {
  let at = index;
  let total = 0;
  let current = 0;
  let previous: WordClass | 'a' | 'and' | null = null;
  let lastScale = Number.POSITIVE_INFINITY;
  let last = -1;
  let scaled = false;
  let ordinal = false;
  let trailingScale = 1;
  let small = 0;
  let smallScale = 1;
  if ((tokens[at] as Token).lower === 'a' || (tokens[at] as Token).lower === 'an') {
    const next = wordAfter(tokens, at);
    const word = next && numberWord((tokens[next.index] as Token).lower);
    if (!next || !word || !['hundred', 'scale', 'dozen'].includes(word.type) || word.ordinal) return null;
    previous = 'a';
    current = 1;
    at = next.index;
  }
  for (let guard = 0; guard < 40; guard++) {
    const token = tokens[at];
    if (!token || token.kind !== 'word') break;
    const word = token.lower === 'and' ? undefined : numberWord(token.lower);
    if (token.lower === 'and') {
      const next = wordAfter(tokens, at);
      const nextWord = next && numberWord((tokens[next.index] as Token).lower);
      if (!(previous === 'hundred' || previous === 'scale') || !nextWord || !['unit', 'teen', 'ten'].includes(nextWord.type) || !next) break;
      previous = 'and';
      at = next.index;
      continue;
    }
    if (!word || !follows(previous, word.type)) break;
    // A capitalised number word inside a sentence is part of a name, and `one` alone is rarely a count; callers judge that.
    if (word.type === 'scale' && word.value >= lastScale) break;
    trailingScale = word.type === 'scale' || word.type === 'dozen' || word.type === 'hundred' ? word.value : 1;
    if (word.type === 'hundred') {
      current = (current === 0 ? 1 : current) * word.value;
      small = 0;
    } else if (word.type === 'scale') {
      total += (current === 0 ? 1 : current) * word.value;
      current = 0;
      small = 0;
      lastScale = word.value;
      scaled = true;
    } else if (word.type === 'dozen') {
      // `three hundred and two dozen`: the dozen multiplies the two, not the three hundred.
      const counted = small === 0 ? (current === 0 ? 1 : current) : small;
      current += counted * 12 - (small === 0 ? current : small);
      small = 0;
      scaled = true;
    } else {
      if (small === 0) smallScale = previous === 'and' && lastScale !== Number.POSITIVE_INFINITY && current === 0 ? lastScale : 1;
      current += word.value;
      small += word.value;
    }
    previous = word.type;
    last = at;
    if (word.ordinal) {
      ordinal = true;
      break;
    }
    const next = wordAfter(tokens, at, true);
    if (!next) break;
    at = next.index;
  }
  if (last < 0) return null;
  // `twenty-first`: a cardinal that runs into an ordinal is an ordinal.
  if (!ordinal) {
    const next = wordAfter(tokens, last, true);
    const nextWord = next && numberWord((tokens[next.index] as Token).lower);
    if (nextWord?.ordinal && follows(previous, nextWord.type) && next?.hyphen) return null;
  }
  return { value: total + current, last, ordinal, scaled, scale: trailingScale, small, smallScale };
}

/** Which number word may follow which: English cardinal grammar. */
function follows(previous: WordClass | 'a' | 'and' | null, next: WordClass): boolean {
  switch (next) {
    case 'zero':
      return previous === null;
    case 'unit':
      return previous === null || previous === 'ten' || previous === 'hundred' || previous === 'scale' || previous === 'and';
    case 'teen':
    case 'ten':
      return previous === null || previous === 'hundred' || previous === 'scale' || previous === 'and';
    case 'hundred':
      return previous === 'unit' || previous === 'teen' || previous === 'ten' || previous === 'a';
    case 'scale':
      return previous === 'unit' || previous === 'teen' || previous === 'ten' || previous === 'hundred' || previous === 'a';
    case 'dozen':
      return previous === 'unit' || previous === 'teen' || previous === 'ten' || previous === 'a';
  }
}

/**
 * The word after token `index`, across one run of spaces or (when
 * `hyphen`) a hyphen with optional spaces around it (`fifty - two`).
 */
function wordAfter(tokens: readonly Token[], index: number, hyphen = false): { index: number; hyphen: boolean } | null {
  let at = index + 1;
  let sawHyphen = false;
  if (tokens[at]?.kind === 'space') at++;
  if (hyphen && isPunct(tokens[at], dashes.slice(0, 4))) {
    sawHyphen = true;
    at++;
    if (tokens[at]?.kind === 'space') at++;
  }
  if (at === index + 1 && !sawHyphen) return null;
  const token = tokens[at];
  return token && token.kind === 'word' ? { index: at, hyphen: sawHyphen } : null;
}

/**
 * Rounds away binary noise (`0.1 + 0.2`, `1.15 × 1e6`) by keeping 15
 * significant digits, as many as a double holds exactly; every figure value
 * goes through it so that equal figures compare equal.
 */
export function roundFigure(value: number): number {
  return Number.isInteger(value) ? value : Number(value.toPrecision(15));
}
