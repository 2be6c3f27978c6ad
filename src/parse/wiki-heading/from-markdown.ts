import type { Heading } from 'mdast';
import type { CompileContext, Extension, Token } from 'mdast-util-from-markdown';
import './types.js';

/**
 * Turns wiki heading tokens into mdast `heading` nodes.
 *
 * The depth is the shorter of the two runs of `=`, as MediaWiki renders
 * `==Title===` at level 2.
 */
export function wikiHeadingFromMarkdown(): Extension {
  return {
    enter: { wikiHeading: enterWikiHeading },
    exit: { wikiHeading: exitWikiHeading, wikiHeadingSequence: exitWikiHeadingSequence },
  };
}

function enterWikiHeading(this: CompileContext, token: Token): undefined {
  const heading: Heading = { type: 'heading', depth: 1, children: [] };
  this.enter(heading, token);
  this.data.wikiHeadingDepth = undefined;
}

function exitWikiHeadingSequence(this: CompileContext, token: Token): undefined {
  const size = this.sliceSerialize(token).length;
  const seen = this.data.wikiHeadingDepth;
  this.data.wikiHeadingDepth = seen === undefined ? size : Math.min(seen, size);
}

function exitWikiHeading(this: CompileContext, token: Token): undefined {
  const heading = this.stack[this.stack.length - 1] as Heading;
  heading.depth = (this.data.wikiHeadingDepth ?? 1) as Heading['depth'];
  this.data.wikiHeadingDepth = undefined;
  this.exit(token);
}

declare module 'mdast-util-from-markdown' {
  interface CompileData {
    /** Depth of the wiki heading being compiled, from its `=` runs. */
    wikiHeadingDepth?: number | undefined;
  }
}
