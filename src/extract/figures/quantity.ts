import { infoboxEvent } from '../../lexicon/events.js';
import { PERCENT_WORDS } from '../../lexicon/units.js';
import type { QuantityValue } from '../../schema/claims.js';
import type { Extractor } from '../types.js';
import { findAges } from './age.js';
import { figureExtractor, type FigureFind } from './find.js';
import { isCapitalizedInName, isClockTime, isDateNumber, isIdentifierNumber, readQualifier, wordSet, type Qualifier } from './context.js';
import { findMoney } from './money.js';
import { readCardinal, roundFigure, type NumberMatch } from './numbers.js';
import { isStopWord, readCountedNoun, readWord, singularize } from './nouns.js';
import { findRanks } from './rank.js';
import { dashes, isCapitalized, isPunct, skipSpace, skipSpaceBack, tokenize, touches, type Token } from './tokens.js';
import { readShareFraction, tiedToShare } from './shares.js';
import { isGluedUnit, readUnit } from './units.js';

/** A quantity found in a sentence, with its token span. */
export type QuantityFind = FigureFind<'quantity'>;

/** How the sentence is read: an infobox value may be a bare figure (`Population: 2,794,356`). */
export interface QuantityOptions {
  /** The text is the value of a field that holds a figure (`Members: 250`, `Elevation M: 76`): a bare number there is the figure. */
  figureField?: boolean;
}

const figureKeyWords = /population|\bpop\b|members|membership|strength|\bsize\b|\barea\b|elevation|capacity|employees|staff|students|attendance|casualties|killed|wounded|dead|height|length|width|depth|density|seats|\bunits\b|total|enrol/i;
const nonFigureKeyWords = /as of|year|date|founded|established|code|image|map|flag|logo|caption|coord|\blat|\blong|website|\brank/i;

/** Whether an infobox key names a figure (`Population Total`, `Area Total Km2`, `Size`), so a bare number in its value is one. */
export function isFigureKey(key: string | undefined): boolean {
  if (key === undefined || nonFigureKeyWords.test(key)) return false;
  // `beds = 640 (2023)`: any key the event registry reads a figure from holds one.
  // `number_of_rooms = 240`: the key's measure after the words that count it.
  const base = key.toLowerCase().replace(/[_\s]+/gu, ' ').trim().replace(/^(?:num|number of|no\.? of) (?=\S)/u, '');
  return figureKeyWords.test(key) || infoboxEvent(base)?.value === 'figure';
}

/** Vague round numbers: `hundreds of people`, `tens of thousands`, with the range each stands for. */
const vagueCounts: ReadonlyMap<string, [number, number]> = new Map([
  ['dozens', [24, 144]],
  ['scores', [40, 200]],
  ['hundreds', [200, 999]],
  ['thousands', [2000, 9999]],
  ['millions', [2e6, 999e6]],
  ['billions', [2e9, 999e9]],
]);

/** Nouns after `one` that make it a moment or a pronoun, not a count (`one day`, `one another`). */
const oneIdioms = wordSet('day night morning evening afternoon time way side hand another point thing occasion year');

/** Words before `one` that make it a pronoun or an idiom (`the one who`, `no one`, `this one`). */
const oneDeterminers = wordSet('the that this which no any every each some someone anyone no-one');

/**
 * Finds quantities: a number and what it counts (`eight fronts`, `18 people`,
 * `around 60 to 80 people`, `~300`, `1.2 million inhabitants`, `45%`,
 * `more than 3,000 soldiers`, `hundreds of protesters`, `3.5 km`).
 *
 * Words that money, ages and ranks own are skipped, so `US$5 million`,
 * `(19)` and `number two` never become bare quantities; years, dates and
 * identifiers are never quantities. A bare number without a counted noun is
 * kept only when something marks it as a figure: a qualifier (`~300`), a
 * range, a percent sign, separators or a scale (`14,736`, `1.2 million`),
 * `N of` (`16 of the 20 clubs`), or a field value of its own.
 */
export function findQuantities(text: string, options: QuantityOptions = {}): QuantityFind[] {
  const owned = [...findMoney(text), ...findAges(text), ...findRanks(text)];
  const tokens = tokenize(text);
  const isOwned = (index: number) => owned.some((find) => index >= find.first && index <= find.last);
  const found: QuantityFind[] = [];
  for (let index = 0; index < tokens.length; index++) {
    if (isOwned(index)) continue;
    const quantity = readVagueCount(tokens, index) ?? readShareAt(tokens, index) ?? readQuantityAt(tokens, index, options);
    if (!quantity) continue;
    index = quantity.last;
    if ('skip' in quantity) continue;
    if (owned.some((find) => find.first <= quantity.last && quantity.first <= find.last)) continue;
    found.push(quantity);
  }
  return found;
}

/** The quantity extractor: counts and measures with what they count. */
export const quantityExtractor: Extractor = figureExtractor('quantity', (sentence) =>
  // A table cell under a head that names a figure (`Seats won`, `Population`) holds that figure, as an infobox value does.
  findQuantities(sentence.plain, { figureField: (sentence.where === 'infobox' && isFigureKey(sentence.infoboxKey)) || (sentence.cell !== undefined && isFigureKey(sentence.cell.header)) }),
);

/** `more than half of the estate`, `or just over half`: a share told by a fraction's words. */
function readShareAt(tokens: readonly Token[], index: number): QuantityFind | null {
  const share = readShareFraction(tokens, index);
  return share ? { start: (tokens[share.first] as Token).start, end: (tokens[share.last] as Token).end, first: share.first, last: share.last, value: share.value } : null;
}

/** Tokens read and deliberately left out (a score, a date range), so the scan moves past them. */
interface Skipped {
  skip: true;
  last: number;
}

/** `hundreds of people`, `tens of thousands of refugees`, `Thousands attended`. */
function readVagueCount(tokens: readonly Token[], index: number): QuantityFind | null {
  const token = tokens[index] as Token;
  if (token.kind !== 'word') return null;
  let range: [number, number] | undefined;
  let last = index;
  if (token.lower === 'tens' || token.lower === 'hundreds') {
    // `tens of thousands`, `hundreds of thousands`.
    const ofIndex = skipSpace(tokens, index + 1);
    const scale = tokens[skipSpace(tokens, ofIndex + 1)];
    if (tokens[ofIndex]?.lower === 'of' && scale && (scale.lower === 'thousands' || scale.lower === 'millions')) {
      const factor = scale.lower === 'thousands' ? 1e3 : 1e6;
      range = token.lower === 'tens' ? [20 * factor, 100 * factor - 1] : [200 * factor, 1000 * factor - 1];
      last = skipSpace(tokens, ofIndex + 1);
    }
  }
  // A Map, not an object: this runs at every word, and a keyed look-up of a fresh string on an object is a runtime call.
  range ??= vagueCounts.get(token.lower);
  if (!range) return null;
  if (isCapitalized(token) && skipSpaceBack(tokens, index - 1) >= 0) return null;
  let noun: string | null = null;
  const ofIndex = skipSpace(tokens, last + 1);
  if (tokens[ofIndex]?.lower === 'of') {
    const phrase = readCountedNoun(tokens, skipSpace(tokens, ofIndex + 1), false);
    if (phrase) {
      noun = phrase.noun;
      last = phrase.last;
    }
  } else if (token.lower === 'scores' || token.lower === 'dozens') return null;
  const qualifier = readQualifier(tokens, index);
  const first = qualifier?.first ?? index;
  return {
    start: (tokens[first] as Token).start,
    end: (tokens[last] as Token).end,
    first,
    last,
    value: { value: null, min: range[0], max: range[1], approximate: true, ...(qualifier?.bound ? { bound: qualifier.bound } : {}), noun },
  };
}

function readQuantityAt(tokens: readonly Token[], index: number, options: QuantityOptions): QuantityFind | Skipped | null {
  const token = tokens[index] as Token;
  if (token.kind === 'space') return null;
  const previous = tokens[index - 1];
  if (previous && touches(previous, token) && (previous.kind === 'word' || previous.kind === 'digits')) return null;
  const low = readCardinal(tokens, index);
  if (!low) return null;
  // `two-thirds of the continent` is a proportion, not a count.
  if (low.fraction) return { skip: true, last: low.last };
  if (isIdentifierNumber(tokens, low, isAllowedSuffix) || isClockTime(tokens, low) || isCapitalizedInName(tokens, low)) return { skip: true, last: low.last };
  if (low.form === 'words' && low.value === 1 && !isCountingOne(tokens, low)) return { skip: true, last: low.last };
  const qualifier = readQualifier(tokens, index);
  const range = readRange(tokens, low);
  if (range && 'skip' in range) return range;
  const high = range?.high ?? low;
  let lowValue = low.value;
  if (range && low.scale === 1 && high.scale > 1 && lowValue * high.scale <= high.value) lowValue *= high.scale;
  const read = readTail(tokens, high);
  // `All nine of the Royalist guns were taken`: every one of them, so the count of the noun after `of`.
  const whole = read.noun === null && !read.percent ? wholePartitive(tokens, index, high.last) : null;
  const tail = whole ? { ...read, noun: whole.noun, last: whole.last } : read;
  // `65 years of age or older`: an age the age extractor judged a threshold is no count of years either.
  if (tail.noun !== null && ageUnits.has(tail.noun) && isAgePhraseAfter(tokens, tail.last)) return { skip: true, last: tail.last };
  const field = options.figureField === true && skipSpaceBack(tokens, (qualifier?.first ?? low.first) - 1) < 0;
  if (!field && (isDateNumber(tokens, low, tail.noun !== null && !tail.percent) || (range && isDateNumber(tokens, high, tail.noun !== null)))) return { skip: true, last: tail.last };
  // `c. 965`: circa marks a year.
  if (qualifier?.circa && tail.noun === null && !tail.percent) return { skip: true, last: tail.last };
  if (tail.noun === null && !tail.percent && !field && !isMarkedFigure(tokens, low, high, qualifier, range ? { dash: range.dash } : null)) return null;
  const between = range?.between ?? null;
  const first = between ?? qualifier?.first ?? index;
  const add = tail.add ?? 0;
  const value: QuantityValue = {
    value: range ? null : roundFigure(low.value + add),
    min: roundFigure(lowValue + add),
    max: roundFigure(high.value + add),
    approximate: qualifier !== null || range?.or === true,
    ...(qualifier?.bound ? { bound: qualifier.bound } : {}),
    noun: tail.noun,
    ...(tail.percent ? { percent: true } : {}),
  };
  return { start: (tokens[first] as Token).start, end: (tokens[tail.last] as Token).end, first, last: tail.last, value };
}

const ageUnits = wordSet('year month week day');

/** `… years old`, `… years of age`. */
function isAgePhraseAfter(tokens: readonly Token[], last: number): boolean {
  const next = skipSpace(tokens, last + 1);
  if (tokens[next]?.lower === 'old') return true;
  return tokens[next]?.lower === 'of' && tokens[skipSpace(tokens, next + 1)]?.lower === 'age';
}


/** Letters that may be glued after a number without making it an identifier: units and scales (`3.5km`, `1.5bn`). */
function isAllowedSuffix(word: string): boolean {
  return isGluedUnit(word);
}

/** `one member`, `only one survivor`, but not `one of`, `one day`, `the one who`, `no one`. */
function isCountingOne(tokens: readonly Token[], match: NumberMatch): boolean {
  const before = tokens[skipSpaceBack(tokens, match.first - 1)];
  if (before && oneDeterminers.has(before.lower)) return false;
  const next = tokens[skipSpace(tokens, match.last + 1)];
  if (!next || next.kind !== 'word' || skipSpace(tokens, match.last + 1) !== match.last + 2) return false;
  return !oneIdioms.has(next.lower) && next.lower !== 'of' && !isCapitalized(next);
}

/**
 * The high end of a range after `low`: `60 to 80`, `60–80`, `between 60 and
 * 80`. A dash between a larger and a smaller number is a score (`3–1`) and
 * is skipped; `from 60 to 80` is a change, not a range.
 */
function readRange(tokens: readonly Token[], low: NumberMatch): { high: NumberMatch; between: number | null; dash: boolean; or: boolean } | Skipped | null {
  const connectorIndex = skipSpace(tokens, low.last + 1);
  const connector = tokens[connectorIndex];
  if (!connector) return null;
  const beforeIndex = skipSpaceBack(tokens, low.first - 1);
  const before = tokens[beforeIndex];
  const isDash = isPunct(connector, dashes);
  const isBetween = connector.lower === 'and' && before?.lower === 'between';
  // `three or four teams`, `21 or 22`: an estimate between two numbers.
  const isOr = connector.lower === 'or';
  if (!isDash && connector.lower !== 'to' && !isBetween && !isOr) return null;
  if (before?.lower === 'from') return null;
  const highIndex = skipSpace(tokens, connectorIndex + 1);
  const high = readCardinal(tokens, highIndex);
  if (!high || high.form !== low.form || high.dotted) return null;
  if (isDash && tokens[high.last + 1] && isPunct(tokens[high.last + 1], dashes) && touches(tokens[high.last], tokens[high.last + 1])) return { skip: true, last: high.last };
  const lowValue = low.scale === 1 && high.scale > 1 && low.value * high.scale <= high.value ? low.value * high.scale : low.value;
  if (lowValue >= high.value) return isDash ? { skip: true, last: high.last } : null;
  if (isOr && high.value > lowValue * 2) return null;
  return { high, between: isBetween ? beforeIndex : null, dash: isDash, or: isOr };
}

interface Tail {
  noun: string | null;
  percent: boolean;
  last: number;
  /** What a second, smaller unit adds in the first unit: `5 ft 2 in` adds 2/12 ft. */
  add?: number;
}

/** What follows the number: a percent sign or word, a unit, or a counted noun. */
function readTail(tokens: readonly Token[], number: NumberMatch): Tail {
  const glued = tokens[number.last + 1];
  const nextIndex = skipSpace(tokens, number.last + 1);
  const next = tokens[nextIndex];
  const spaced = nextIndex === number.last + 2 && tokens[number.last + 1]?.kind === 'space' && (tokens[number.last + 1] as Token).text.length <= 2;
  if (isPunct(glued, '%') || (spaced && isPunct(next, '%'))) return { noun: null, percent: true, last: isPunct(glued, '%') ? number.last + 1 : nextIndex };
  if (spaced && next?.kind === 'word') {
    const percent = readPercentWord(tokens, nextIndex);
    if (percent) return percent;
  }
  // `3.5km`, `200lbs`: a unit glued to the number.
  if (glued && glued.kind === 'word' && touches(tokens[number.last], glued)) {
    const unit = readUnit(tokens, number.last + 1);
    return unit ? { noun: unit.unit, percent: false, last: unit.last } : { noun: null, percent: false, last: number.last };
  }
  // `3.5-mile stretch`, `ten-year contract`, `eight-man crew`: a hyphenated compound names what is counted.
  if (isPunct(glued, dashes.slice(0, 4)) && touches(tokens[number.last], glued) && tokens[number.last + 2]?.kind === 'word' && touches(glued, tokens[number.last + 2])) {
    const unit = readUnit(tokens, number.last + 2);
    if (unit) return { noun: unit.unit, percent: false, last: unit.last };
    const word = readWord(tokens, number.last + 2);
    // `three-and-a-half-hour`, `two-to-three times`: a compound of function words names nothing counted.
    if (word && !isCapitalized(tokens[number.last + 2]) && !isStopWord(word.text.split('-')[0] as string)) return { noun: singularize(word.text), percent: false, last: word.last };
    return { noun: null, percent: false, last: number.last };
  }
  if (spaced || isPunct(glued, '°')) {
    const unit = readUnit(tokens, isPunct(glued, '°') ? number.last + 1 : nextIndex);
    if (unit && unit.unit === 'ft') return withInches(tokens, { noun: 'ft', percent: false, last: unit.last });
    // `four degrees North`: a bearing or a coordinate.
    if (unit && unit.unit === '°' && /^(?:North|South|East|West)$/.test(tokens[skipSpace(tokens, unit.last + 1)]?.text ?? '')) return { noun: null, percent: false, last: number.last };
    if (unit && (unit.unit !== 'lb' || !isMoneyContext(tokens, number))) return { noun: unit.unit, percent: false, last: unit.last };
    const phrase = spaced ? readCountedNoun(tokens, nextIndex, number.value === 1) : null;
    if (phrase) return { noun: phrase.noun, percent: false, last: phrase.last };
  }
  return { noun: null, percent: false, last: number.last };
}

/** `5 ft 2 in`, `6 feet and 1 inch`: a height in feet and inches, as feet. */
function withInches(tokens: readonly Token[], feet: Tail): Tail {
  let at = skipSpace(tokens, feet.last + 1);
  if (tokens[at]?.lower === 'and') at = skipSpace(tokens, at + 1);
  const inches = readCardinal(tokens, at);
  if (!inches || inches.value >= 12 || tokens[inches.last + 1]?.kind !== 'space') return feet;
  const unit = readUnit(tokens, inches.last + 2);
  if (!unit || unit.unit !== 'in') {
    // `in` alone is read as an inch only right after a number of feet (`5 ft 2 in`).
    const word = tokens[inches.last + 2];
    if (word?.text !== 'in' || tokens[inches.last + 3]?.kind === 'word') return feet;
    return { ...feet, last: inches.last + 2, add: inches.value / 12 };
  }
  return { ...feet, last: unit.last, add: inches.value / 12 };
}

/** `45 percent`, `45 per cent`, `3 percentage points`. */
function readPercentWord(tokens: readonly Token[], index: number): Tail | null {
  const word = tokens[index] as Token;
  if (PERCENT_WORDS.includes(word.lower)) return { noun: null, percent: true, last: index };
  if (word.lower === 'per' && tokens[index + 1]?.kind === 'space' && tokens[index + 2]?.lower === 'cent') return { noun: null, percent: true, last: index + 2 };
  if (word.lower === 'percentage') {
    if (tokens[index + 1]?.kind === 'space' && /^points?$/.test(tokens[index + 2]?.lower ?? '')) return { noun: 'percentage point', percent: true, last: index + 2 };
    return { noun: null, percent: true, last: index };
  }
  return null;
}

/** Money words left over after the money extractor (`pounds` right after a currency sign) never make a weight. */
function isMoneyContext(tokens: readonly Token[], number: NumberMatch): boolean {
  return isPunct(tokens[number.first - 1], '£');
}

/**
 * Whether a bare number (no noun) is still clearly a figure. A bare dash
 * range is not enough (`(226-652)`, `ages 11–18`, `ranked 601-650` are years,
 * ages and positions more often than counts).
 */
function isMarkedFigure(tokens: readonly Token[], low: NumberMatch, high: NumberMatch, qualifier: Qualifier | null, range: { dash: boolean } | null): boolean {
  if (qualifier || (range && !range.dash)) return true;
  // Five decimals or more are coordinates or constants (`39.188639, -120.108848`), not figures an article counts.
  const decimals = (tokens[low.last] as Token).kind === 'digits' && low.decimal && !low.scaled ? (tokens[low.last] as Token).text.length : 0;
  if (decimals >= 5) return false;
  if (low.form === 'digits' && (low.grouped || low.decimal || low.scaled)) return true;
  if (low.form === 'words' && low.scaled) return true;
  return low.value !== 1 && (isPartitive(tokens, high.last) || tiedToShare(tokens, high.last, (at) => isPercentAt(tokens, at)));
}

/** Whether the number at `at` is a percentage: `75 per cent`, `40%`. */
function isPercentAt(tokens: readonly Token[], at: number): boolean {
  const number = readCardinal(tokens, at);
  return number !== null && readTail(tokens, number).percent;
}

/**
 * `all nine of the Royalist guns`, `all 14 of its members`: `all` before a
 * partitive says the part is the whole, so the number counts the noun after
 * `of`.
 */
function wholePartitive(tokens: readonly Token[], first: number, last: number): { noun: string; last: number } | null {
  if (tokens[skipSpaceBack(tokens, first - 1)]?.lower !== 'all') return null;
  const ofIndex = skipSpace(tokens, last + 1);
  if (tokens[ofIndex]?.lower !== 'of' || ofIndex !== last + 2) return null;
  let at = skipSpace(tokens, ofIndex + 1);
  if (!partitiveDeterminers.has(tokens[at]?.lower ?? '')) return null;
  at = skipSpace(tokens, at + 1);
  const phrase = readCountedNoun(tokens, at, false);
  return phrase ? { noun: phrase.noun, last: phrase.last } : null;
}

/** Pronouns after `N of` that make it a count of a group (`two of them`). */
const partitivePronouns = wordSet('them us whom which these those');
const partitiveDeterminers = wordSet('the its their his her our these those');

/** `16 of the 20 clubs`, `eight of its fourteen governors`, `33 of 105 seats`, `two of them` — but not `Article 68 of the Basic Law`. */
function isPartitive(tokens: readonly Token[], last: number): boolean {
  const ofIndex = skipSpace(tokens, last + 1);
  if (tokens[ofIndex]?.lower !== 'of' || ofIndex !== last + 2) return false;
  let at = skipSpace(tokens, ofIndex + 1);
  if (partitivePronouns.has(tokens[at]?.lower ?? '')) return true;
  if (partitiveDeterminers.has(tokens[at]?.lower ?? '')) at = skipSpace(tokens, at + 1);
  const count = readCardinal(tokens, at);
  if (count) at = skipSpace(tokens, count.last + 1);
  return readCountedNoun(tokens, at, false) !== null;
}
