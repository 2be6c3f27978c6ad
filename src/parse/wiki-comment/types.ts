/** Token names of the block comment construct. */
declare module 'micromark-util-types' {
  interface TokenTypeMap {
    wikiComment: 'wikiComment';
    wikiCommentData: 'wikiCommentData';
  }
}

export {};
