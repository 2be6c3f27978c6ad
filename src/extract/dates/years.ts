import { CHANGE_VERBS, ERA_AFTER_NUMBER, MONTH_PATTERN, isBeforeEra } from './lexicon.js';
import { hasNonYearPrefix, isCountOrMeasure, isFollowedByLowerWord, isInPath, isPartOfLongerNumber, isTimeOfDay, secondWordBefore, wordBefore } from './number-context.js';
import { approximately, pointValue, yearPoint } from './points.js';

const DAY_MONTH_AFTER_DASH = new RegExp(`^[\\s\\u00a0][-–−][\\s\\u00a0]?\\d{1,2}[\\s\\u00a0](?:${MONTH_PATTERN})(?![\\p{L}])`, 'iu');
import type { DateMatch, DateParser, DateScanContext } from './types.js';

// Built once: esbuild writes a `\p{…}` literal as `new RegExp(…)`, which inside a function is made again at each call.
const lowerWord = /^\p{Ll}{3,}$/u;
const capitalisedWordAfterSpace = /^[\s\u00a0]\p{Lu}\p{Ll}/u;

/**
 * Years written as numbers: `in 2018`, `(2022)`, `the 2023 protests`,
 * `31 BC`, `AD 800`, `c. 1200`.
 *
 * A number is read as a year by its surroundings, never by its size alone:
 * a preposition of time before it, an era after it, parentheses, or a
 * four-digit number with nothing after it that it could count or measure.
 * Numbers that only might be years (`398` in `from 398 to about 360 BC`) are
 * returned as weak; the range step keeps them when a partner confirms them.
 */
export const yearParser: DateParser = { name: 'date/year', requires: /\d/, parse: parseYears };

/** Words before a number after which it is a year (`in 2018`, `since 1992`). */
const TIME_PREPOSITIONS = new Set([
  'in', 'since', 'until', 'till', 'before', 'after', 'during', 'throughout', 'circa', 'c.', 'ca.', 'c', 'year', 'born', 'died',
  'b.', 'd.', 'fl.', 'r.', 'early', 'mid', 'late', 'from', 'by', 'of', 'around', 'about', 'approximately', 'between', 'as', 'est.',
  'established', 'founded', 'formed', 'opened', 'closed', 'built', 'completed', 'released', 'published', 'married', 'elected',
  'spring', 'summer', 'autumn', 'fall', 'winter', 'season', 'election', 'census', 'olympics', 'cup', 'games',
]);

/** Words before `of` after which `of 2000` is an amount (`a total of 2000`). */
const AMOUNT_NOUNS = new Set([
  'total', 'sum', 'population', 'maximum', 'minimum', 'average', 'crowd', 'attendance', 'capacity', 'force', 'army', 'estimate',
  'number', 'group', 'out', 'one', 'cost', 'price', 'budget', 'salary', 'fine', 'reward', 'score', 'height', 'depth', 'length',
  'distance', 'elevation', 'altitude', 'area', 'strength', 'garrison', 'fleet', 'contingent', 'batch', 'set', 'team',
]);

/** Determiners before a year used as an adjective: `the 2023 protests`, `its 1999 album`. */
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'that', 'these', 'those']);

/** Infobox keys whose values are amounts: a bare number there is never a year. */
const AMOUNT_KEY = /population|size|members|membership|strength|employees|staff|area|elevation|height|length|capacity|revenue|income|students|seats|votes|circulation|budget|pupils|enrolment|enrollment/i;

/** Companion keys that date an amount (`Population As Of`, `Population Year`): their bare number is the year. */
const YEAR_KEY = /as[\s_]*of|year|date|census|ref/i;

const ERA_BEFORE = /(?<![\p{L}])(?:AD|A\.D\.)[\s\u00a0]{1,2}$/u;

function parseYears(text: string, context: DateScanContext): DateMatch[] {
  const matches: DateMatch[] = [];
  for (const found of text.matchAll(/(?<![\p{N}])\d{1,4}(?![\p{N}])/gu)) {
    const start = found.index;
    const end = start + found[0].length;
    const match = readYear(text, start, end, context);
    if (match) matches.push(match);
  }
  return matches;
}

function readYear(text: string, numberStart: number, numberEnd: number, context: DateScanContext): DateMatch | undefined {
  const digits = text.slice(numberStart, numberEnd);
  const written = Number(digits);
  if (written === 0 || /^0/.test(digits)) return undefined;
  // `444/443 BC`, `1842/43`: a year given as one of two, read as the first, approximately.
  const alternative = /^\/\d{1,4}(?![\p{N}/])/u.exec(text.slice(numberEnd, numberEnd + 6));
  const tailEnd = numberEnd + (alternative ? alternative[0].length : 0);
  const eraAfter = ERA_AFTER_NUMBER.exec(text.slice(tailEnd, tailEnd + 12));
  const beforeStart = Math.max(0, numberStart - 8);
  const eraBefore = ERA_BEFORE.exec(text.slice(beforeStart, numberStart));
  const era = eraAfter ? (isBeforeEra(eraAfter[1] as string) ? 'BC' : 'AD') : eraBefore ? 'AD' : null;
  if (era === null && isPartOfLongerNumber(text, numberStart, tailEnd)) return undefined;
  // `2015 - 32`: a number in a spaced sum that the range parser did not read as years.
  // `(1787 – 22 September 1828)` is a life span, not a sum.
  const spacedSum = /^[\s\u00a0][-–−][\s\u00a0]?\d/.test(text.slice(tailEnd, tailEnd + 4)) && !DAY_MONTH_AFTER_DASH.test(text.slice(tailEnd, tailEnd + 20));
  if (era === null && (spacedSum || /\d[\s\u00a0]?[-–−][\s\u00a0]$/.test(text.slice(Math.max(0, numberStart - 4), numberStart)))) return undefined;
  if (era !== null && /[\p{L}\p{N}.,]$/u.test(text.slice(Math.max(0, numberStart - 1), numberStart)) && !eraBefore) return undefined;
  if (/^(?:st|nd|rd|th|s|'s|’s)(?![\p{L}])/u.test(text.slice(tailEnd, tailEnd + 3))) return undefined;
  if (hasNonYearPrefix(text, numberStart)) return undefined;
  // Numbers that name things: `issues/1033` in a link, `1500 UTC` on a meeting's schedule.
  if (era === null && (isInPath(text, numberStart, tailEnd) || isTimeOfDay(text, tailEnd))) return undefined;
  // `354 AH`: a year of another calendar, which a Gregorian value would misstate.
  if (/^[\s\u00a0]{0,2}(?:AH|A\.H\.|AM|SH|BS|AUC)(?![\p{L}])/u.test(text.slice(tailEnd, tailEnd + 8))) return undefined;

  const start = eraBefore ? beforeStart + eraBefore.index : numberStart;
  const end = eraAfter ? tailEnd + eraAfter[0].length : tailEnd;
  const year = era === 'BC' ? 1 - written : written;
  const approximate = alternative !== null || /^(?:c\.|ca\.|circa)$/.test(wordBefore(text, numberStart));
  const point = approximate ? approximately(yearPoint(year)) : yearPoint(year);
  const make = (weak: boolean): DateMatch => ({
    start,
    end,
    value: pointValue(point),
    parser: yearParser.name,
    year: { written, era },
    ...(weak ? { weak } : {}),
  });

  if (era !== null) return make(false);
  if (isCountOrMeasure(text, tailEnd)) return undefined;
  const strength = contextStrength(text, numberStart, tailEnd, digits.length, written, context);
  return strength === 'none' ? undefined : make(strength === 'weak');
}

/** How strongly the surroundings say the number is a year. */
function contextStrength(text: string, start: number, end: number, length: number, written: number, context: DateScanContext): 'strong' | 'weak' | 'none' {
  const previous = wordBefore(text, start);
  const inParentheses = /\([\s\u00a0]{0,1}$/.test(text.slice(Math.max(0, start - 2), start)) && /^[\s\u00a0]{0,1}[);,]/.test(text.slice(end, end + 2));
  const plausible4 = length === 4 && written >= 1000 && written <= 2199;
  if (context.infoboxKey !== undefined && AMOUNT_KEY.test(context.infoboxKey) && !YEAR_KEY.test(context.infoboxKey) && !inParentheses) return 'none';
  if (length < 3) return 'none';
  // A number that is the whole text says nothing of being a year, except as a value of its own (`Founded: 1920`).
  if (!context.standalone && text.length <= 16 && text.trim() === text.slice(start, end)) return 'none';
  if (previous === 'by' && CHANGE_VERBS.has(secondWordBefore(text, start))) return 'none';
  if (CHANGE_VERBS.has(previous)) return 'none';
  // `dates back to 1865`, `traced back to 1492`.
  if (previous === 'to' && secondWordBefore(text, start) === 'back') return plausible4 ? 'strong' : 'weak';
  // `traces its origins to 1817, when the company built the fort`: a time a `when` clause hangs on.
  if (plausible4 && WHEN_AFTER.test(text.slice(end, end + 8)) && !(previous === 'to' && CHANGE_VERBS.has(secondWordBefore(text, start)))) return 'strong';
  if (previous === 'to' || previous === 'and' || previous === 'or') return 'weak';
  if ((previous === 'from' || previous === 'between') && countsAfterPartner(text, end)) return 'none';
  if (previous === 'of' && AMOUNT_NOUNS.has(secondWordBefore(text, start))) return 'none';
  if (length === 3) {
    const strong = ['in', 'since', 'until', 'till', 'before', 'after', 'during', 'circa', 'c.', 'ca.', 'year'].includes(previous);
    return strong && !isFollowedByLowerWord(text, end) ? 'strong' : 'weak';
  }
  if (!plausible4) return 'none';
  if (inParentheses || TIME_PREPOSITIONS.has(previous)) return 'strong';
  // `the asteroid 1373 Cincinnati`, `Highway 1017 North`: a number between a common noun and a capitalised word is a catalogue number in a name.
  if (lowerWord.test(previous) && !DETERMINERS.has(previous) && capitalisedWordAfterSpace.test(text.slice(end, end + 3))) return 'weak';
  // `2012 sales of $2.6 billion`: a noun measured by a figure of its own is dated by the number before it.
  if (MEASURED_NOUN_AFTER.test(text.slice(end, end + 40))) return 'strong';
  if (isFollowedByLowerWord(text, end)) return DETERMINERS.has(previous) || /['’]s$/.test(previous) ? 'strong' : 'weak';
  return 'strong';
}

const WHEN_AFTER = /^,[\s\u00a0]when[\s\u00a0]/u;

const MEASURED_NOUN_AFTER = /^[\s\u00a0]\p{Ll}+[\s\u00a0]of[\s\u00a0](?:US)?[$€£¥\d]/u;

/** Whether a range partner after the number is a count: `from 1500 to 2000 soldiers`, `between 1,800 and 2,000 soles`. */
function countsAfterPartner(text: string, end: number): boolean {
  const partner = /^[\s\u00a0]{0,3}(?:to|and|-|–)[\s\u00a0]{0,3}[\d,.]{1,12}/u.exec(text.slice(end, end + 24));
  return partner !== null && isCountOrMeasure(text, end + partner[0].length);
}
