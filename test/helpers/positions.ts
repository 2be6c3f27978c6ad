import type { Nodes, Root } from 'mdast';
import { expect } from 'vitest';
import { segmentArticle, type Infobox } from '../../src/index.js';

interface PointLike {
  line: number;
  column: number;
  offset?: number | undefined;
}
interface PositionLike {
  start: PointLike;
  end: PointLike;
}

/**
 * Asserts the position invariant: offsets are in range, line and column agree
 * with the offset (computed here independently of the library), and when a
 * quote is given it is exactly the source slice.
 */
export function expectExactPosition(text: string, position: PositionLike, quote?: string): void {
  const start = position.start.offset;
  const end = position.end.offset;
  expect(start, 'start offset').toBeTypeOf('number');
  expect(end, 'end offset').toBeTypeOf('number');
  expect(start as number).toBeGreaterThanOrEqual(0);
  expect(end as number).toBeGreaterThanOrEqual(start as number);
  expect(end as number).toBeLessThanOrEqual(text.length);
  expect(lineColumn(text, start as number), `point of offset ${start}`).toEqual({ line: position.start.line, column: position.start.column });
  expect(lineColumn(text, end as number), `point of offset ${end}`).toEqual({ line: position.end.line, column: position.end.column });
  if (quote !== undefined) expect(text.slice(start, end)).toBe(quote);
}

const lineStartsCache = new WeakMap<object, number[]>();
const keyed = new Map<string, object>();

function lineStarts(text: string): number[] {
  let key = keyed.get(text);
  if (!key) {
    key = {};
    keyed.clear();
    keyed.set(text, key);
  }
  let starts = lineStartsCache.get(key);
  if (!starts) {
    starts = [0];
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index);
      // CR, LF and CRLF each end a line, as in micromark.
      if (code === 10 || (code === 13 && text.charCodeAt(index + 1) !== 10)) starts.push(index + 1);
    }
    lineStartsCache.set(key, starts);
  }
  return starts;
}

/** Line and column of `offset` in `text`, computed independently of the library (CR, LF and CRLF end lines). */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const starts = lineStarts(text);
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] as number) <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - (starts[low] as number) + 1 };
}

/** Every node of a tree, the parsed content of infobox fields included; an explicit stack, since articles nest deep. */
export function* treeNodes(root: Root): Generator<Nodes | Infobox> {
  const stack: Array<Nodes | Infobox> = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    yield node;
    if (node.type === 'infobox') for (const field of node.fields) stack.push(...((field.content ?? []) as Nodes[]));
    if ('children' in node) stack.push(...(node.children as Nodes[]));
  }
}

/**
 * The position invariant over a whole article: every node of its tree (a
 * text node's value is its slice where it is one), each infobox field's key
 * and value, and of its segmentation every sentence, citation marker,
 * section, citation definition and use. Answers how many nodes had a position.
 */
export function expectArticlePositions(text: string, tree: Root): number {
  let count = 0;
  for (const node of treeNodes(tree)) {
    if (!node.position) continue;
    const quote = node.type === 'text' && text.slice(node.position.start.offset, node.position.end.offset) === node.value ? node.value : undefined;
    expectExactPosition(text, node.position, quote);
    if (node.type === 'infobox') {
      for (const field of node.fields) {
        expectExactPosition(text, field.keyPosition, field.key);
        expectExactPosition(text, field.valuePosition, field.value);
      }
    }
    count++;
  }
  const article = segmentArticle(tree);
  for (const sentence of article.sentences) {
    expectExactPosition(text, sentence.position, sentence.text);
    for (const citation of sentence.citations) expectExactPosition(text, citation.position, citation.text);
  }
  for (const section of article.sections) expectExactPosition(text, section.position);
  for (const citation of article.citations) {
    if (citation.definition) expectExactPosition(text, citation.definition.position, citation.definition.text);
    for (const use of citation.uses) expectExactPosition(text, use.position, use.text);
  }
  return count;
}
