import { KIN_NOUNS, SPOUSE_AND_CHILD_NOUNS } from '../../lexicon/kin.js';
import { NAME_ARTICLES, NAME_PARTICLES } from '../../lexicon/particles.js';
import type { AgeValue } from '../../schema/claims.js';
import type { Extractor } from '../types.js';
import { isMonth, readQualifier, wordSet } from './context.js';
import { readCardinal, roundFigure, type NumberMatch } from './numbers.js';
import { figureExtractor, scanFigures, type FigureFind } from './find.js';
import { dashes, isCapitalized, isPunct, quotes, skipSpace, skipSpaceBack, touches, type Token } from './tokens.js';

/** A stated age found in a sentence, with its token span. */
export type AgeFind = FigureFind<'age'>;

/** Nouns for a person that `N-year` may qualify as an age: `the 24-year son`, `a 19-year-old student`. */
const personNouns: ReadonlySet<string> = new Set([...SPOUSE_AND_CHILD_NOUNS, ...KIN_NOUNS, ...wordSet('boy girl man woman teenager youth baby infant')]);

type AgeUnit = NonNullable<AgeValue['unit']> | 'year';

const ageUnits: Record<string, AgeUnit> = {
  year: 'year',
  years: 'year',
  month: 'month',
  months: 'month',
  week: 'week',
  weeks: 'week',
  day: 'day',
  days: 'day',
};
const unitYears = { year: 1, month: 1 / 12, week: 7 / 365.25, day: 1 / 365.25 } as const;

/** Words after `died at N` that keep `N` an age (`died at 67 in Lima`), not an address or a count. */
const afterDiedAt = wordSet('in on after from of while when and following during at');

/** Lower-case words inside personal names: `Ramos de la Vega`, `Ludwig van Beethoven`, `bin Laden`. */
const nameParticles: ReadonlySet<string> = new Set([...NAME_PARTICLES, ...NAME_ARTICLES]);

// Words of degree between `aged` and its number: `aged just twelve`, `aged only 19`.
const ageHedges = wordSet('just only barely nearly almost about around approximately');
// Nouns of a person said to be of some years: `a youth of nineteen`, `a man of 40`.
const ageNouns = wordSet('youth boy girl man woman lad child teenager widow widower');

/** Words that open a clause of time, before `Shaka was 46`. */
const timeClauseOpeners = wordSet('when while as until since');

/** Capitalised words that do not start or make a name. */
const notNames = wordSet(`
  the a an in on at of by for from with and or but after before since until during he she they it his her their
  its this that these those phase stage round part chapter section article volume season episode figure table
  page number no total population
`);

/**
 * Finds stated ages: `(23; son of …)` and `(19)` right after a person's name,
 * `Smith, 45, said`, `the 24-year son of`, `a 19-year-old`, `45 years old`,
 * `aged 45`, `age 12`, `at the age of 30`, `died at 67`. The subject is the
 * name written next to the age when there is one (before the parenthesis or
 * the apposition), else null; the resolve stage ties it to a person.
 */
export function findAges(text: string): AgeFind[] {
  return scanFigures(text, readAgeAt);
}

/** The age extractor: stated ages and the person written next to them. */
export const ageExtractor: Extractor = figureExtractor('age', (sentence) => findAges(sentence.plain));

function readAgeAt(tokens: readonly Token[], index: number): AgeFind | null {
  const age = readAgePhrase(tokens, index);
  return age && !isThreshold(tokens, age) ? age : null;
}

/** Words after an age that make it a threshold of a group: `65 years of age or older`, `aged 14 years and under`. */
const thresholdWords = wordSet('older younger over under more above below up');

/**
 * Whether an age phrase states a limit rather than someone's age: `at least
 * eighteen years old`, `more than 25 years old`, `65 years of age or older`,
 * `aged 14 years and under`, `up to the age of 14`.
 */
function isThreshold(tokens: readonly Token[], age: AgeFind): boolean {
  if (readQualifier(tokens, age.first)?.bound) return true;
  let at = skipSpace(tokens, age.last + 1);
  if (tokens[at]?.lower === 'years' || tokens[at]?.lower === 'year') at = skipSpace(tokens, at + 1);
  const joiner = tokens[at]?.lower;
  return (joiner === 'or' || joiner === 'and') && thresholdWords.has(tokens[skipSpace(tokens, at + 1)]?.lower ?? '');
}

function readAgePhrase(tokens: readonly Token[], index: number): AgeFind | null {
  const token = tokens[index] as Token;
  // `aged 45`, `age 12`.
  if (token.kind === 'word' && (token.lower === 'aged' || token.lower === 'age') && !isCapitalizedMidSentence(tokens, index)) {
    let numberIndex = skipSpace(tokens, index + 1);
    // `aged just twelve`, `aged only 19`: a word of degree before the number.
    const hedged = numberIndex === index + 2 && ageHedges.has(tokens[numberIndex]?.lower ?? '');
    if (hedged) numberIndex = skipSpace(tokens, numberIndex + 1);
    if (numberIndex === index + (hedged ? 4 : 2)) {
      const number = readAgeNumber(tokens, numberIndex);
      if (number && !isRangeAfter(tokens, number) && !isBoundBefore(tokens, index)) return make(tokens, index, yearsAndDaysEnd(tokens, number.last), number.value, 'year', subjectOf(tokens, index));
    }
  }
  // `at the age of 30`, `the age of about forty`.
  if (token.lower === 'the' && tokens[index + 2]?.lower === 'age' && tokens[index + 4]?.lower === 'of') {
    let numberIndex = skipSpace(tokens, index + 5);
    const about = tokens[numberIndex]?.lower;
    if (about === 'about' || about === 'around' || about === 'approximately') numberIndex = skipSpace(tokens, numberIndex + 1);
    const number = readAgeNumber(tokens, numberIndex);
    if (number && !isRangeAfter(tokens, number) && !isBoundBefore(tokens, index)) {
      const at = tokens[skipSpaceBack(tokens, index - 1)];
      const first = at?.lower === 'at' ? skipSpaceBack(tokens, index - 1) : index;
      return make(tokens, first, number.last, number.value, 'year', subjectOf(tokens, first));
    }
  }
  const number = readAgeNumber(tokens, index);
  if (!number) return null;
  return readHyphenAge(tokens, number) ?? readSpacedAge(tokens, number) ?? readBareAge(tokens, number) ?? readNounOfAge(tokens, number) ?? readAtAgeAfterYear(tokens, number);
}

/** Whether `when he died` or `when she died` follows the number. */
function diedAfter(tokens: readonly Token[], last: number): boolean {
  const when = skipSpace(tokens, last + 1);
  const pronoun = skipSpace(tokens, when + 1);
  const died = skipSpace(tokens, pronoun + 1);
  return tokens[when]?.lower === 'when' && ['he', 'she'].includes(tokens[pronoun]?.lower ?? '') && tokens[died]?.lower === 'died';
}

/** `a youth of nineteen`, `a man of 40`: a noun of a person of some years. */
function readNounOfAge(tokens: readonly Token[], number: NumberMatch): AgeFind | null {
  const of = skipSpaceBack(tokens, number.first - 1);
  const noun = skipSpaceBack(tokens, of - 1);
  const determiner = skipSpaceBack(tokens, noun - 1);
  const after = tokens[number.last + 1];
  if (tokens[of]?.lower !== 'of' || !ageNouns.has(tokens[noun]?.lower ?? '') || !['a', 'an'].includes(tokens[determiner]?.lower ?? '')) return null;
  if ((after && !isPunct(after, ',.;)')) || number.value < 1 || number.value > 120) return null;
  return make(tokens, determiner, number.last, number.value, 'year', null);
}

/** `She married William King in 1835 at twenty-three`: `at` and a number closing a clause dated by a year just before. */
function readAtAgeAfterYear(tokens: readonly Token[], number: NumberMatch): AgeFind | null {
  const at = skipSpaceBack(tokens, number.first - 1);
  const year = skipSpaceBack(tokens, at - 1);
  const after = tokens[number.last + 1];
  if (tokens[at]?.lower !== 'at' || !/^\d{3,4}$/.test(tokens[year]?.text ?? '') || tokens[skipSpaceBack(tokens, year - 1)]?.lower !== 'in') return null;
  if ((after && !isPunct(after, ',.;)')) || number.value < 10 || number.value > 110) return null;
  return make(tokens, at, number.last, number.value, 'year', null);
}

/** `aged 20 years and 143 days`, `aged 37 years, 5 months`: the whole age, not its first number. */
function yearsAndDaysEnd(tokens: readonly Token[], last: number): number {
  const unit = skipSpace(tokens, last + 1);
  if (tokens[unit]?.lower !== 'years' || unit !== last + 2) return last;
  let at = skipSpace(tokens, unit + 1);
  if (isPunct(tokens[unit + 1], ',')) at = skipSpace(tokens, unit + 2);
  else if (tokens[at]?.lower === 'and') at = skipSpace(tokens, at + 1);
  else return unit;
  const part = readCardinal(tokens, at);
  const partUnit = part ? skipSpace(tokens, part.last + 1) : -1;
  return part && /^(?:days?|months?|weeks?)$/.test(tokens[partUnit]?.lower ?? '') ? partUnit : unit;
}

/** `19-year-old`, `24-year son`, `ten-month-old`, `the 24-year-old son`. */
function readHyphenAge(tokens: readonly Token[], number: NumberMatch): AgeFind | null {
  const dash = tokens[number.last + 1];
  const unitToken = tokens[number.last + 2];
  if (!isPunct(dash, dashes.slice(0, 4)) || !touches(tokens[number.last], dash) || !unitToken || !touches(dash, unitToken)) return null;
  const unit = ageUnits[unitToken.lower];
  if (!unit) return null;
  let last = number.last + 2;
  const oldDash = tokens[last + 1];
  if (isPunct(oldDash, dashes.slice(0, 4)) && tokens[last + 2]?.lower === 'old' && touches(oldDash, tokens[last + 2])) last += 2;
  else {
    const noun = tokens[skipSpace(tokens, last + 1)];
    if (!noun || noun.kind !== 'word' || !personNouns.has(noun.lower) || skipSpace(tokens, last + 1) !== last + 2) return null;
    last += 2;
  }
  return make(tokens, number.first, last, number.value, unit, subjectOf(tokens, number.first));
}

/**
 * `(when he was twenty)`, `while Smith was nineteen,`: a number in words is an
 * age only as the complement of `was` in a clause of time, its clause ending
 * right after it.
 */
function readAgeInTimeClause(tokens: readonly Token[], number: NumberMatch): AgeFind | null {
  const after = tokens[number.last + 1];
  const previous = skipSpaceBack(tokens, number.first - 1);
  if (tokens[previous]?.lower !== 'was' || (after && !isPunct(after, ',.;)')) || number.value < 1 || number.value > 120) return null;
  const subject = skipSpaceBack(tokens, previous - 1);
  const pronoun = tokens[subject]?.lower === 'he' || tokens[subject]?.lower === 'she';
  const name = pronoun ? undefined : readNameBefore(tokens, previous);
  const opener = tokens[skipSpaceBack(tokens, (pronoun ? subject : (name?.first ?? 0)) - 1)]?.lower;
  if ((!pronoun && !name) || opener === undefined || !timeClauseOpeners.has(opener)) return null;
  return make(tokens, number.first, number.last, number.value, 'year', name?.text ?? null);
}

/** `45 years old`, `3 years of age`, `ten months old`, `87 yo`. */
function readSpacedAge(tokens: readonly Token[], number: NumberMatch): AgeFind | null {
  const unitIndex = skipSpace(tokens, number.last + 1);
  const unitToken = tokens[unitIndex];
  if (unitIndex !== number.last + 2 || !unitToken) return null;
  if (unitToken.lower === 'yo' && !touches(unitToken, tokens[unitIndex + 1])) return make(tokens, number.first, unitIndex, number.value, 'year', subjectOf(tokens, number.first));
  const unit = ageUnits[unitToken.lower];
  if (!unit) return null;
  const oldIndex = skipSpace(tokens, unitIndex + 1);
  if (tokens[oldIndex]?.lower === 'old' && oldIndex === unitIndex + 2) return make(tokens, number.first, oldIndex, number.value, unit, subjectOf(tokens, number.first));
  if (tokens[oldIndex]?.lower === 'of' && tokens[oldIndex + 2]?.lower === 'age') return make(tokens, number.first, oldIndex + 2, number.value, unit, subjectOf(tokens, number.first));
  return null;
}

/** `Romeo Campos Mancilla (19)`, `Iván Quispe Vargas (23; son of …)`, `Smith, 45, said`, `died at 67`. */
function readBareAge(tokens: readonly Token[], number: NumberMatch): AgeFind | null {
  if (number.form !== 'digits') return readAgeInTimeClause(tokens, number);
  const before = tokens[number.first - 1];
  const after = tokens[number.last + 1];
  if (isPunct(before, '(') && isPunct(after, ');,')) {
    const name = readNameBefore(tokens, number.first - 1);
    if (name && name.words >= 2) return make(tokens, number.first, number.last, number.value, 'year', name.text);
  }
  // `Smith, 45, said`: an apposition between commas, followed by a lower-case word.
  if (isPunct(tokens[skipSpaceBack(tokens, number.first - 1)], ',') && isPunct(after, ',')) {
    const following = tokens[skipSpace(tokens, number.last + 2)];
    const name = readNameBefore(tokens, skipSpaceBack(tokens, number.first - 1));
    if (name && name.words >= 2 && following?.kind === 'word' && !isCapitalized(following)) return make(tokens, number.first, number.last, number.value, 'year', name.text);
  }
  // `Holly, who was only 23 when he died`: an age at death, said of the relative's antecedent.
  const hedge = skipSpaceBack(tokens, number.first - 1);
  const was = ageHedges.has(tokens[hedge]?.lower ?? '') ? skipSpaceBack(tokens, hedge - 1) : hedge;
  if (tokens[was]?.lower === 'was' && tokens[skipSpaceBack(tokens, was - 1)]?.lower === 'who' && diedAfter(tokens, number.last)) {
    return make(tokens, was === hedge ? number.first : hedge, number.last, number.value, 'year', null);
  }
  // `Murphy, then 27, was selected`: `then` marks an age even after a one-word name.
  const previous = skipSpaceBack(tokens, number.first - 1);
  const comma = skipSpaceBack(tokens, previous - 1);
  if (tokens[previous]?.lower === 'then' && isPunct(tokens[comma], ',') && isPunct(after, ',')) {
    const name = readNameBefore(tokens, comma);
    if (name) return make(tokens, number.first, number.last, number.value, 'year', name.text);
  }
  // `when she was 26,`: a pronoun's age, tied to its person by the resolve stage.
  const pronoun = tokens[comma]?.lower;
  const clauseEnds = !after || isPunct(after, ',.;');
  if (tokens[previous]?.lower === 'was' && (pronoun === 'he' || pronoun === 'she') && clauseEnds) {
    return make(tokens, number.first, number.last, number.value, 'year', null);
  }
  // `The youngest of the dead, the pony driver James Hume, was just 13.`: a full name's age as the whole of what its
  // sentence says of it.
  const copula = ageHedges.has(tokens[previous]?.lower ?? '') ? skipSpaceBack(tokens, previous - 1) : previous;
  if (tokens[copula]?.lower === 'was' && (!after || isPunct(after, '.')) && number.value <= 110) {
    const beforeCopula = skipSpaceBack(tokens, copula - 1);
    const name = readNameBefore(tokens, isPunct(tokens[beforeCopula], ',') ? beforeCopula : copula);
    if (name && name.words >= 2) return make(tokens, number.first, number.last, number.value, 'year', name.text);
  }
  // `when Shaka was 46,`: a name's age in a clause of time.
  if (tokens[previous]?.lower === 'was' && clauseEnds) {
    const name = readNameBefore(tokens, previous);
    const opener = name ? tokens[skipSpaceBack(tokens, name.first - 1)]?.lower : undefined;
    if (name && opener !== undefined && timeClauseOpeners.has(opener)) return make(tokens, number.first, number.last, number.value, 'year', name.text);
  }
  // `At 33, Hilbert put forth …`: a fronted age, said of the subject after it.
  if (number.form === 'digits' && isPunct(after, ',') && tokens[previous]?.text === 'At' && skipSpaceBack(tokens, previous - 1) < 0) {
    return make(tokens, previous, number.last, number.value, 'year', null);
  }
  // `died at 67`.
  const at = skipSpaceBack(tokens, number.first - 1);
  const verb = skipSpaceBack(tokens, at - 1);
  if (tokens[at]?.lower === 'at' && (tokens[verb]?.lower === 'died' || tokens[verb]?.lower === 'dies')) {
    const next = tokens[skipSpace(tokens, number.last + 1)];
    if (!next || isPunct(next, '.,;:)') || (next.kind === 'word' && afterDiedAt.has(next.lower))) return make(tokens, number.first, number.last, number.value, 'year', null);
  }
  return null;
}

/** A whole number that can be an age: 0 to 130, digits or words. */
function readAgeNumber(tokens: readonly Token[], index: number): NumberMatch | null {
  const token = tokens[index];
  if (!token || (token.kind !== 'digits' && token.kind !== 'word')) return null;
  const previous = tokens[index - 1];
  if (previous && touches(previous, token) && (previous.kind === 'word' || previous.kind === 'digits' || isPunct(previous, '$€£¥.,'))) return null;
  // `13–14-year-old pupils`: a range of ages of a group.
  if (isPunct(previous, dashes) && touches(previous, token) && tokens[index - 2]?.kind === 'digits') return null;
  const number = readCardinal(tokens, index);
  if (!number || number.decimal || number.grouped || number.scaled || !Number.isInteger(number.value) || number.value > 130 || number.value <= 0) return null;
  if (number.form === 'words' && number.value === 1 && tokens[index]?.lower !== 'one') return null;
  return number;
}

/** `aged 16–19`, `aged 25 to 44`: an age range of a group, not a person's age. */
function isRangeAfter(tokens: readonly Token[], number: NumberMatch): boolean {
  const next = tokens[skipSpace(tokens, number.last + 1)];
  if (isPunct(next, dashes) && tokens[skipSpace(tokens, skipSpace(tokens, number.last + 1) + 1)]?.kind === 'digits') return true;
  // `the ages of 24 and 30`, `18 or 19`: a range only when a number follows; `at the age of 24 and spent …` is an age.
  const after = tokens[skipSpace(tokens, skipSpace(tokens, number.last + 1) + 1)];
  return (next?.lower === 'to' || next?.lower === 'and' || next?.lower === 'or') && after !== undefined && (after.kind === 'digits' || readAgeNumber(tokens, skipSpace(tokens, skipSpace(tokens, number.last + 1) + 1)) !== null);
}

/** `under the age of 18`, `over age 65`: a threshold, not an age. */
function isBoundBefore(tokens: readonly Token[], index: number): boolean {
  const before = tokens[skipSpaceBack(tokens, index - 1)];
  const word = before?.lower === 'at' || before?.lower === 'the' ? tokens[skipSpaceBack(tokens, skipSpaceBack(tokens, index - 1) - 1)] : before;
  return word !== undefined && ['under', 'over', 'above', 'below', 'from', 'to', 'until', 'till', 'minimum', 'maximum', 'retirement', 'voting', 'legal', 'drinking', 'same'].includes(word.lower);
}

/** `Age` with a capital inside a sentence names a period (`the Bronze Age`), not an age. */
function isCapitalizedMidSentence(tokens: readonly Token[], index: number): boolean {
  return isCapitalized(tokens[index]) && skipSpaceBack(tokens, index - 1) >= 0 && !isPunct(tokens[skipSpaceBack(tokens, index - 1)], '(');
}

/**
 * The person an age phrase at token `first` is said of: the name before an
 * opening parenthesis (`José Quispe Zúñiga (the 24-year son of …)`) or before
 * an apposition (`Smith, a 19-year-old student`, `Smith, aged 45`).
 */
function subjectOf(tokens: readonly Token[], first: number): string | null {
  let at = skipSpaceBack(tokens, first - 1);
  const word = tokens[at];
  if (word && (word.lower === 'the' || word.lower === 'a' || word.lower === 'an' || word.lower === 'then')) at = skipSpaceBack(tokens, at - 1);
  if (!isPunct(tokens[at], '(,')) return null;
  const name = readNameBefore(tokens, at);
  return name ? name.text : null;
}

/**
 * Reads a personal name ending right before token `index` (a parenthesis or a
 * comma): capitalised words, name particles, initials and quoted nicknames
 * (`Marco Antonio "Comrade Gabriel" Quispe Palomino`).
 */
function readNameBefore(tokens: readonly Token[], index: number): { text: string; words: number; first: number } | null {
  let at = index - 1;
  if (tokens[at]?.kind === 'space') at--;
  else if (at >= 0 && isPunct(tokens[index], '(')) return null;
  let first = -1;
  let words = 0;
  const last = at;
  for (let guard = 0; guard < 24 && at >= 0; guard++) {
    const token = tokens[at] as Token;
    if (token.kind === 'word' && isCapitalized(token) && !notNames.has(token.lower) && !isMonth(token)) {
      first = at;
      words++;
    } else if (token.kind === 'word' && nameParticles.has(token.text) && words > 0) {
      // A particle only inside a name; the loop goes on to the capitalised word before it.
    } else if (isPunct(token, '.') && tokens[at - 1]?.kind === 'word' && (tokens[at - 1] as Token).text.length === 1) {
      // An initial: `J. R. R. Tolkien`.
    } else if (isPunct(token, `-'’${quotes}`) || token.kind === 'space') {
      // Hyphens and apostrophes inside names, quoted nicknames, spaces between words.
    } else break;
    at--;
  }
  if (first < 0 || words === 0) return null;
  const start = (tokens[first] as Token).start;
  const end = (tokens[last] as Token).end;
  if (end <= start) return null;
  return { text: textBetween(tokens, first, last), words, first };
}

function textBetween(tokens: readonly Token[], first: number, last: number): string {
  let text = '';
  for (let at = first; at <= last; at++) text += (tokens[at] as Token).text;
  return text;
}

function make(tokens: readonly Token[], first: number, last: number, years: number, unit: AgeUnit, subjectText: string | null): AgeFind {
  const value: AgeValue = unit === 'year' ? { years, subjectText } : { years: roundFigure(years * unitYears[unit]), unit, subjectText };
  return { start: (tokens[first] as Token).start, end: (tokens[last] as Token).end, first, last, value };
}
