import type { PhrasingContent } from 'mdast';
import type { Node, Position } from 'unist';
import type { ArticleFormat } from '../../schema/segment.js';
import type { Skipped } from '../../util/budget.js';

/** One `- Key: Value` line of an infobox, with the exact places of key and value. */
export interface InfoboxField {
  key: string;
  /** The value exactly as written, oddities (`, , X`, `–present`) included. */
  value: string;
  keyPosition: Position;
  valuePosition: Position;
  position: Position;
  /** In wikitext: the value parsed as inline wikitext, whose readable text leaves markup out. */
  content?: PhrasingContent[];
}

/** The run of `- Key: Value` lines after a wiki article's title, or a wikitext `{{Infobox …}}`. */
export interface Infobox extends Node {
  type: 'infobox';
  fields: InfoboxField[];
  /** In wikitext: the template's name (`Infobox person`). */
  name?: string;
}

declare module 'mdast' {
  interface RootContentMap {
    infobox: Infobox;
  }
  interface BlockContentMap {
    infobox: Infobox;
  }
  interface RootData {
    /**
     * What claimcheck's parser knew about the source of this tree, and what
     * it read differently to stay within its limits (src/parse/nesting.ts).
     */
    claimcheck?: { format: ArticleFormat; text: string; skipped?: Skipped[] } | undefined;
  }
}
