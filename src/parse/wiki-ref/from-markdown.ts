import type { CompileContext, Extension, Token } from 'mdast-util-from-markdown';
import type { WikiRef } from './types.js';

/** Turns reference tokens into `wikiRef` nodes with their `name` and `group` attributes. */
export function wikiRefFromMarkdown(): Extension {
  return {
    canContainEols: ['wikiRef'],
    enter: { wikiRef: enterRef },
    exit: { wikiRefAttributes: exitAttributes, wikiRefContent: exitContent, wikiRef: exitRef },
  };
}

function enterRef(this: CompileContext, token: Token): undefined {
  const ref: WikiRef = { type: 'wikiRef', name: null, group: null, selfClosing: true, children: [] };
  this.enter(ref, token);
}

function exitAttributes(this: CompileContext, token: Token): undefined {
  const ref = this.stack[this.stack.length - 1] as WikiRef;
  const attributes = readAttributes(this.sliceSerialize(token));
  ref.name = attributes.get('name') ?? null;
  ref.group = attributes.get('group') ?? null;
}

function exitContent(this: CompileContext): undefined {
  (this.stack[this.stack.length - 1] as WikiRef).selfClosing = false;
}

function exitRef(this: CompileContext, token: Token): undefined {
  const ref = this.stack[this.stack.length - 1] as WikiRef;
  // `<ref></ref>` has no content token but is not a reuse either.
  if (ref.selfClosing && !this.sliceSerialize(token).trimEnd().endsWith('/>')) ref.selfClosing = false;
  this.exit(token);
}

/**
 * Reads `name="Van Buren" group=nb` into a map: values in double or single
 * quotes or bare up to the next space, names lower-cased. Empty values are
 * left out.
 */
export function readAttributes(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  let index = 0;
  const skipSpace = () => {
    while (index < source.length && /\s/.test(source[index] as string)) index++;
  };
  while (index < source.length) {
    skipSpace();
    const nameStart = index;
    while (index < source.length && source[index] !== '=' && !/\s/.test(source[index] as string) && source[index] !== '/') index++;
    const name = source.slice(nameStart, index).toLowerCase();
    skipSpace();
    if (source[index] !== '=') {
      index = Math.max(index, nameStart + 1);
      continue;
    }
    index++;
    skipSpace();
    const quote = source[index];
    let value: string;
    if (quote === '"' || quote === "'") {
      const close = source.indexOf(quote, index + 1);
      const end = close < 0 ? source.length : close;
      value = source.slice(index + 1, end);
      index = end + 1;
    } else {
      const valueStart = index;
      while (index < source.length && !/\s/.test(source[index] as string)) index++;
      value = source.slice(valueStart, index);
    }
    const trimmed = value.trim();
    if (name && trimmed) attributes.set(name, trimmed);
  }
  return attributes;
}
