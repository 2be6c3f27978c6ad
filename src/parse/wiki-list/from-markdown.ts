import type { List, ListItem, Paragraph } from 'mdast';
import type { CompileContext, Extension, Token } from 'mdast-util-from-markdown';

/**
 * Turns wiki list tokens into an mdast `list` of `listItem`s, each holding
 * one `paragraph` with the item's content, as CommonMark lists are.
 */
export function wikiListFromMarkdown(): Extension {
  return {
    enter: { wikiList: enterList, wikiListItem: enterItem, wikiListItemContent: enterContent },
    exit: { wikiList: exitNode, wikiListItem: exitNode, wikiListItemContent: exitNode, wikiListItemMarker: exitMarker },
  };
}

function enterList(this: CompileContext, token: Token): undefined {
  const list: List = { type: 'list', ordered: false, start: null, spread: false, children: [] };
  this.enter(list, token);
}

function enterItem(this: CompileContext, token: Token): undefined {
  const item: ListItem = { type: 'listItem', spread: false, checked: null, children: [] };
  this.enter(item, token);
}

function exitMarker(this: CompileContext, token: Token): undefined {
  const list = this.stack[this.stack.length - 2] as List;
  if (list.children.length === 1) list.ordered = this.sliceSerialize(token).endsWith('#');
}

function enterContent(this: CompileContext, token: Token): undefined {
  const paragraph: Paragraph = { type: 'paragraph', children: [] };
  this.enter(paragraph, token);
}

function exitNode(this: CompileContext, token: Token): undefined {
  this.exit(token);
}
