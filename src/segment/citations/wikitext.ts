import type { Link, Nodes, Parent, PhrasingContent, Root } from 'mdast';
import type { Infobox } from '../../parse/infobox/types.js';
import type { WikiRef } from '../../parse/wiki-ref/types.js';
import type { WikiTemplate } from '../../parse/wiki-template/types.js';
import { plainTextOf } from '../plain-text.js';
import type { CitationFields, CitationRegistry } from './registry.js';
import { citationFields, templateKind, type CitationField } from './templates.js';
import { firstUrl, isWebUrl } from './urls.js';

interface Visit {
  node: Nodes | Infobox;
  /** Inside a `<references>` element or a `{{reflist}}`: refs there define, they are not cited there. */
  inList: boolean;
}

/** A full citation outside any ref (a bibliography entry), which short footnotes point at. */
interface BibliographyEntry {
  author: string;
  year: string;
  fields: CitationFields;
}

/**
 * Collects the citations of a wikitext article: every `<ref>` (named,
 * reused, unnamed, in groups), notes written as templates (`{{efn|…}}`,
 * `{{#tag:ref|…}}`), short footnotes (`{{sfn|Smith|2003|p=5}}`, tied to the
 * bibliography's full citation by author and year), external links in the
 * prose. Refs inside `<references>…
 * </references>` or `{{reflist|refs=…}}` are definitions only.
 */
export function collectWikitextCitations(root: Root, text: string, registry: CitationRegistry): void {
  let unnamed = 0;
  const bibliography: BibliographyEntry[] = [];
  const shortCitations: Array<{ key: string; author: string; year: string }> = [];
  const stack: Visit[] = [{ node: root, inList: false }];
  for (let visit = stack.pop(); visit; visit = stack.pop()) {
    const { node, inList } = visit;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (node.type === 'wikiRef') {
      if (start === undefined || end === undefined) continue;
      const ref = node as WikiRef;
      const group = ref.group ?? undefined;
      const key = ref.name !== null ? keyOf(ref.name, group) : ref.selfClosing ? undefined : keyOf(`ref-${++unnamed}`, group);
      if (key === undefined) continue;
      if (!ref.selfClosing) registry.define(key, 'ref', start, end, refFields(ref.children, text), group);
      if (!inList) registry.use(key, 'ref', start, end, group);
      continue;
    }
    if (node.type === 'wikiTemplate') {
      const template = node as WikiTemplate;
      const kind = templateKind(template.name)?.kind;
      if (start !== undefined && end !== undefined) {
        if (kind === 'citation-needed') continue;
        if (kind === 'short-citation') {
          const author = parameterText(template, '1', text);
          const year = parameterText(template, findYearParameter(template, text), text);
          const key = `sfn:${shortKey(template, text)}`;
          registry.define(key, 'short', start, end, { text: shortKey(template, text) });
          registry.use(key, 'short', start, end);
          shortCitations.push({ key, author, year });
          continue;
        }
        if (kind === 'footnote') {
          const group = parameterText(template, 'group', text) || (template.name.toLowerCase().startsWith('efn') ? 'lower-alpha' : undefined);
          const name = parameterText(template, 'name', text);
          const key = name ? keyOf(name, group) : keyOf(`ref-${++unnamed}`, group);
          const content = template.children.find((parameter) => parameter.name === '1');
          registry.define(key, 'ref', start, end, refFields(content?.children ?? [], text), group);
          if (!inList) registry.use(key, 'ref', start, end, group);
        }
        if (kind === 'citation') {
          const fields = templateFields(template, text);
          const author = fieldText(template, 'author', text);
          const year = /\d{4}/.exec(fields.date ?? '')?.[0] ?? '';
          if (author && year) bibliography.push({ author, year, fields });
        }
      }
      pushChildren(stack, template.children, inList || kind === 'reference-list');
      continue;
    }
    if (node.type === 'infobox') {
      const fields = (node as Infobox).fields;
      for (let index = fields.length - 1; index >= 0; index--) pushChildren(stack, fields[index]?.content ?? [], inList);
      continue;
    }
    if (node.type === 'link' && !inList && start !== undefined && end !== undefined && isWebUrl((node as Link).url)) {
      const url = (node as Link).url;
      const shown = plainTextOf((node as Link).children, text).value.trim();
      registry.define(url, 'link', start, end, { url, title: shown || null, text: shown });
      registry.label(url, 'link', shown || url);
      registry.use(url, 'link', start, end);
      continue;
    }
    if ('children' in node) pushChildrenWithReferences(stack, (node as Parent).children as Nodes[], inList);
  }
  for (const short of shortCitations) {
    const full = bibliography.find((entry) => sameName(entry.author, short.author) && entry.year === short.year);
    if (full) registry.complete(short.key, full.fields);
  }
}

function keyOf(name: string, group: string | undefined): string {
  return group === undefined ? name : `${group}:${name}`;
}

function pushChildren(stack: Visit[], children: readonly Nodes[], inList: boolean): void {
  for (let index = children.length - 1; index >= 0; index--) stack.push({ node: children[index] as Nodes, inList });
}

/** Pushes children, marking those between an inline `<references>` and `</references>` as inside a list. */
function pushChildrenWithReferences(stack: Visit[], children: readonly Nodes[], inList: boolean): void {
  const flags: boolean[] = [];
  let inside = inList;
  for (const child of children) {
    if (child.type === 'html') {
      const tag = child.value.trim().toLowerCase();
      if (tag.startsWith('<references') && !tag.endsWith('/>')) inside = true;
      else if (tag.startsWith('</references')) inside = inList;
    }
    flags.push(inside);
  }
  for (let index = children.length - 1; index >= 0; index--) stack.push({ node: children[index] as Nodes, inList: flags[index] as boolean });
}

/** The fields of a ref's content: from its citation template when it has one, else from its links and words. */
function refFields(children: readonly PhrasingContent[], text: string): CitationFields {
  const template = findCitationTemplate(children);
  const readable = plainTextOf(children, text).value.replace(/\s+/g, ' ').trim();
  if (template) {
    const fields = templateFields(template, text);
    const summary = [fieldText(template, 'author', text), fields.title, fields.publisher, fields.date].filter(Boolean).join('. ');
    return { ...fields, text: readable || summary };
  }
  const link = findLink(children);
  const url = link?.url ?? firstUrl(readable);
  const label = link ? plainTextOf(link.children, text).value.trim() : '';
  return { url: url ?? null, title: label || null, text: readable };
}

function templateFields(template: WikiTemplate, text: string): CitationFields {
  const read = (field: CitationField) => fieldText(template, field, text) || null;
  const rawUrl = (field: 'url' | 'archiveUrl') => {
    const value = fieldText(template, field, text);
    return value && isWebUrl(value) ? value : null;
  };
  return {
    url: rawUrl('url'),
    archiveUrl: rawUrl('archiveUrl'),
    title: read('title'),
    date: read('date'),
    accessDate: read('accessDate'),
    publisher: read('publisher'),
    quote: read('quote'),
  };
}

/** The readable text of the first non-empty parameter that gives `field`. */
function fieldText(template: WikiTemplate, field: CitationField, text: string): string {
  for (const name of citationFields[field]) {
    const value = parameterText(template, name, text);
    if (value) return value;
  }
  return '';
}

function parameterText(template: WikiTemplate, name: string | undefined, text: string): string {
  if (name === undefined) return '';
  const parameter = template.children.find((candidate) => candidate.name.toLowerCase() === name);
  return parameter ? unquote(plainTextOf(parameter.children, text).value.replace(/\s+/g, ' ').trim()) : '';
}

/** `"nb"` → `nb`: attribute-like parameters (`group=`, `name=`) are sometimes quoted. */
function unquote(value: string): string {
  return value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.at(-1) === value[0] ? value.slice(1, -1) : value;
}

/** Short footnotes give the year as the last positional parameter that is one (`{{sfn|Smith|Jones|2003}}`). */
function findYearParameter(template: WikiTemplate, text: string): string | undefined {
  return template.children.filter((parameter) => parameter.positional && /^\d{4}[a-z]?$/.test(parameterText(template, parameter.name, text))).at(-1)?.name;
}

/** A short footnote's identity: its parameters as written (`Smith 2003 p=5`). */
function shortKey(template: WikiTemplate, text: string): string {
  return template.children
    .map((parameter) => {
      const value = parameterText(template, parameter.name, text);
      return parameter.positional ? value : `${parameter.name}=${value}`;
    })
    .filter(Boolean)
    .join(' ');
}

function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

// A note's own refs (`{{efn|… <ref>…</ref>}}`) are citations of their own, not the note's source.
function findCitationTemplate(children: readonly Nodes[]): WikiTemplate | undefined {
  const stack = [...children].reverse();
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === 'wikiTemplate' && templateKind(node.name)?.kind === 'citation') return node;
    if ('children' in node && node.type !== 'wikiRef') for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as Nodes);
  }
  return undefined;
}

function findLink(children: readonly Nodes[]): Link | undefined {
  const stack = [...children].reverse();
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === 'link' && isWebUrl(node.url)) return node;
    if ('children' in node && node.type !== 'wikiTemplate' && node.type !== 'wikiRef') for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as Nodes);
  }
  return undefined;
}
