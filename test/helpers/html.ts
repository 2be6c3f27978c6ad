import { expect } from 'vitest';

/** What the markup of an annotated article says: its text, and the text inside each element by one attribute's value. */
export interface MarkedText {
  text: string;
  /** `attribute=value` → the text inside every element carrying it, pieces joined. */
  inside: Map<string, string>;
}

const entities: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&amp;': '&' };

/**
 * Reads the HTML the article renderer makes (only tags, attributes in double
 * quotes, escaped text) and asserts its tags are balanced: every close
 * matches the open element, and nothing is left open. Enough for our own
 * markup, and it keeps a real HTML parser out of the dependencies.
 */
export function readMarkedText(html: string, attributes: readonly string[]): MarkedText {
  const tokens = [...html.matchAll(/<(\/?)([a-z]+)([^<>]*)>|[^<]+/g)];
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
    } else {
      const keys = [...rest!.matchAll(/ ([a-z-]+)="([^"]*)"/g)].filter((match) => attributes.includes(match[1]!)).map((match) => `${match[1]}=${match[2]}`);
      for (const key of keys) if (!inside.has(key)) inside.set(key, '');
      stack.push({ tag, keys });
    }
  }
  expect(stack.map((element) => element.tag), 'elements left open').toEqual([]);
  return { text, inside };
}

/** The marked-up text of each `<pre class="article">` of a page, in order. */
export function articlesOf(page: string): string[] {
  return [...page.matchAll(/<pre class="article">\n([^]*?)<\/pre>/g)].map((match) => match[1]!);
}
