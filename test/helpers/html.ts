import { expect } from 'vitest';

/** What the markup of an annotated article says: its text, and the text inside each element by one attribute's value. */
export interface MarkedText {
  text: string;
  /** `attribute=value` → the text inside every element carrying it, pieces joined. */
  inside: Map<string, string>;
}

const voidElements = new Set(['br', 'hr', 'img', 'input', 'meta']);
const entities: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&amp;': '&' };

/**
 * Reads the HTML the article renderer makes (only tags, attributes in double
 * quotes, escaped text) and asserts its tags are balanced: every close
 * matches the open element, and nothing is left open. Enough for our own
 * markup, and it keeps a real HTML parser out of the dependencies.
 */
export function readMarkedText(html: string, attributes: readonly string[]): MarkedText {
  const tokens = [...html.matchAll(/<(\/?)([a-z][a-z0-9]*)([^<>]*)>|[^<]+/g)];
  expect(tokens.map((token) => token[0]).join(''), 'every character is a tag or text').toBe(html);
  const stack: Array<{ tag: string; keys: string[] }> = [];
  const inside = new Map<string, string>();
  let text = '';
  for (const [whole, closing, tag, rest] of tokens) {
    if (tag === undefined) {
      const piece = whole.replace(/&(?:lt|gt|quot|#39|amp);/g, (entity) => entities[entity]!);
      text += piece;
      for (const element of stack) for (const key of element.keys) inside.set(key, (inside.get(key) ?? '') + piece);
    } else if (closing) {
      expect(stack.pop()?.tag, `close of </${tag}>`).toBe(tag);
    } else if (voidElements.has(tag)) {
      continue;
    } else {
      const keys = [...rest!.matchAll(/ ([a-z-]+)="([^"]*)"/g)].filter((match) => attributes.includes(match[1]!)).map((match) => `${match[1]}=${match[2]}`);
      for (const key of keys) if (!inside.has(key)) inside.set(key, '');
      stack.push({ tag, keys });
    }
  }
  expect(stack.map((element) => element.tag), 'elements left open').toEqual([]);
  return { text, inside };
}

/** The rendered article of each file section of a page, in order (between its `<div class="article"…>` and `</div><!--/article-->`). */
export function articlesOf(page: string): string[] {
  return [...page.matchAll(/<div class="article" [^>]*>\n([^]*?)<\/div><!--\/article-->/g)].map((match) => match[1]!);
}

/** Whether `inside` is `whole` with some characters left out (the markup a reader does not see). */
export function isSubsequence(inside: string, whole: string): boolean {
  let at = 0;
  for (const character of inside) {
    at = whole.indexOf(character, at);
    if (at < 0) return false;
    at += character.length;
  }
  return true;
}

/** A citation verdict's badge as the page writes it (a sign, the label, the verdict, and its hidden detail), to find it or take it out. */
export const verdictBadge = /<span class="verdict verdict-[a-z-]+"[^>]*>[^<]*<span class="verdict-detail" role="tooltip">(?:<q>[^<]*<\/q>)?<span class="verdict-reason">[^<]*<\/span><\/span><\/span>/g;
