import { type LexiconModule, words } from './list.js';

/** Where these words come from. */
export const source = 'The era marks of the Gregorian and proleptic Gregorian calendar as English text writes them, with and without full stops (Wikipedia Manual of Style, MOS:ERA).';

/** Marks of years before year one: `31 BC`, `300 BCE`. */
export const BEFORE_ERA_MARKS: readonly string[] = words('BC BCE B.C. B.C.E.');

/** Marks of years of the common era: `AD 711`, `1200 CE`. */
export const COMMON_ERA_MARKS: readonly string[] = words('AD CE A.D. C.E.');

/** This module's lists by name, as `src/lexicon/index.ts` gathers them. */
export const lexicon: LexiconModule = { module: 'eras', source, lists: { before: BEFORE_ERA_MARKS, common: COMMON_ERA_MARKS } };
