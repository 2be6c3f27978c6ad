import type { Nodes, PhrasingContent } from 'mdast';
import type { WikiTemplate } from '../parse/wiki-template/types.js';
import { shownParameters, templateKind } from './citations/templates.js';
import { withoutEmbeddedMarkup } from './embedded-markup.js';
import { joinsWords, notProsePlaceholder } from './not-prose.js';

/**
 * A block's readable text (markup, link targets and citation markers left out)
 * with the way back from each of its characters to the source.
 */
export interface PlainText {
  value: string;
  /** Runs of identity mapping: `[plainStart, sourceStart]`, sorted by plainStart. */
  runs: Array<[number, number]>;
  /** Citation markers found in the block, with their source range. */
  citations: PlainMarker[];
  /** Links in the block (a link to the web may be a citation of its sentence), with their source range. */
  links: Array<{ start: number; end: number }>;
}

/** A marker lifted out of the readable text: a citation (`[3]`, `<ref>`, `[^1]`) or a maintenance note. */
export interface PlainMarker {
  label: string;
  start: number;
  end: number;
  /** `needed`: the text admits a missing source (`[citation needed]`, `{{cn}}`); `maintenance`: another editor's note (`[dubious]`). */
  note?: 'needed' | 'maintenance';
}

/** A space the reader sees between two shown parameters of a template (`{{convert|5|km}}`), placed on the `|` between them. */
interface ShownSeparator {
  type: 'shownSeparator';
  offset: number;
}

// `[12]`, `[a]`, `[note 3]`, `[citation needed]`: Wikipedia's reference and
// maintenance markers. Bounded repetitions keep the scan linear.
const citationMarker = /\[(\d{1,4}|[a-z]|\^[^\s[\]^]{1,100}|(?:note|nb|n) ?\d{1,3}|citation needed|clarification needed|when\?|who\?|which\?|by whom\?|according to whom\?|dubious(?: [–-] discuss)?|failed verification|better source needed|page needed|year needed|verification needed)\]/g;

/** Collects the plain text of phrasing content, mapped to offsets in `source`. */
export function plainTextOf(children: readonly PhrasingContent[], source: string): PlainText {
  const plain: PlainText = { value: '', runs: [], citations: [], links: [] };
  // An explicit stack, not recursion: emphasis can nest thousands deep.
  const stack: Nodes[] = [];
  for (let index = children.length - 1; index >= 0; index--) stack.push(children[index] as Nodes);
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === ('shownSeparator' as Nodes['type'])) {
      appendRun(plain, ' ', (node as unknown as ShownSeparator).offset);
      continue;
    }
    const inner = appendNode(plain, node, source);
    if (inner) for (let index = inner.length - 1; index >= 0; index--) stack.push(inner[index] as Nodes);
  }
  return withoutEmbeddedMarkup(plain);
}

/** The plain text of a source range taken as is (infobox values). */
export function plainTextOfRange(source: string, start: number, end: number): PlainText {
  const plain: PlainText = { value: '', runs: [], citations: [], links: [] };
  appendVerbatim(plain, source.slice(start, end), start);
  return withoutEmbeddedMarkup(plain);
}

/** Maps a plain-text offset to a source offset; `end` maps exclusive ends. */
export function toSourceOffset(plain: PlainText, offset: number, end = false): number {
  if (plain.runs.length === 0) return 0;
  const target = end ? offset - 1 : offset;
  let low = 0;
  let high = plain.runs.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((plain.runs[middle] as [number, number])[0] <= target) low = middle;
    else high = middle - 1;
  }
  const [plainStart, sourceStart] = plain.runs[low] as [number, number];
  const mapped = sourceStart + Math.max(0, target - plainStart);
  return end ? mapped + 1 : mapped;
}

/**
 * Maps a source offset back to a plain-text offset: the plain character at or
 * after it (markup between plain characters maps to the next one).
 */
export function fromSourceOffset(plain: PlainText, offset: number): number {
  let low = 0;
  let high = plain.runs.length - 1;
  if (high < 0) return 0;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((plain.runs[middle] as [number, number])[1] <= offset) low = middle;
    else high = middle - 1;
  }
  const [plainStart, sourceStart] = plain.runs[low] as [number, number];
  const nextPlainStart = plain.runs[low + 1]?.[0] ?? plain.value.length;
  return Math.min(plainStart + Math.max(0, offset - sourceStart), nextPlainStart);
}

/** Appends a leaf's text; answers the children of a container to visit next. */
function appendNode(plain: PlainText, node: Nodes, source: string): readonly Nodes[] | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  switch (node.type) {
    case 'text': {
      if (start === undefined || end === undefined) return undefined;
      const slice = source.slice(start, end);
      if (slice === node.value) appendVerbatim(plain, slice, start);
      else appendAligned(plain, node.value, slice, start);
      return undefined;
    }
    case 'inlineCode':
      if (start !== undefined) appendRun(plain, notProsePlaceholder, start);
      return undefined;
    case 'html':
      if (start !== undefined && end !== undefined && joinsWords(source, start, end)) appendRun(plain, notProsePlaceholder, start);
      return undefined;
    case 'break':
      if (start !== undefined) appendRun(plain, '\n', start);
      return undefined;
    case 'footnoteReference':
      if (start !== undefined && end !== undefined) plain.citations.push({ label: node.label ?? node.identifier, start, end });
      return undefined;
    case 'link':
      if (start !== undefined && end !== undefined) plain.links.push({ start, end });
      return node.children;
    case 'linkReference':
      if (start !== undefined && end !== undefined) plain.links.push({ start, end });
      return node.children;
    case 'emphasis':
    case 'strong':
    case 'delete':
      return node.children;
    case 'wikiRef':
      if (start !== undefined && end !== undefined) plain.citations.push({ label: node.name ?? '', start, end });
      return undefined;
    case 'wikiTemplate':
      return appendTemplate(plain, node, start, end);
    default:
      return undefined;
  }
}

/**
 * What a template adds to the readable text: a marker for notes and
 * short footnotes and for `{{citation needed}}`, the shown parameters of
 * display templates (`{{nowrap|…}}`, `{{convert|5|km}}`), and nothing for
 * the rest, which are never prose.
 */
function appendTemplate(plain: PlainText, template: WikiTemplate, start: number | undefined, end: number | undefined): readonly Nodes[] | undefined {
  const known = templateKind(template.name);
  if (!known || start === undefined || end === undefined) return undefined;
  if (known.kind === 'citation-needed') plain.citations.push({ label: template.name, start, end, note: 'needed' });
  if (known.kind === 'short-citation' || known.kind === 'footnote') plain.citations.push({ label: template.name, start, end });
  if (known.kind !== 'display') return undefined;
  const shown: Nodes[] = [];
  // The `|` after a shown parameter is where its value token ends.
  let pipeAfterPrevious: number | undefined;
  for (const name of shownParameters(template)) {
    const parameter = template.children.find((candidate) => candidate.name === name);
    if (!parameter) continue;
    if (pipeAfterPrevious !== undefined) shown.push({ type: 'shownSeparator', offset: pipeAfterPrevious } as unknown as Nodes);
    for (const child of parameter.children) shown.push(child);
    pipeAfterPrevious = parameter.position?.end.offset;
  }
  return shown;
}

/** Appends source text as is, lifting citation markers out of it. */
function appendVerbatim(plain: PlainText, slice: string, sourceStart: number): void {
  let last = 0;
  citationMarker.lastIndex = 0;
  for (let match = citationMarker.exec(slice); match; match = citationMarker.exec(slice)) {
    appendRun(plain, slice.slice(last, match.index), sourceStart + last);
    const label = match[1] as string;
    const note = label === 'citation needed' ? 'needed' : isMaintenanceNote(label) ? 'maintenance' : undefined;
    plain.citations.push({ label, start: sourceStart + match.index, end: sourceStart + match.index + match[0].length, ...(note ? { note } : {}) });
    last = match.index + match[0].length;
  }
  appendRun(plain, slice.slice(last), sourceStart + last);
}

/** Editors' notes in brackets that are no citation: `[clarification needed]`, `[dubious]`. */
function isMaintenanceNote(label: string): boolean {
  return label.length > 4 && !/^(?:note|nb|n) ?\d/.test(label) && !label.startsWith('^');
}

function appendRun(plain: PlainText, value: string, sourceStart: number): void {
  if (value.length === 0) return;
  const previous = plain.runs[plain.runs.length - 1];
  const contiguous = previous && previous[1] + (plain.value.length - previous[0]) === sourceStart;
  if (!contiguous) plain.runs.push([plain.value.length, sourceStart]);
  plain.value += value;
}

/**
 * Maps a node value that differs from its source (escapes, character
 * references) character by character: each value character goes to the next
 * equal source character, or stays at the current one when it was decoded.
 */
const alignWindow = 16;

function appendAligned(plain: PlainText, value: string, slice: string, sourceStart: number): void {
  let cursor = 0;
  for (const char of value) {
    // Most characters are where they were; only decoded ones need a search,
    // in a short window that keeps this linear (an escape or a reference is a
    // few characters long).
    const found = slice.startsWith(char, cursor) ? 0 : slice.slice(cursor, cursor + alignWindow).indexOf(char);
    const at = found >= 0 ? cursor + found : Math.min(cursor, Math.max(0, slice.length - 1));
    appendRun(plain, char, sourceStart + at);
    cursor = at + char.length;
  }
}
