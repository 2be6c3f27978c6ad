import type { Parent, PhrasingContent } from 'mdast';

/**
 * A link the reader does not see as text: a file or image embedded in the
 * page (`[[File:x.jpg|thumb|caption]]`), or a category (`[[Category:…]]`).
 * Its children are the caption, which is not article prose.
 */
export interface WikiEmbed extends Parent {
  type: 'wikiEmbed';
  /** The target as written: `File:Bodmin.jpg`, `Category:Towns in Cornwall`. */
  target: string;
  children: PhrasingContent[];
}

declare module 'mdast' {
  interface PhrasingContentMap {
    wikiEmbed: WikiEmbed;
  }
  interface RootContentMap {
    wikiEmbed: WikiEmbed;
  }
}

/** Token names of the internal link construct. */
declare module 'micromark-util-types' {
  interface TokenTypeMap {
    wikiLink: 'wikiLink';
    wikiLinkMarker: 'wikiLinkMarker';
    wikiLinkTarget: 'wikiLinkTarget';
    wikiLinkPipe: 'wikiLinkPipe';
    wikiLinkLabel: 'wikiLinkLabel';
  }
}
