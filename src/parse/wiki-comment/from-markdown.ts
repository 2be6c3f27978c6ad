import type { Html } from 'mdast';
import type { CompileContext, Extension, Token } from 'mdast-util-from-markdown';

/** Turns a block comment into an mdast `html` node, as CommonMark's HTML blocks are. */
export function wikiCommentFromMarkdown(): Extension {
  return { enter: { wikiComment: enterComment }, exit: { wikiComment: exitComment } };
}

function enterComment(this: CompileContext, token: Token): undefined {
  const html: Html = { type: 'html', value: '' };
  this.enter(html, token);
}

function exitComment(this: CompileContext, token: Token): undefined {
  (this.stack[this.stack.length - 1] as Html).value = this.sliceSerialize(token);
  this.exit(token);
}
