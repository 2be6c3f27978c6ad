import type { RankValue } from '../../schema/claims.js';
import type { Extractor } from '../types.js';
import { isMonth, wordSet } from './context.js';
import { roleOfWords } from '../../lexicon/roles.js';
import { isStopWord, isVerbLike, readWord } from './nouns.js';
import { numberWord, readCardinal, readOrdinal, type OrdinalMatch } from './numbers.js';
import { figureExtractor, scanFigures, type FigureFind } from './find.js';
import { dashes, isCapitalized, isPunct, quotes, skipSpace, skipSpaceBack, touches, type Token } from './tokens.js';

/** A rank found in a sentence, with its token span. */
export type RankFind = FigureFind<'rank'>;

/** Nouns that number the parts of a sequence: `Phase 2`, `stage 3`, `Round 4`. */
const sequenceNouns = wordSet('phase stage round season part leg tier level heat week matchday');

/** Words after which `first`, `5th` state a position: `ranked 5th`, `finished third`. */
const rankVerbs = wordSet('ranked ranks rank finished finishing finish placed came ended rated');

/** Words before an ordinal that make it a position in an order: determiners and possessives. */
const determiners = wordSet('the a an its his her their our my your this that whose every each s');

/** Nouns after an ordinal that make it a date or a moment rather than a rank. */
/** Nouns after an ordinal that form a title or an idiom, not a place in an order: `second lieutenant`, `first class`, `first aid`. */
const idiomNouns = wordSet('lieutenant class name aid hand nature sight glance');

const timeNouns = wordSet(`
  time times half halves quarter century centuries millennium millennia decade anniversary birthday centenary
  jubilee year years month months week weeks day days few several minute minutes hour hours
`);

/** Qualifiers in front of a number of a kind: `phone number 555`, `flight number 93` are identifiers. */
const identifierNouns = wordSet('phone telephone serial registration id model catalogue catalog part flight house route reference');

const wordsNotSuperlative = wordSet(`
  west rest test interest forest request contest protest guest chest nest quest harvest honest modest earnest
  manifest suggest invest arrest conquest priest crest pest vest zest lest behest unrest southwest northwest
  midwest everest
`);

/**
 * Finds positions in an order: `"number two"`, `No. 1`, `#1`, `third-largest`,
 * `second plenary session`, `the first woman to`, `ranked 5th`, `Phase 2`,
 * `First stage`. Ordinals that are dates (`the 19th century`, `May 4th`) or
 * part of a name (`the Second World War`, `the 2nd Infantry Division`) are
 * left out.
 */
export function findRanks(text: string): RankFind[] {
  return scanFigures(text, readRankAt);
}

// One function for every scan, so that `scanFigures` knows a scan it has made.
const readRankAt = (tokens: readonly Token[], index: number): RankFind | null => readNumberRank(tokens, index) ?? readSequenceRank(tokens, index) ?? readOrdinalRank(tokens, index);

/** The rank extractor: positions in an order. */
export const rankExtractor: Extractor = figureExtractor('rank', (sentence) => findRanks(sentence.plain));

/** `number two`, `"number three"`, `No. 1`, `no. 5`, `#1`. */
function readNumberRank(tokens: readonly Token[], index: number): RankFind | null {
  const token = tokens[index] as Token;
  let numberIndex: number;
  if (isPunct(token, '#')) {
    numberIndex = index + 1;
    if (!touches(token, tokens[numberIndex]) || tokens[numberIndex]?.kind !== 'digits' || (index > 0 && touches(tokens[index - 1], token))) return null;
  } else if (token.lower === 'number') {
    numberIndex = skipSpace(tokens, index + 1);
    if (numberIndex !== index + 2) return null;
    const before = tokens[skipSpaceBack(tokens, index - 1)];
    if (before && identifierNouns.has(before.lower)) return null;
  } else if (token.lower === 'no' && isPunct(tokens[index + 1], '.') && touches(token, tokens[index + 1])) {
    numberIndex = skipSpace(tokens, index + 2);
    if (tokens[numberIndex]?.kind !== 'digits') return null;
    // `Lodge No. 330`, `Vol. 25, No. 4`: a name or a reference, not a position.
    const before = tokens[skipSpaceBack(tokens, index - 1)];
    if (before && (isCapitalized(before) || isPunct(before, ',') || before.kind === 'digits')) return null;
  } else return null;
  const number = readCardinal(tokens, numberIndex);
  if (!number || number.decimal || number.grouped || number.scaled || !Number.isInteger(number.value)) return null;
  const afterNumber = tokens[number.last + 1];
  if (afterNumber && touches(tokens[number.last], afterNumber) && afterNumber.kind === 'word') return null;
  return make(tokens, index, number.last, { ordinal: number.value, of: null });
}

/** `Phase 2`, `stage 3`, `Round Four`. */
function readSequenceRank(tokens: readonly Token[], index: number): RankFind | null {
  const token = tokens[index] as Token;
  if (token.kind !== 'word' || !sequenceNouns.has(token.lower)) return null;
  const numberIndex = skipSpace(tokens, index + 1);
  if (numberIndex !== index + 2) return null;
  const number = readCardinal(tokens, numberIndex);
  if (!number || number.decimal || number.grouped || number.scaled || !Number.isInteger(number.value) || number.value > 1000) return null;
  // `stage 3,000 people`, `week 12-16`: not a place in a sequence.
  const after = tokens[number.last + 1];
  if (after && touches(tokens[number.last], after) && !isPunct(after, '.,;:)"”')) return null;
  const next = tokens[skipSpace(tokens, number.last + 1)];
  if (next && next.kind === 'word' && !isCapitalized(next) && ['people', 'persons', 'men', 'of'].includes(next.lower)) return null;
  return make(tokens, index, number.last, { ordinal: number.value, of: token.lower });
}

/** `third-largest`, `second plenary session`, `the first woman to`, `ranked 5th`, `First stage`. */
function readOrdinalRank(tokens: readonly Token[], index: number): RankFind | null {
  const token = tokens[index] as Token;
  if (token.kind !== 'word' && token.kind !== 'digits') return null;
  const previous = tokens[index - 1];
  if (previous && touches(previous, token) && (previous.kind === 'word' || previous.kind === 'digits')) return null;
  const ordinal = readOrdinal(tokens, index);
  if (!ordinal || ordinal.value === 0) return null;
  if (isDateOrdinal(tokens, ordinal)) return null;
  const atStart = isSentenceStart(tokens, index);
  // `the Second World War`, `Second Vatican Council`: a capitalised ordinal inside a sentence is part of a name.
  if (isCapitalized(tokens[index]) && !atStart) return null;
  const superlative = readSuperlative(tokens, ordinal);
  if (superlative) return make(tokens, index, superlative.last, { ordinal: ordinal.value, of: superlative.of });
  const verbIndex = skipSpaceBack(tokens, index - 1);
  if (tokens[verbIndex] && rankVerbs.has((tokens[verbIndex] as Token).lower)) {
    const next = tokens[skipSpace(tokens, ordinal.last + 1)];
    if (!next || next.kind !== 'word' || isStopWord(next.lower) || next.lower === 'place') {
      const placeIndex = next?.lower === 'place' ? skipSpace(tokens, ordinal.last + 1) : ordinal.last;
      return make(tokens, verbIndex, placeIndex, { ordinal: ordinal.value, of: null });
    }
  }
  const phraseStart = skipSpace(tokens, ordinal.last + 1);
  const determiner = tokens[verbIndex];
  if (phraseStart !== ordinal.last + 2) return readElidedRank(tokens, index, ordinal, verbIndex);
  const phrase = readRankedPhrase(tokens, phraseStart) ?? readNamedRankedPhrase(tokens, phraseStart);
  if (!phrase) return null;
  const determined = determiner !== undefined && (determiners.has(determiner.lower) || (determiner.lower === 'in' && phrase.of === 'place'));
  if (!atStart && !determined) return null;
  return make(tokens, index, phrase.last, { ordinal: ordinal.value, of: phrase.of });
}

/** `third-largest`, `second largest city`, `second-most populous`, `third most visited museum`. */
function readSuperlative(tokens: readonly Token[], ordinal: OrdinalMatch): { last: number; of: string } | null {
  const joiner = tokens[ordinal.last + 1];
  if (!joiner || !(joiner.kind === 'space' || (isPunct(joiner, dashes.slice(0, 4)) && touches(tokens[ordinal.last], joiner)))) return null;
  const word = tokens[ordinal.last + 2];
  if (!word || word.kind !== 'word' || isCapitalized(word)) return null;
  let last = ordinal.last + 2;
  const parts = [word.lower];
  if (word.lower === 'most' || word.lower === 'least') {
    const adjective = tokens[skipSpace(tokens, last + 1)];
    if (!adjective || adjective.kind !== 'word' || isCapitalized(adjective) || isStopWord(adjective.lower)) return null;
    last = skipSpace(tokens, last + 1);
    parts.push(adjective.lower);
  } else if (!isSuperlative(word.lower)) return null;
  const noun = tokens[last + 1]?.kind === 'space' ? readRankedPhrase(tokens, last + 2) : null;
  if (noun) return { last: noun.last, of: `${parts.join(' ')} ${noun.of}` };
  return { last, of: parts.join(' ') };
}

function isSuperlative(word: string): boolean {
  if (word === 'best' || word === 'worst') return true;
  return word.length >= 5 && word.endsWith('est') && !wordsNotSuperlative.has(word);
}

/**
 * The noun phrase an ordinal ranks: up to three lower-case words up to a
 * function word or punctuation (`plenary session`, `woman`, `studio album`).
 */
function readRankedPhrase(tokens: readonly Token[], index: number): { last: number; of: string } | null {
  const words: string[] = [];
  let last = -1;
  let at = index;
  // `first ever title`: `ever` stresses the rank and is not what is ranked.
  if (tokens[at]?.lower === 'ever' && tokens[at + 1]?.kind === 'space') at += 2;
  for (let guard = 0; guard < 3; guard++) {
    const word = readWord(tokens, at);
    const token = tokens[at];
    if (!word || !token || isCapitalized(token) || isStopWord(token.lower)) break;
    const lower = word.text.toLowerCase();
    if (words.length === 0 && (timeNouns.has(lower) || idiomNouns.has(lower) || numberWord(lower) || isVerbLike(lower))) return null;
    // After the head, a verb-like word or an `-ing` form ends the phrase (`third group concerning`), and so does a
    // verb in `-s` before its object (`the first edition carries ISBN …`, `its first page shows the name`).
    if (words.length > 0 && (isVerbLike(lower) || lower.endsWith('ing') || (lower.endsWith('s') && startsObject(tokens, word.last + 1)))) break;
    words.push(lower);
    last = word.last;
    if (tokens[word.last + 1]?.kind !== 'space') break;
    at = word.last + 2;
  }
  if (words.length === 0) return null;
  return { last, of: words.join(' ') };
}

/**
 * `second Northern League title`, `first Labour government`: a name that
 * qualifies the ranked noun. Up to three capitalised words, then the
 * lower-case noun phrase; a name alone (`the first World Cup`) ranks nothing
 * this reads.
 */
function readNamedRankedPhrase(tokens: readonly Token[], index: number): { last: number; of: string } | null {
  const names: string[] = [];
  let at = index;
  while (names.length < 3) {
    const token = tokens[at];
    if (!token || token.kind !== 'word' || !isCapitalized(token) || tokens[at + 1]?.kind !== 'space') break;
    names.push(token.lower);
    at += 2;
  }
  if (names.length === 0) return null;
  const phrase = readRankedPhrase(tokens, at);
  if (phrase) return { last: phrase.last, of: `${names.join(' ')} ${phrase.of}` };
  // `the first Bishop of Saltrim`, `its second Prime Minister`: a post's capitalised name is the ranked noun.
  return tokens[at]?.lower === 'of' && roleOfWords(names) !== null ? { last: at - 2, of: names.join(' ') } : null;
}

/**
 * `won the 1951–52 title, the club's second, with`: an ordinal standing alone
 * after an owner ranks the noun the apposition follows. Only a lower-case noun
 * right before the comma is taken, and only where an owner determines the
 * ordinal.
 */
function readElidedRank(tokens: readonly Token[], index: number, ordinal: OrdinalMatch, determinerIndex: number): RankFind | null {
  const after = tokens[ordinal.last + 1];
  if (!isPunct(after, ',.;') || !touches(tokens[ordinal.last], after)) return null;
  const determiner = tokens[determinerIndex];
  if (!determiner || !(determiner.lower === 's' || possessives.has(determiner.lower))) return null;
  // Back over the owner (`the club's`, `its`) to the comma that sets the apposition off.
  let at = determiner.lower === 's' ? determinerIndex - 2 : determinerIndex;
  if (determiner.lower === 's') {
    if (tokens[at]?.kind !== 'word') return null;
    at = skipSpaceBack(tokens, at - 1);
    if (tokens[at]?.lower === 'the') at = skipSpaceBack(tokens, at - 1);
  } else at = skipSpaceBack(tokens, at - 1);
  if (!isPunct(tokens[at], ',')) return null;
  const noun = tokens[at - 1];
  if (!noun || noun.kind !== 'word' || isCapitalized(noun) || isStopWord(noun.lower) || isVerbLike(noun.lower) || timeNouns.has(noun.lower)) return null;
  return make(tokens, index, ordinal.last, { ordinal: ordinal.value, of: noun.lower });
}

const possessives = wordSet('its his her their');

/** Whether the next word opens a noun phrase of its own: a determiner or a capitalised word. */
function startsObject(tokens: readonly Token[], index: number): boolean {
  const next = tokens[skipSpace(tokens, index)];
  return next !== undefined && next.kind === 'word' && (isCapitalized(next) || determiners.has(next.lower));
}

/** `the 19th century`, `19th-century`, `May 4th`, `the 4th of July`: dates, not ranks. */
function isDateOrdinal(tokens: readonly Token[], ordinal: OrdinalMatch): boolean {
  if (isMonth(tokens[skipSpaceBack(tokens, ordinal.first - 1)])) return true;
  const nextIndex = skipSpace(tokens, ordinal.last + 1);
  const next = tokens[nextIndex];
  const glued = tokens[ordinal.last + 1];
  const compound = isPunct(glued, dashes.slice(0, 4)) && touches(tokens[ordinal.last], glued) ? tokens[ordinal.last + 2] : undefined;
  if (compound && timeNouns.has(compound.lower)) return true;
  if (next && timeNouns.has(next.lower) && next.lower !== 'time' && next.lower !== 'half') return true;
  if (isMonth(next)) return true;
  return next?.lower === 'of' && isMonth(tokens[skipSpace(tokens, nextIndex + 1)]);
}

function isSentenceStart(tokens: readonly Token[], index: number): boolean {
  const before = skipSpaceBack(tokens, index - 1);
  return before < 0 || isPunct(tokens[before], `(:;${quotes}`);
}

function make(tokens: readonly Token[], first: number, last: number, value: Omit<RankValue, 'quoted'>): RankFind {
  let start = first;
  let end = last;
  // `"number two"`: the quotes are part of the claim when they wrap it exactly.
  const open = tokens[first - 1];
  const close = tokens[last + 1];
  const quoted = isPunct(open, quotes) && isPunct(close, quotes) && touches(open, tokens[first]) && touches(tokens[last], close);
  if (quoted) {
    start = first - 1;
    end = last + 1;
  }
  return { start: (tokens[start] as Token).start, end: (tokens[end] as Token).end, first: start, last: end, value: { ...value, quoted } };
}
