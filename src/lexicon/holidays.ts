import type { LexiconModule } from './list.js';

/** Holidays that fix a date: by month and day, or by their distance from Easter Sunday. */

/** Where these words come from. */
export const source =
  'Public and widely kept holidays of the English-speaking world and of Europe whose date is fixed or follows from Easter (UK Banking and Financial Dealings Act 1971 schedule, US federal holidays, the Gregorian computus), as encyclopedic history articles name them.';

/** Holiday names (lower case, `'` for the apostrophe) → month and day. */
export const FIXED_HOLIDAYS: ReadonlyMap<string, readonly [number, number]> = new Map([
  ['christmas eve', [12, 24]],
  ['christmas day', [12, 25]],
  ['christmas', [12, 25]],
  ['boxing day', [12, 26]],
  ["new year's eve", [12, 31]],
  ["new year's day", [1, 1]],
  ['halloween', [10, 31]],
  ["valentine's day", [2, 14]],
  ["st. patrick's day", [3, 17]],
  ["saint patrick's day", [3, 17]],
  ['bastille day', [7, 14]],
]);

/** Moveable feasts (lower case) → days after Easter Sunday. */
export const EASTER_HOLIDAYS: ReadonlyMap<string, number> = new Map([
  ['easter', 0],
  ['easter sunday', 0],
  ['easter monday', 1],
  ['good friday', -2],
]);

/** This module's lists by name, as `src/lexicon/index.ts` gathers them. */
export const lexicon: LexiconModule = {
  module: 'holidays',
  source,
  lists: { fixed: [...FIXED_HOLIDAYS.keys()], easter: [...EASTER_HOLIDAYS.keys()] },
};
