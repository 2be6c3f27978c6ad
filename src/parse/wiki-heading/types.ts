/**
 * Token names of the wiki heading construct (`== Section ==`).
 *
 * Declared on micromark's token map so that `effects.enter('wikiHeading')`
 * type-checks like the core token names do.
 */
declare module 'micromark-util-types' {
  interface TokenTypeMap {
    wikiHeading: 'wikiHeading';
    wikiHeadingSequence: 'wikiHeadingSequence';
    wikiHeadingText: 'wikiHeadingText';
    wikiHeadingData: 'wikiHeadingData';
  }
}

export {};
