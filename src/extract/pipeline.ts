import { nameAliasRefiner } from './names/alias-refiner.js';
import { namesExtractor } from './names/extractor.js';
import type { Extractor, Refiner } from './types.js';

/**
 * The extractors, in the order they run on each sentence. Order matters only
 * for ties: when two claims of different kinds cover the same words, the
 * overlap refiner keeps the one from the earlier extractor.
 */
export const extractors: readonly Extractor[] = [
  // Person, organization and place names, typed over the whole article (src/extract/names/).
  namesExtractor,
];

/** The refiners, in the order they run over the article's claims. */
export const refiners: readonly Refiner[] = [
  // Ties alias names to the names they are given for (`X ("Y")`, `X (…, ACR)`), by claim id.
  nameAliasRefiner,
];
