import { dateExtractor } from './dates/index.js';
import { eraRefiner } from './dates/resolve-era.js';
import { relativeDateRefiner } from './dates/resolve-relative.js';
import type { Extractor, Refiner } from './types.js';

/**
 * The extractors, in the order they run on each sentence. Order matters only
 * for ties: when two claims of different kinds cover the same words, the
 * overlap refiner keeps the one from the earlier extractor.
 */
export const extractors: readonly Extractor[] = [
  // Dates: absolute, numeric, periods, years, ranges, and relative expressions left unresolved.
  dateExtractor,
];

/** The refiners, in the order they run over the article's claims. */
export const refiners: readonly Refiner[] = [
  // Dates: bare years before AD 1000 take the era the article last stated (`in 398` after `360 BC`).
  eraRefiner,
  // Dates: resolve relative expressions and year-less dates against the preceding date or the reference date.
  relativeDateRefiner,
];
