/** Token names of the wiki list construct. */
declare module 'micromark-util-types' {
  interface TokenTypeMap {
    wikiList: 'wikiList';
    wikiListItem: 'wikiListItem';
    wikiListItemMarker: 'wikiListItemMarker';
    wikiListItemContent: 'wikiListItemContent';
  }
}

export {};
