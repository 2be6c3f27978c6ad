import type { Definition, FootnoteDefinition, Link, Nodes, Root, Text } from 'mdast';
import { plainTextOf } from '../plain-text.js';
import type { CitationRegistry } from './registry.js';
import { firstUrl, isWebUrl } from './urls.js';

// `[^label]` left as text: a footnote call whose definition is missing (GFM
// reads a call only when its label is defined).
const undefinedFootnote = /\[\^([^\s[\]^]{1,100})\]/g;

/**
 * Collects the citations of a Markdown article: GFM footnotes (`[^1]` and
 * its definition; a call with no definition too), links to the web in the
 * prose (inline, by reference, and bare URLs), each under its URL or its
 * reference label. Links inside a footnote definition are that footnote's
 * source, not citations of their own.
 */
export function collectMarkdownCitations(root: Root, text: string, registry: CitationRegistry): void {
  const definitions = new Map<string, Definition>();
  for (const node of root.children) if (node.type === 'definition') definitions.set(node.identifier, node);
  for (const node of root.children) if (node.type === 'footnoteDefinition') defineFootnote(node, text, registry);
  const stack: Nodes[] = [...root.children].reverse();
  for (let node = stack.pop(); node; node = stack.pop()) {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (node.type === 'footnoteDefinition' || node.type === 'code' || node.type === 'inlineCode') continue;
    if (start !== undefined && end !== undefined) {
      if (node.type === 'footnoteReference') {
        registry.label(node.identifier, 'footnote', node.label ?? node.identifier);
        registry.use(node.identifier, 'footnote', start, end);
        continue;
      }
      if (node.type === 'link' && isWebUrl(node.url)) {
        useLink(node, start, end, text, registry);
        continue;
      }
      if (node.type === 'linkReference') {
        const definition = definitions.get(node.identifier);
        if (definition && isWebUrl(definition.url)) {
          const definedAt = definition.position;
          const key = `[${node.identifier}]`;
          if (definedAt) registry.define(key, 'link', definedAt.start.offset ?? 0, definedAt.end.offset ?? 0, { url: definition.url, title: definition.title ?? (plainTextOf(node.children, text).value.trim() || null), text: plainTextOf(node.children, text).value.trim() });
          registry.label(key, 'link', plainTextOf(node.children, text).value.trim() || (node.label ?? node.identifier));
          registry.use(key, 'link', start, end);
          continue;
        }
      }
      if (node.type === 'text') useUndefinedFootnotes(node, start, text, registry);
    }
    if ('children' in node) for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as Nodes);
  }
}

function defineFootnote(node: FootnoteDefinition, text: string, registry: CitationRegistry): void {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return;
  const readable = node.children
    .map((child) => ('children' in child ? plainTextOf(child.children as never, text).value : ''))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  const link = firstLink(node);
  registry.define(node.identifier, 'footnote', start, end, {
    url: link?.url ?? firstUrl(readable) ?? null,
    title: link ? plainTextOf(link.children, text).value.trim() || null : null,
    text: readable,
  });
  registry.label(node.identifier, 'footnote', node.label ?? node.identifier);
}

function useLink(link: Link, start: number, end: number, text: string, registry: CitationRegistry): void {
  const shown = plainTextOf(link.children, text).value.trim();
  // GFM's autolink literals and `<https://…>` show the URL itself.
  const bare = shown === link.url || `http://${shown}` === link.url || `mailto:${shown}` === link.url;
  registry.define(link.url, bare ? 'url' : 'link', start, end, { url: link.url, title: bare ? null : shown || null, text: shown });
  registry.label(link.url, bare ? 'url' : 'link', shown || link.url);
  registry.use(link.url, bare ? 'url' : 'link', start, end);
}

function useUndefinedFootnotes(node: Text, start: number, text: string, registry: CitationRegistry): void {
  const end = node.position?.end.offset ?? start;
  // Offsets inside the node are only exact where its value is its source as written.
  if (text.slice(start, end) !== node.value) return;
  undefinedFootnote.lastIndex = 0;
  for (let match = undefinedFootnote.exec(node.value); match; match = undefinedFootnote.exec(node.value)) {
    const key = (match[1] as string).toLowerCase();
    registry.label(key, 'footnote', match[1] as string);
    registry.use(key, 'footnote', start + match.index, start + match.index + match[0].length);
  }
}

function firstLink(node: Nodes): Link | undefined {
  const stack: Nodes[] = [node];
  for (let next = stack.pop(); next; next = stack.pop()) {
    if (next.type === 'link' && isWebUrl(next.url)) return next;
    if ('children' in next) for (let index = next.children.length - 1; index >= 0; index--) stack.push(next.children[index] as Nodes);
  }
  return undefined;
}
