import type { Heading, Nodes, Root, RootContent } from 'mdast';
import { plainTextOf } from '../plain-text.js';
import type { CitationFields, CitationRegistry } from './registry.js';
import { firstUrl } from './urls.js';

// Headings of the list that numbered markers point into.
const referenceHeadings = new Set(['references', 'notes', 'citations', 'footnotes', 'sources', 'notes and references', 'references and notes']);
// `[12]` in running text.
const numberedMarker = /\[(\d{1,4})\]/g;
const retrieved = /Retrieved (?:on )?([^.]{4,40})\./;
const parenthesizedDate = /\((\d{1,2} [A-Z][a-z]{2,8} \d{4}|[A-Z][a-z]{2,8} \d{1,2}, \d{4}|[A-Z][a-z]{2,8} \d{4}|\d{4})\)/;

/**
 * Collects the citations of Wikipedia text as a reader copies it: `[12]`
 * markers in the prose, tied to the entries of the `References` (or `Notes`,
 * `Citations`, `Sources`) list by number. Only an article that has such a
 * list gets citation records — without one a marker points at nothing the
 * text holds, and the markers stay on their sentences as labels only.
 */
export function collectNumberedCitations(root: Root, text: string, registry: CitationRegistry): void {
  const list = referenceList(root.children, text);
  if (!list) return;
  const stack: Nodes[] = [...root.children].reverse();
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (list.blocks.includes(node as RootContent)) continue;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (node.type === 'text' && start !== undefined && end !== undefined && text.slice(start, end) === node.value) {
      numberedMarker.lastIndex = 0;
      for (let match = numberedMarker.exec(node.value); match; match = numberedMarker.exec(node.value)) {
        const number = String(Number(match[1]));
        registry.label(number, 'numbered', number);
        registry.use(number, 'numbered', start + match.index, start + match.index + match[0].length);
      }
    }
    if ('children' in node) for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as Nodes);
  }
  for (const entry of list.entries) registry.define(entry.number, 'numbered', entry.start, entry.end, entry.fields);
}

interface Entry {
  number: string;
  start: number;
  end: number;
  fields: CitationFields;
}

/** The blocks under the last references heading, and the entries they list. */
function referenceList(children: readonly RootContent[], source: string): { blocks: RootContent[]; entries: Entry[] } | undefined {
  let headingIndex = -1;
  children.forEach((node, index) => {
    if (node.type === 'heading' && referenceHeadings.has(plainTextOf(node.children, source).value.trim().toLowerCase())) headingIndex = index;
  });
  if (headingIndex < 0) return undefined;
  const heading = children[headingIndex] as Heading;
  const blocks: RootContent[] = [];
  for (let index = headingIndex + 1; index < children.length; index++) {
    const node = children[index] as RootContent;
    if (node.type === 'heading' && node.depth <= heading.depth) break;
    blocks.push(node);
  }
  const entries: Entry[] = [];
  let running = 0;
  const text = (node: Nodes) => ('children' in node ? plainTextOf(node.children as never, source).value : '');
  for (const block of blocks) {
    const items: Nodes[] = block.type === 'list' ? block.children : block.type === 'paragraph' ? [block] : [];
    items.forEach((item, index) => {
      const start = item.position?.start.offset;
      const end = item.position?.end.offset;
      if (start === undefined || end === undefined) return;
      const readable = (item.type === 'listItem' ? item.children.map(text).join(' ') : text(item)).replace(/\s+/g, ' ').trim();
      const lead = entryLead(readable);
      const listNumber = block.type === 'list' && block.ordered ? (block.start ?? 1) + index : undefined;
      running = lead.number ?? listNumber ?? running + 1;
      const body = readable.slice(lead.length);
      entries.push({ number: String(running), start, end, fields: fieldsOf(body) });
    });
  }
  return { blocks, entries };
}

/**
 * An entry's own number and backlinks as a reader copies them (`12.`,
 * `[12]`, `^ a b`): the number when written, and how long the lead is.
 */
export function entryLead(text: string): { number: number | undefined; length: number } {
  let at = 0;
  const skipSpaces = () => {
    while (text[at] === ' ') at++;
  };
  const digits = () => {
    const start = at;
    while (at - start < 4 && text.charCodeAt(at) >= 48 && text.charCodeAt(at) <= 57) at++;
    return at > start ? Number(text.slice(start, at)) : undefined;
  };
  skipSpaces();
  let number: number | undefined;
  const start = at;
  if (text[at] === '[') {
    at++;
    number = digits();
    if (number === undefined || text[at] !== ']') at = start;
    else at++;
  } else {
    number = digits();
    if (number === undefined || text[at] !== '.') at = start;
    else at++;
  }
  if (at === start) number = undefined;
  skipSpaces();
  if (text[at] === '^') {
    at++;
    skipSpaces();
    // Backlink letters: `a b c`, single letters each followed by a space.
    while (/[a-z]/.test(text[at] ?? '') && text[at + 1] === ' ') at += 2;
  }
  return { number, length: at };
}

/** The first title in straight or curly double quotes: `"Millbrook line history"`. */
function quotedTitle(body: string): string | null {
  for (const [open, close] of [['"', '"'], ['\u201c', '\u201d']] as const) {
    const start = body.indexOf(open);
    const end = start < 0 ? -1 : body.indexOf(close, start + 1);
    if (end > start + 1 && end - start <= 300) return body.slice(start + 1, end);
  }
  return null;
}

function fieldsOf(body: string): CitationFields {
  return {
    url: firstUrl(body) ?? null,
    title: quotedTitle(body),
    date: parenthesizedDate.exec(body)?.[1] ?? null,
    accessDate: retrieved.exec(body)?.[1]?.trim() ?? null,
    text: body,
  };
}
