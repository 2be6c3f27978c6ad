/**
 * The token a lookahead wraps what it reads in (`effects.check` reverts it):
 * micromark only lets a tokenizer consume inside an open token.
 */
declare module 'micromark-util-types' {
  interface TokenTypeMap {
    wikiLookahead: 'wikiLookahead';
  }
}

export {};
