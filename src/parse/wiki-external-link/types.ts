/** Token names of the external link construct. */
declare module 'micromark-util-types' {
  interface TokenTypeMap {
    wikiExternalLink: 'wikiExternalLink';
    wikiExternalLinkMarker: 'wikiExternalLinkMarker';
    wikiExternalLinkUrl: 'wikiExternalLinkUrl';
    wikiExternalLinkLabel: 'wikiExternalLinkLabel';
  }
}

export {};
