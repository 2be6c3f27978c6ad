import type { DateValue, Granularity, RelativeDate } from '../../schema/claims.js';
import { CARDINAL_WORD_PATTERN, MONTH_PATTERN, WEEKDAYS, WEEKDAY_PATTERN, cardinalValue, isStandaloneMonthWord, monthOf } from './lexicon.js';
import { isFollowedByLowerWord, wordBefore } from './number-context.js';
import { presentPoint, pointValue } from './points.js';
import type { DateMatch, DateParser } from './types.js';
import { isLetter, trailingWord } from '../../util/scan.js';
import { startsUpperCase } from '../../util/letters.js';

// Built once: esbuild writes a `\p{…}` literal as `new RegExp(…)`, which inside a function is made again at each call.
const anyUpper = /\p{Lu}/u;
const orAnotherDayOf = /^[\s\u00a0]{1,3}(?:and|or)[\s\u00a0]{1,3}\p{Lu}\p{Ll}{1,8}day[\s\u00a0]{1,3}\p{Ll}/u;
const nameContinues = /^(?:s(?![\p{L}])|[\s\u00a0]{1,3}\p{Lu}|['’]s|,[\s\u00a0]{1,3}Inc)/u;

/**
 * Relative date expressions, left unresolved: `the same year`, `the
 * subsequent year`, `September of the same year`, `the past February`, `at
 * the time`, `two years later` (relative to the text), and `last year`,
 * `yesterday`, `next Tuesday`, `three days ago` (relative to the document's
 * reference date).
 *
 * Each match carries a `relative` description and an unknown timex
 * (`XXXX`, `XXXX-09`); the relative refiner resolves it once every date of
 * the article is known.
 */
export const relativeParser: DateParser = {
  name: 'date/relative',
  requires: new RegExp(`year|month|week|day|decade|fortnight|time|present|today|yesterday|tomorrow|${MONTH_PATTERN}`, 'i'),
  parse: parseRelative,
};

const S = '[\\s\\u00a0]';
const UNIT = '(year|month|day|decade|week)';
const END = '(?![\\p{L}\\-])';
// A hyphen before the count is part of a longer number (`Twenty-one`), read whole by the word pattern.
const COUNT = `(?<![\\p{N},.\\-])(a|an|${CARDINAL_WORD_PATTERN}|\\d{1,3})`;

/** `the same year`, `that year`, `that same month`. */
const SAME = new RegExp(`(?<![\\p{L}])(?:the${S}{1,3}same|that${S}{1,3}same|that)${S}{1,3}${UNIT}${END}`, 'giu');
/** `the following year`, `the previous month`. */
const NEIGHBOUR = new RegExp(`(?<![\\p{L}])the${S}{1,3}(following|subsequent|next|succeeding|previous|preceding|prior)${S}{1,3}${UNIT}${END}`, 'giu');
/** `September of the same year`, `March the following year`. */
const MONTH_OF_YEAR = new RegExp(
  `(?<![\\p{L}])(${MONTH_PATTERN})${S}{1,3}(?:of${S}{1,3})?(the${S}{1,3}same|that${S}{1,3}same|that|the${S}{1,3}following|the${S}{1,3}next|the${S}{1,3}subsequent|the${S}{1,3}previous|the${S}{1,3}preceding|the${S}{1,3}prior)${S}{1,3}year${END}`,
  'giu',
);
/** `the past February` (text), `this past February`, `last February`, `next Tuesday` (reference). */
const NAMED_NEIGHBOUR = new RegExp(
  `(?<![\\p{L}])(?:(the|this)${S}{1,3}(past|previous|preceding|following|next|coming)|(last|next|this|coming|previous|past))${S}{1,3}(${MONTH_PATTERN}|${WEEKDAY_PATTERN})`,
  'giu',
);
/** A weekday after a preposition: `on Friday`, `by Tuesday` (the one of the reference date's week). */
const WEEKDAY_AFTER_PREPOSITION = new RegExp(`(?<![\\p{L}])(?:(on|by|until|till|since|before|after|from|to|and|or)${S}{1,3})?(${WEEKDAY_PATTERN})(?!${S}{0,2},?${S}{0,2}(?:the${S}{1,3})?\\d)`, 'giu');
/** Words before a weekday that make it habitual or a name's part: `every Sunday`, `the Sunday edition`, `Bloody Sunday`. */
const NOT_A_DAY_BEFORE = new Set([
  'every', 'each', 'the', 'a', 'an', 'on', 'of', 'this', 'last', 'next', 'past', 'coming', 'following', 'previous', 'its', 'his', 'her',
  'their', 'our', 'my', 'your', 'first', 'second', 'third', 'fourth', 'fifth',
]);
/** `at the time`, not `at the time of …`. */
const AT_THE_TIME = new RegExp(`(?<![\\p{L}])at${S}{1,3}the${S}{1,3}time(?![\\p{L}])(?!${S}{1,3}(?:of|when|that|being|in${S}{1,3}which)(?![\\p{L}]))`, 'giu');
/** `two years later`, `a month earlier`, `three days ago`, `two years from now`. */
const COUNTED = new RegExp(
  `(?<![\\p{L}])${COUNT}${S}{1,3}(year|month|day|decade|week|fortnight)s?${S}{1,3}(later|earlier|afterwards|afterward|ago|from${S}{1,3}now|(?:before|after)(?=${S}{0,2}(?:[.,;:)]|$)))`,
  'giu',
);
const comparedAfter = /^\s{1,3}than\b/u;
/** `last year`, `next month`, `this year`. */
const DEICTIC_PERIOD = new RegExp(`(?<![\\p{L}])(last|next|this|past)${S}{1,3}(year|month|week|decade)${END}`, 'giu');
/** `today`, `yesterday`, `tomorrow`, `the day before yesterday`. */
const DEICTIC_DAY = new RegExp(`(?<![\\p{L}])(?:the${S}{1,3}day${S}{1,3}(before${S}{1,3}yesterday|after${S}{1,3}tomorrow)|(today|yesterday|tomorrow))(?![\\p{L}])`, 'giu');
/** `at present`. */
const AT_PRESENT = new RegExp(`(?<![\\p{L}])at${S}{1,3}present(?![\\p{L}])`, 'giu');

// Words each pattern above cannot match without, tested once per sentence
// with the patterns' own flags: most sentences that pass `requires` hold a
// month or a `day` and none of the rest, and a pattern opening with a
// look-behind is tried at every character.
const UNIT_WORD = /year|month|day|decade|week|fortnight/iu;
const CALENDAR_NAME = new RegExp(`${MONTH_PATTERN}|${WEEKDAY_PATTERN}`, 'iu');
const WEEKDAY_NAME = new RegExp(WEEKDAY_PATTERN, 'iu');
// `two years later`, `a month ago`, `three days before.`: the word that says which way a count of units goes.
const DIRECTION_WORD = /later|earlier|ago|from|before|after/iu;
const TIME_WORD = /time/iu;
const DAY_WORD = /today|yesterday|tomorrow/iu;
const PRESENT_WORD = /present/iu;
const noMatches: readonly RegExpExecArray[] = [];

/** Words before `last year` that make it a span of something (`the last year of his reign`). */
const POSSESSIVE_OR_ARTICLE = new Set(['the', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'a', 'an', 'whose']);

function parseRelative(text: string): DateMatch[] {
  const matches: DateMatch[] = [];
  const add = (start: number, length: number, relative: RelativeDate) => {
    matches.push({ start, end: start + length, value: unresolved(relative), parser: relativeParser.name });
  };
  const unitWord = UNIT_WORD.test(text);
  const calendarName = CALENDAR_NAME.test(text);
  for (const found of unitWord ? text.matchAll(SAME) : noMatches) add(found.index, found[0].length, { anchor: 'text', unit: unitOf(found[1]), shift: 0 });
  for (const found of unitWord ? text.matchAll(NEIGHBOUR) : noMatches) {
    const shift = /^(?:following|subsequent|next|succeeding)$/i.test(found[1] as string) ? 1 : -1;
    add(found.index, found[0].length, { anchor: 'text', unit: unitOf(found[2]), shift });
  }
  for (const found of unitWord && calendarName ? text.matchAll(MONTH_OF_YEAR) : noMatches) {
    const month = monthOf(found[1] as string);
    if (month === undefined || !isStandaloneMonthWord(found[1] as string)) continue;
    const which = (found[2] as string).toLowerCase();
    const shift = /following|next|subsequent/.test(which) ? 1 : /previous|preceding|prior/.test(which) ? -1 : 0;
    add(found.index, found[0].length, { anchor: 'text', unit: 'year', shift, month });
  }
  for (const found of calendarName ? text.matchAll(NAMED_NEIGHBOUR) : noMatches) {
    const [whole, article, adjective, deictic, name] = found;
    const word = (adjective ?? deictic ?? '').toLowerCase();
    if (deictic !== undefined && POSSESSIVE_OR_ARTICLE.has(wordBefore(text, found.index))) continue;
    const month = monthOf(name as string);
    const weekday = WEEKDAYS.get((name as string).toLowerCase());
    // After `last`, `next`, `this` a lower-case month is one (`next june`), but `this may` stays a verb.
    if (month !== undefined && !isStandaloneMonthWord(name as string) && (deictic === undefined || /^(?:may|march)$/.test(name as string))) continue;
    const direction = word === 'this' || word === 'coming' ? undefined : /past|previous|preceding|last/.test(word) ? 'past' : 'next';
    add(found.index, whole.length, {
      anchor: article?.toLowerCase() === 'the' ? 'text' : 'reference',
      unit: month !== undefined ? 'year' : 'week',
      shift: 0,
      ...(month !== undefined ? { month } : { weekday }),
      ...(direction ? { direction } : {}),
    });
  }
  for (const found of calendarName && WEEKDAY_NAME.test(text) ? text.matchAll(WEEKDAY_AFTER_PREPOSITION) : noMatches) {
    const name = found[2] as string;
    const start = found.index + found[0].length - name.length;
    if (found[1] === undefined ? !isLoneWeekday(text, start, name) : isPartOfName(text, start + name.length)) continue;
    add(start, name.length, { anchor: 'reference', unit: 'week', shift: 0, weekday: WEEKDAYS.get(name.toLowerCase()) as number });
  }
  for (const found of TIME_WORD.test(text) ? text.matchAll(AT_THE_TIME) : noMatches) add(found.index, found[0].length, { anchor: 'text', shift: 0 });
  for (const found of unitWord && DIRECTION_WORD.test(text) ? text.matchAll(COUNTED) : noMatches) {
    const count = countOf(found[1] as string);
    if (!Number.isFinite(count)) continue;
    // `three months later than planned`, `a year earlier than expected`: a delay against a plan, no date.
    if (comparedAfter.test(text.slice(found.index + found[0].length, found.index + found[0].length + 8))) continue;
    const direction = (found[3] as string).toLowerCase();
    const forward = /later|after|from/.test(direction);
    const anchor = /ago|now/.test(direction) ? 'reference' : 'text';
    // `two weeks later` is fourteen days on, a day; `the following week` is a whole week.
    const written = (found[2] as string).toLowerCase();
    const days = written === 'fortnight' ? 14 : written === 'week' ? 7 : 1;
    const unit = days > 1 ? 'day' : unitOf(written);
    add(found.index, found[0].length, { anchor, unit, shift: (forward ? count : -count) * days });
  }
  for (const found of unitWord ? text.matchAll(DEICTIC_PERIOD) : noMatches) {
    if (POSSESSIVE_OR_ARTICLE.has(wordBefore(text, found.index))) continue;
    const word = (found[1] as string).toLowerCase();
    const shift = word === 'this' ? 0 : word === 'next' ? 1 : -1;
    add(found.index, found[0].length, { anchor: 'reference', unit: unitOf(found[2]), shift });
  }
  for (const found of DAY_WORD.test(text) ? text.matchAll(DEICTIC_DAY) : noMatches) {
    // `Political Ideology Today`, `History Today, Inc.`: a title, not a day.
    const previousWord = trailingWord(text.slice(Math.max(0, found.index - 24), found.index), isLetter, { minSpaces: 1, maxSpaces: 3 });
    if (startsUpperCase(found[0]) && previousWord && anyUpper.test(previousWord.word)) continue;
    const word = (found[1] ?? found[2] ?? '').toLowerCase();
    const shift = word.startsWith('before') ? -2 : word.startsWith('after') ? 2 : word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0;
    add(found.index, found[0].length, { anchor: 'reference', unit: 'day', shift });
  }
  for (const found of PRESENT_WORD.test(text) ? text.matchAll(AT_PRESENT) : noMatches) {
    matches.push({ start: found.index, end: found.index + found[0].length, value: pointValue(presentPoint()), parser: relativeParser.name });
  }
  return matches;
}

/**
 * Whether a weekday with no preposition names a day: written as a name
 * (`Friday`, not `friday` in running text), after no determiner or
 * capitalised word (`every Sunday`, `Bloody Sunday`) and before no
 * capitalised word or plural (`Sunday Times`, `Sundays`).
 */
function isLoneWeekday(text: string, start: number, name: string): boolean {
  if (!startsUpperCase(name)) return false;
  const previous = trailingWord(text.slice(Math.max(0, start - 24), start), isLetter, { minSpaces: 1, maxSpaces: 3 })?.word ?? '';
  if (NOT_A_DAY_BEFORE.has(previous.toLowerCase()) || (startsUpperCase(previous) && !/[.!?][\s\u00a0]{1,3}$/u.test(text.slice(0, start)))) return false;
  return !isPartOfName(text, start + name.length);
}

/** Whether what follows makes the word part of a name or a plural: `Sunday Night at the Palladium`, `Sundays`, `Today, Inc.`. */
function isPartOfName(text: string, end: number): boolean {
  // `Sunday service`, `Saturday and Sunday service`: the weekday describes a noun.
  if (isFollowedByLowerWord(text, end) || orAnotherDayOf.test(text.slice(end, end + 30))) {
    return !/^[\s\u00a0]{1,3}(?:night|morning|afternoon|evening)(?![\p{L}])/u.test(text.slice(end, end + 12));
  }
  return nameContinues.test(text.slice(end, end + 6));
}

/** The value of a relative expression before resolution: what it states, nothing guessed. */
export function unresolved(relative: RelativeDate): DateValue {
  const pad = (value: number) => String(value).padStart(2, '0');
  const timex = relative.weekday !== undefined ? `XXXX-WXX-${relative.weekday}` : relative.unit === 'week' ? 'XXXX-WXX' : relative.month === undefined ? 'XXXX' : relative.day === undefined ? `XXXX-${pad(relative.month)}` : `XXXX-${pad(relative.month)}-${pad(relative.day)}`;
  return { timex, start: null, end: null, granularity: granularityOf(relative), approximate: false, relative };
}

/** The precision a resolved relative expression has. */
export function granularityOf(relative: RelativeDate): Granularity {
  if (relative.day !== undefined || relative.weekday !== undefined) return 'day';
  if (relative.month !== undefined) return 'month';
  switch (relative.unit) {
    case 'day':
    case 'week':
      return 'day';
    case 'month':
      return 'month';
    case 'decade':
      return 'decade';
    default:
      return 'year';
  }
}

function unitOf(written: string | undefined): RelativeDate['unit'] {
  return (written ?? 'year').toLowerCase() as RelativeDate['unit'];
}

function countOf(written: string): number {
  if (/^\d/.test(written)) return Number(written);
  if (/^an?$/i.test(written)) return 1;
  return cardinalValue(written) ?? Number.NaN;
}
