import { type LexiconModule, words } from './list.js';

/** Where these words come from. */
export const source = 'The seven English weekday names, Monday first (ISO 8601 numbering), and the abbreviations newspapers and date headers use (AP style "Tues", "Thurs"; the three-letter forms of RFC 5322 dates).';

/** The weekday names, Monday first: a name's ISO weekday is its index plus one. */
export const WEEKDAY_NAMES: readonly string[] = words('Monday Tuesday Wednesday Thursday Friday Saturday Sunday');

/** Abbreviations (without their full stop) → ISO weekday. Most are other words too (`Sun`, `Wed`), so they are read only before a written date. */
export const WEEKDAY_ABBREVIATIONS: ReadonlyMap<string, number> = new Map([
  ['Mon', 1],
  ['Tue', 2],
  ['Tues', 2],
  ['Wed', 3],
  ['Thu', 4],
  ['Thur', 4],
  ['Thurs', 4],
  ['Fri', 5],
  ['Sat', 6],
  ['Sun', 7],
]);

/** This module's lists by name, as `src/lexicon/index.ts` gathers them. */
export const lexicon: LexiconModule = {
  module: 'weekdays',
  source,
  lists: { names: WEEKDAY_NAMES, abbreviations: [...WEEKDAY_ABBREVIATIONS.keys()] },
};
