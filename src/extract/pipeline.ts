import type { Extractor, Refiner } from './types.js';

/**
 * The extractors, in the order they run on each sentence. Order matters only
 * for ties: when two claims of different kinds cover the same words, the
 * overlap refiner keeps the one from the earlier extractor.
 */
export const extractors: readonly Extractor[] = [];

/** The refiners, in the order they run over the article's claims. */
export const refiners: readonly Refiner[] = [];
