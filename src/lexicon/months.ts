import { type LexiconModule, words } from './list.js';

/**
 * Month names and their abbreviations, written as a name is (capitalised);
 * readers compare in lower case where the text may be.
 */

/** Where these words come from. */
export const source =
  'The twelve English month names; abbreviations are the three-letter forms of the Wikipedia Manual of Style (MOS:DATE, "Jan", "Feb", …) and the longer forms it and the Chicago Manual of Style allow or encyclopedic sources use: "Sept", "Febr".';

/** The month names, January first: a name's month number is its index plus one. */
export const MONTH_NAMES: readonly string[] = words(`
  January February March April May June July August September October November December
`);

/** Abbreviations (without their full stop) → month number. `May` has none. */
export const MONTH_ABBREVIATIONS: ReadonlyMap<string, number> = new Map([
  ['Jan', 1],
  ['Feb', 2],
  ['Febr', 2],
  ['Mar', 3],
  ['Apr', 4],
  ['Jun', 6],
  ['Jul', 7],
  ['Aug', 8],
  ['Sep', 9],
  ['Sept', 9],
  ['Oct', 10],
  ['Nov', 11],
  ['Dec', 12],
]);

/** Full month names that are also ordinary English words, read as months only beside a number or capitalised. */
export const MONTH_NAMES_ALSO_WORDS: readonly string[] = words('May March August');

/** This module's lists by name, as `src/lexicon/index.ts` gathers them. */
export const lexicon: LexiconModule = {
  module: 'months',
  source,
  lists: { names: MONTH_NAMES, abbreviations: [...MONTH_ABBREVIATIONS.keys()] },
};
