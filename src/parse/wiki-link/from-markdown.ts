import type { Link, Parent, Text } from 'mdast';
import type { CompileContext, Extension, Token } from 'mdast-util-from-markdown';
import { CATEGORY_NAMESPACES, FILE_NAMESPACES } from '../../lexicon/namespaces.js';
import type { WikiEmbed } from './types.js';

// Namespaces whose links the reader does not see as text, in the languages of
// the wikis articles come from (`[[Datei:x.jpg|mini|…]]` is a German page's
// image: its `mini|` is no text). A leading `:` (`[[:Category:X]]`) makes a
// visible link instead.
const hiddenNamespaces: ReadonlySet<string> = new Set([...FILE_NAMESPACES, ...CATEGORY_NAMESPACES]);

/**
 * Turns internal link tokens into mdast `link` nodes whose children are what
 * the reader sees: the label, or a text node for the target (with the
 * target's own position) when there is no label. Files, images and
 * categories become `wikiEmbed` nodes instead.
 */
export function wikiLinkFromMarkdown(): Extension {
  const targets = new WeakMap<Link, Text>();
  return {
    canContainEols: ['link', 'wikiEmbed'],
    enter: { wikiLink: enterLink },
    exit: { wikiLinkTarget: exitTarget, wikiLinkLabel: exitLabel, wikiLink: exitLink },
  };

  function enterLink(this: CompileContext, token: Token): undefined {
    const link: Link = { type: 'link', url: '', title: null, children: [] };
    this.enter(link, token);
  }

  function exitTarget(this: CompileContext, token: Token): undefined {
    const link = this.stack[this.stack.length - 1] as Link;
    const value = this.sliceSerialize(token);
    link.url = value.trim();
    targets.set(link, { type: 'text', value, position: { start: pointOf(token.start), end: pointOf(token.end) } });
  }

  function exitLabel(this: CompileContext): undefined {
    targets.delete(this.stack[this.stack.length - 1] as Link);
  }

  function exitLink(this: CompileContext, token: Token): undefined {
    const link = this.stack[this.stack.length - 1] as Link;
    const shown = targets.get(link);
    if (shown && link.children.length === 0) link.children.push(shown);
    this.exit(token);
    if (!isHidden(link.url)) return;
    const parent = this.stack[this.stack.length - 1] as Parent;
    const embed: WikiEmbed = { type: 'wikiEmbed', target: link.url, children: link.children, ...(link.position ? { position: link.position } : {}) };
    parent.children[parent.children.length - 1] = embed;
  }
}

function isHidden(target: string): boolean {
  const colon = target.indexOf(':');
  return colon > 0 && hiddenNamespaces.has(target.slice(0, colon).trim().toLowerCase());
}

function pointOf(point: Token['start']) {
  return { line: point.line, column: point.column, offset: point.offset };
}
