/** Token names of the bold and italic construct. */
declare module 'micromark-util-types' {
  interface TokenTypeMap {
    wikiQuoteSequence: 'wikiQuoteSequence';
  }
}

export {};
