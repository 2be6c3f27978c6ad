import type { Link } from 'mdast';
import type { CompileContext, Extension, Token } from 'mdast-util-from-markdown';

/**
 * Turns external link tokens into mdast `link` nodes: the URL as written,
 * the label as children (none for a bare `[url]`, which MediaWiki shows as a
 * number).
 */
export function wikiExternalLinkFromMarkdown(): Extension {
  return {
    enter: { wikiExternalLink: enterLink },
    exit: { wikiExternalLinkUrl: exitUrl, wikiExternalLink: exitLink },
  };
}

function enterLink(this: CompileContext, token: Token): undefined {
  const link: Link = { type: 'link', url: '', title: null, children: [] };
  this.enter(link, token);
}

function exitUrl(this: CompileContext, token: Token): undefined {
  (this.stack[this.stack.length - 1] as Link).url = this.sliceSerialize(token);
}

function exitLink(this: CompileContext, token: Token): undefined {
  this.exit(token);
}
