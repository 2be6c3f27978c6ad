import type { Parent, PhrasingContent } from 'mdast';

/**
 * A reference: `<ref name="x">…</ref>` defines one (its children are the
 * citation: a `{{cite …}}` template, a link, words), `<ref name="x" />`
 * uses a named one again and has no children.
 */
export interface WikiRef extends Parent {
  type: 'wikiRef';
  /** The `name` attribute, when given. */
  name: string | null;
  /** The `group` attribute (`nb`, `n`, `lower-alpha`), when given. */
  group: string | null;
  /** Written as `<ref … />`: a reuse, with no content. */
  selfClosing: boolean;
  children: PhrasingContent[];
}

declare module 'mdast' {
  interface PhrasingContentMap {
    wikiRef: WikiRef;
  }
  interface RootContentMap {
    wikiRef: WikiRef;
  }
}

/** Token names of the reference construct. */
declare module 'micromark-util-types' {
  interface TokenTypeMap {
    wikiRef: 'wikiRef';
    wikiRefTag: 'wikiRefTag';
    wikiRefAttributes: 'wikiRefAttributes';
    wikiRefTagEnd: 'wikiRefTagEnd';
    wikiRefContent: 'wikiRefContent';
    wikiRefClosingTag: 'wikiRefClosingTag';
  }
}
