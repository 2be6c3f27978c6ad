import { anyOf, keysOf } from '../../lexicon/list.js';
import { DECADE_WORDS, TEEN_WORDS, TEN_WORDS } from '../../lexicon/numbers.js';
import { ERA_PATTERN, ORDINAL_WORD_PATTERN, SEASONS, cardinalValue, isBeforeEra, ordinalValue } from './lexicon.js';
import { isCountOrMeasure, isPartOfLongerNumber } from './number-context.js';
import { centuryPoint, decadePoint, pointValue, seasonPoint, type SeasonCode } from './points.js';
import type { DatePoint } from '../../schema/claims.js';
import type { DateMatch, DateParser } from './types.js';
import { startsUpperCase } from '../../util/letters.js';

// Built once: esbuild writes a `\p{…}` literal as `new RegExp(…)`, which inside a function is made again at each call.
const capitalAfterSpace = /^[\s\u00a0]\p{Lu}/u;
const letterAfterSpace = /^[\s\u00a0]\p{L}/u;

/**
 * Periods longer or looser than a year: decades (`the 1990s`, `the '90s`),
 * centuries (`the 12th century`, `19th-century`, `the fifth century BC`) and
 * seasons of a year (`summer 1969`, `the spring of 1942`).
 *
 * Parts of them (`the early 1990s`, `the late 19th century`) are added by the
 * modifier step, which serves every kind of point alike.
 */
export const periodParser: DateParser = { name: 'date/period', requires: new RegExp(`\\d|ties|centur|${anyOf(keysOf(SEASONS))}`, 'i'), parse: parsePeriods };

const DECADE = /(?<![\p{L}\p{N}'’])(?:(the)[\s\u00a0]{1,3})?(?:(\d{3})0['’]?s|['’](\d)0s|(\d)0['’]?s)(?![\p{L}\p{N}])/giu;
const CENTURY = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(the)[\\s\\u00a0]{1,3})?(?:(\\d{1,2})(?:st|nd|rd|th)|(${ORDINAL_WORD_PATTERN}))(?:[\\s\\u00a0]{1,3}|-)(centur(?:y|ies))(?:[\\s\\u00a0]{1,2}(${ERA_PATTERN})(?![\\p{L}]))?`,
  'giu',
);
/** The first of two centuries sharing one noun: `the 13th and 14th centuries`. */
const CENTURY_PAIR = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(the)[\\s\\u00a0]{1,3})?(?:(\\d{1,2})(?:st|nd|rd|th)|(${ORDINAL_WORD_PATTERN}))(?=[\\s\\u00a0]{1,3}(?:and|or|to|through)[\\s\\u00a0]{1,3}(?:the[\\s\\u00a0]{1,3})?(?:(?:early|mid|late)[\\s\\u00a0-])?(?:\\d{1,2}(?:st|nd|rd|th)|${ORDINAL_WORD_PATTERN})[\\s\\u00a0]{1,3}centur(?:y|ies)(?:[\\s\\u00a0]{1,2}(BCE|BC))?)`,
  'giu',
);
/** `the sixties`, `the nineteen-sixties`, `the early seventies`. */
/** `the sixties`, `the nineteen-sixties`: the hundreds, when written, are a teen or a ten (`eighteen`, `twenty`). */
const DECADE_WORD = new RegExp(
  `(?<![\\p{L}])(the)[\\s\\u00a0]{1,3}(?:(${anyOf([...keysOf(TEEN_WORDS), ...keysOf(TEN_WORDS)])})[-\\s\\u00a0]?)?(${anyOf(keysOf(DECADE_WORDS))})(?![\\p{L}])`,
  'giu',
);
const SEASON = new RegExp(
  `(?<![\\p{L}])(?:(the)[\\s\\u00a0]{1,3})?(${anyOf(keysOf(SEASONS))})(?:[\\s\\u00a0]{1,3}of)?[\\s\\u00a0]{1,3}(?:(\\d{4})(?![\\p{N}])|(\\d{1,4})[\\s\\u00a0]{0,2}(${ERA_PATTERN})(?![\\p{L}]))`,
  'giu',
);

// What each pattern cannot match without, tested once per sentence with the
// pattern's own flags: `requires` lets in every sentence with a digit, and a
// pattern opening with a look-behind is tried at every character.
const DECADE_ENDING = /0['’]?s/iu;
const CENTURY_WORD = /centur/iu;
const DECADE_NAME = new RegExp(anyOf(keysOf(DECADE_WORDS)), 'iu');
const SEASON_NAME = new RegExp(anyOf(keysOf(SEASONS)), 'iu');

function parsePeriods(text: string): DateMatch[] {
  return [...decades(text), ...decadeWords(text), ...centuries(text), ...seasons(text)];
}

function decadeWords(text: string): DateMatch[] {
  if (!DECADE_NAME.test(text)) return [];
  return [...text.matchAll(DECADE_WORD)].map((found) => {
    const [whole, , century, decade] = found;
    const digit = DECADE_WORDS.get((decade as string).toLowerCase()) as number;
    const hundreds = century === undefined ? undefined : cardinalValue(century);
    const point: DatePoint =
      hundreds === undefined ? { timex: `XX${digit}`, start: null, end: null, granularity: 'decade', approximate: false } : decadePoint(hundreds * 100 + digit * 10);
    return { start: found.index, end: found.index + whole.length, value: pointValue(point), parser: periodParser.name };
  });
}

function decades(text: string): DateMatch[] {
  const matches: DateMatch[] = [];
  if (!DECADE_ENDING.test(text)) return matches;
  for (const found of text.matchAll(DECADE)) {
    const [whole, article, stem, apostropheDigit, bareDigit] = found;
    const start = found.index;
    let point: DatePoint;
    if (stem !== undefined) {
      const first = Number(stem) * 10;
      if (first < 100 || first > 2090) continue;
      // `the 1800s` is the century; `the 2000s` is read as the decade, as it mostly is.
      point = first % 100 === 0 && first !== 2000 ? centuryPoint(first / 100 + 1, false) : decadePoint(first);
    } else {
      // `the '90s`, `the 70's`: a decade of an unknown century; a bare `90s` needs `the` (`in his 20s` is an age).
      if (bareDigit !== undefined && article === undefined) continue;
      const digit = apostropheDigit ?? bareDigit ?? '0';
      point = { timex: `XX${digit}`, start: null, end: null, granularity: 'decade', approximate: false };
    }
    if (isCountOrMeasure(text, start + whole.length)) continue;
    matches.push({ start, end: start + whole.length, value: pointValue(point), parser: periodParser.name });
  }
  return matches;
}

function centuries(text: string): DateMatch[] {
  const matches: DateMatch[] = [];
  if (!CENTURY_WORD.test(text)) return matches;
  for (const pattern of [CENTURY, CENTURY_PAIR]) {
    for (const found of text.matchAll(pattern)) {
      const [whole, , digits, word] = found;
      const era = pattern === CENTURY ? found[5] : found[4];
      const ordinal = digits !== undefined ? Number(digits) : (ordinalValue(word ?? '') ?? 0);
      if (ordinal < 1 || ordinal > 21) continue;
      const end_ = found.index + whole.length;
      // `21st Century Fox`, `Twentieth Century Limited`: a capitalized century before a capitalized word is a name.
      if (startsUpperCase(found[4] ?? 'c') && capitalAfterSpace.test(text.slice(end_, end_ + 2))) continue;
      const point = centuryPoint(ordinal, era !== undefined && isBeforeEra(era));
      const end = found.index + whole.length;
      // In `the eleventh-century prince` the article belongs to the noun, not the date.
      const attributive = found[1] !== undefined && /-centur/i.test(whole) && letterAfterSpace.test(text.slice(end, end + 2));
      const start = found.index + (attributive ? (/^the[\s\u00a0]{1,3}/iu.exec(whole)?.[0].length ?? 0) : 0);
      matches.push({ start, end, value: pointValue(point), parser: periodParser.name });
    }
  }
  return matches;
}

function seasons(text: string): DateMatch[] {
  const matches: DateMatch[] = [];
  if (!SEASON_NAME.test(text)) return matches;
  for (const found of text.matchAll(SEASON)) {
    const [whole, , season, plainYear, eraYear, era] = found;
    const end = found.index + whole.length;
    if (plainYear !== undefined && (isPartOfLongerNumber(text, end - 4, end) || isCountOrMeasure(text, end))) continue;
    const year = plainYear !== undefined ? Number(plainYear) : era !== undefined && isBeforeEra(era) ? 1 - Number(eraYear) : Number(eraYear);
    const code = SEASONS.get((season ?? '').toLowerCase()) as SeasonCode;
    matches.push({ start: found.index, end, value: pointValue(seasonPoint(year, code)), parser: periodParser.name });
  }
  return matches;
}
