import { type LexiconModule, words } from './list.js';

/**
 * Units of time a duration is counted in, and the nouns of a state that a
 * count of them measures (`a 14-year reign`, `her nine-year tenure`).
 */

/** Where these words come from. */
export const source =
  'The names of anniversaries and jubilees (Oxford English Dictionary: centenary, bicentenary, sesquicentennial; silver, ruby, golden, diamond, sapphire and platinum jubilees), the calendar units of English (ISO 8601 durations: years, months, weeks, days; a decade and a century as ten and a hundred years), and the nouns of holding an office, a post or a condition over a time that Wikipedia biographies and histories measure with a prenominal count (`a 14-year reign`, `his six-year tenure`, `the 18-month siege`).';

/** A unit of time → its mean length in days. */
export const DURATION_UNITS: ReadonlyMap<string, number> = new Map([
  ['day', 1],
  ['week', 7],
  ['month', 365.25 / 12],
  ['year', 365.25],
  ['decade', 3652.5],
  ['century', 36525],
]);

/**
 * Nouns of a state that lasts from a start to an end, beside the registry's
 * nouns of offices, marriages, memberships and wars (`rules/duration-conflict`
 * asks both): a count of units before one (`a 14-year career`) measures the
 * span the clause dates.
 */
export const SPAN_NOUNS: readonly string[] = words('career exile captivity absence hiatus existence incumbency');

const spanNouns: ReadonlySet<string> = new Set(SPAN_NOUNS);

/** Whether a noun names a lasting state by itself (`career`, `exile`). */
export function isSpanNoun(word: string): boolean {
  return spanNouns.has(word.toLowerCase());
}

/**
 * Nouns of a year's return to an event, with the years they count:
 * `centenary` 100, `bicentennial` 200; `anniversary` and `jubilee` take
 * their count from an ordinal (`50th anniversary`) or a jubilee's adjective.
 */
export const ANNIVERSARY_NOUNS: ReadonlyMap<string, number | null> = new Map([
  ['anniversary', null],
  ['jubilee', null],
  ['centenary', 100],
  ['centennial', 100],
  ['sesquicentenary', 150],
  ['sesquicentennial', 150],
  ['bicentenary', 200],
  ['bicentennial', 200],
  ['tercentenary', 300],
  ['tercentennial', 300],
  ['tricentennial', 300],
  ['quatercentenary', 400],
]);

/** The years a jubilee's adjective counts: `silver jubilee` 25, `golden jubilee` 50. */
export const JUBILEE_YEARS: ReadonlyMap<string, number> = new Map([
  ['silver', 25],
  ['ruby', 40],
  ['golden', 50],
  ['diamond', 60],
  ['sapphire', 65],
  ['platinum', 70],
]);

/** This module's lists by name, as `src/lexicon/index.ts` gathers them. */
export const lexicon: LexiconModule = { module: 'durations', source, lists: { units: [...DURATION_UNITS.keys()], spanNouns: SPAN_NOUNS, anniversaryNouns: [...ANNIVERSARY_NOUNS.keys()], jubileeAdjectives: [...JUBILEE_YEARS.keys()] } };
