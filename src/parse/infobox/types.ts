import type { Node } from 'unist';
import type { Position } from 'unist';
import type { Skipped } from '../../util/budget.js';

/** One `- Key: Value` line of an infobox, with the exact places of key and value. */
export interface InfoboxField {
  key: string;
  /** The value exactly as written, oddities (`, , X`, `–present`) included. */
  value: string;
  keyPosition: Position;
  valuePosition: Position;
  position: Position;
}

/** The run of `- Key: Value` lines after a wiki article's title. */
export interface Infobox extends Node {
  type: 'infobox';
  fields: InfoboxField[];
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
    claimcheck?: { format: 'wiki' | 'markdown'; text: string; skipped?: Skipped[] } | undefined;
  }
}
