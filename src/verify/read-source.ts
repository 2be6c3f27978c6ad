import type { Element, Nodes as HastNodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toSourceOffset, type PlainText } from '../segment/index.js';
import { createLocator, type SourceLocator } from '../util/location.js';

/** A cited source as the caller gives it: its text or HTML, and where it came from. */
export interface SourceDocument {
  /** The source's content exactly as fetched or read. */
  content: string;
  /** `html` is read as a page (tags, scripts and navigation left out); `text` as it is. Detected when absent. */
  type?: 'html' | 'text' | undefined;
  /** Where it came from, for reports: a URL or a file path. */
  uri?: string | undefined;
}

/** A source made readable: the text a reader sees, each character mapped back to the content as given. */
export interface ReadableSource {
  uri: string;
  content: string;
  readable: PlainText;
  locator: SourceLocator;
  /** The source's offsets of `[start, end)` in the readable text. */
  toSource(start: number, end: number): [number, number];
}

// Elements whose content a reader of the page does not see as the article.
const hidden = new Set(['head', 'script', 'style', 'noscript', 'template', 'nav', 'svg', 'iframe', 'button', 'select', 'form', 'object', 'canvas', 'audio', 'video', 'map']);
// Elements that start a block of their own: their text never runs into the next one's.
const blocks = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'td', 'th', 'title', 'tr', 'ul',
]);
// Whether content looks like a page rather than plain text.
const looksLikeHtml = /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<(?:p|div|article|main|h1|section)[\s>])/i;

/**
 * Reads a cited source as text with the way back to its content: HTML is
 * parsed with hast-util-from-html (parse5, as rehype-parse does; positions
 * kept), its visible text nodes
 * are taken in document order with whitespace collapsed, and each block
 * element ends a paragraph — the `innerText` reading of hast-util-to-text,
 * which answers a string only, done here with every character's offset.
 * Plain text is read as it is.
 */
export function readSource(document: SourceDocument): ReadableSource {
  const { content } = document;
  const isHtml = document.type === 'html' || (document.type === undefined && looksLikeHtml.test(content));
  const readable = isHtml ? readHtml(content) : { value: content, runs: content.length > 0 ? ([[0, 0]] as Array<[number, number]>) : [], citations: [], links: [] };
  return {
    uri: document.uri ?? '<source>',
    content,
    readable,
    locator: createLocator(content),
    toSource: (start, end) => [toSourceOffset(readable, start), Math.max(toSourceOffset(readable, start), toSourceOffset(readable, end, true))],
  };
}

function readHtml(content: string): PlainText {
  const tree = fromHtml(content);
  const plain: PlainText = { value: '', runs: [], citations: [], links: [] };
  // An explicit stack of nodes, and of block ends to mark once a block's children are read.
  const stack: Array<HastNodes | { blockEnd: number }> = [tree];
  let pendingBreak = false;
  for (let next = stack.pop(); next; next = stack.pop()) {
    if ('blockEnd' in next) {
      pendingBreak = true;
      continue;
    }
    const node = next;
    if (node.type === 'element') {
      const element = node as Element;
      if (hidden.has(element.tagName) || element.properties?.hidden !== undefined) continue;
      if (element.tagName === 'br') {
        pendingBreak = true;
        continue;
      }
      if (blocks.has(element.tagName)) {
        pendingBreak = true;
        stack.push({ blockEnd: element.position?.end.offset ?? 0 });
      }
    }
    if (node.type === 'text') {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined) continue;
      if (pendingBreak && /\S/.test(node.value) && plain.value.length > 0) {
        append(plain, '\n', start);
        append(plain, '\n', start);
      }
      if (/\S/.test(node.value)) pendingBreak = false;
      appendCollapsed(plain, node.value, content.slice(start, end), start);
      continue;
    }
    if ('children' in node) for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as HastNodes);
  }
  return plain;
}

/**
 * Appends a text node's decoded value, whitespace runs collapsed to one
 * space, each character mapped to where it is written in `slice` (an entity
 * such as `&amp;` maps its character to the entity's first code unit).
 */
function appendCollapsed(plain: PlainText, value: string, slice: string, sourceStart: number): void {
  let cursor = 0;
  let lastWasSpace = plain.value.length === 0 || /\s$/.test(plain.value);
  for (const char of value) {
    const isSpace = /\s/.test(char);
    const found = slice.startsWith(char, cursor) ? cursor : isSpace ? nextSpace(slice, cursor) : slice.indexOf(char, cursor);
    const at = found >= 0 && found - cursor <= 16 ? found : cursor;
    if (isSpace) {
      if (!lastWasSpace) append(plain, ' ', sourceStart + Math.min(at, slice.length - 1));
      lastWasSpace = true;
    } else {
      append(plain, char, sourceStart + Math.min(at, Math.max(0, slice.length - 1)));
      lastWasSpace = false;
    }
    if (found >= 0 && found - cursor <= 16) cursor = found + char.length;
  }
}

function nextSpace(slice: string, from: number): number {
  for (let index = from; index < slice.length; index++) if (/\s/.test(slice[index] as string)) return index;
  return -1;
}

function append(plain: PlainText, value: string, sourceStart: number): void {
  const previous = plain.runs[plain.runs.length - 1];
  const contiguous = previous && previous[1] + (plain.value.length - previous[0]) === sourceStart;
  if (!contiguous) plain.runs.push([plain.value.length, sourceStart]);
  plain.value += value;
}
