import { dateExtractor } from './dates/index.js';
import { eraRefiner } from './dates/resolve-era.js';
import { relativeDateRefiner } from './dates/resolve-relative.js';
import { ageExtractor } from './figures/age.js';
import { moneyExtractor } from './figures/money.js';
import { quantityExtractor } from './figures/quantity.js';
import { rankExtractor } from './figures/rank.js';
import { nameAliasRefiner } from './names/alias-refiner.js';
import { namesExtractor } from './names/extractor.js';
import type { Extractor, Refiner } from './types.js';

/**
 * The extractors, in the order they run on each sentence. Order matters only
 * for ties: when two claims of different kinds cover the same words, the
 * overlap refiner keeps the one from the earlier extractor.
 */
export const extractors: readonly Extractor[] = [
  // Dates: absolute, numeric, periods, years, ranges, and relative expressions left unresolved.
  dateExtractor,
  // Figures. Money and ages come before bare quantities so that they win on
  // the same words (`US$5 million`, `(19)`); the quantity extractor also
  // skips every span these three own.
  // Money: an amount with its ISO 4217 currency (`US$5 million`, `between 1,800 and 2,000 soles`).
  moneyExtractor,
  // Ages: `(23; son of …)`, `the 24-year son`, `aged 45`, with the person named next to them.
  ageExtractor,
  // Ranks: `"number two"`, `third-largest`, `second plenary session`, `Phase 2`.
  rankExtractor,
  // Quantities: a number and what it counts (`eight fronts`, `around 60 to 80 people`, `~300`, `3.5 km`).
  quantityExtractor,
  // Person, organization and place names, typed over the whole article (src/extract/names/).
  namesExtractor,
];

/** The refiners, in the order they run over the article's claims. */
export const refiners: readonly Refiner[] = [
  // Dates: bare years before AD 1000 take the era the article last stated (`in 398` after `360 BC`).
  eraRefiner,
  // Dates: resolve relative expressions and year-less dates against the preceding date or the reference date.
  relativeDateRefiner,
  // Ties alias names to the names they are given for (`X ("Y")`, `X (…, ACR)`), by claim id.
  nameAliasRefiner,
];
