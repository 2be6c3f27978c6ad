import type { LexiconModule } from './list.js';

/** Where these words come from. */
export const source = 'The four seasons of the year in English, with the American "fall"; the codes are TIMEX3 season values (ISO-TimeML).';

/** TIMEX3 season codes. */
export type SeasonCode = 'SP' | 'SU' | 'FA' | 'WI';

/** Season words (lower case) → TIMEX3 season code. */
export const SEASONS: ReadonlyMap<string, SeasonCode> = new Map([
  ['spring', 'SP'],
  ['summer', 'SU'],
  ['autumn', 'FA'],
  ['fall', 'FA'],
  ['winter', 'WI'],
]);

/** This module's lists by name, as `src/lexicon/index.ts` gathers them. */
export const lexicon: LexiconModule = { module: 'seasons', source, lists: { seasons: [...SEASONS.keys()] } };
