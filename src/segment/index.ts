import type { ListItem, Nodes, PhrasingContent, Root, RootContent, Table, TableCell, TableRow } from 'mdast';
import type { Infobox } from '../parse/infobox/types.js';
import type { Citation, CitationNeeded } from '../schema/citations.js';
import type { ArticleFormat, CitationRef, InfoboxFieldInfo, Section, Sentence, Where } from '../schema/segment.js';
import { collectCitations, type CitationIndex } from './citations/index.js';
import { ClaimcheckError } from '../util/errors.js';
import { createLocator, type SourceLocator } from '../util/location.js';
import { readFrontMatter, type FrontMatter } from './front-matter.js';
import { fromSourceOffset, plainTextOf, plainTextOfRange, toSourceOffset, type PlainMarker, type PlainText } from './plain-text.js';
import { splitSentences } from './split-sentences.js';
import { startsWithLetter } from '../util/letters.js';

export { splitSentences } from './split-sentences.js';
export { toSourceOffset, type PlainText } from './plain-text.js';
export type { FrontMatter } from './front-matter.js';
export { citationKeysFor } from './citations/index.js';
export { shownParameters, templateKind, normalizeTemplateName, type TemplateKind } from './citations/templates.js';

/** A sentence with its readable text and the way back to the source, for extraction. */
export interface ArticleSentence extends Sentence {
  /** The sentence's text without markup and citation markers. */
  plain: string;
  /** Maps an offset in `plain` to one in the source; `end` for exclusive ends. */
  toSource(offset: number, end?: boolean): number;
  /** Maps a source offset inside the sentence to an offset in `plain`. */
  fromSource(offset: number): number;
}

/** An article cut into sections and sentences, every piece with its exact place. */
export interface SegmentedArticle {
  text: string;
  format: ArticleFormat;
  title: string | null;
  titlePosition: Sentence['position'] | null;
  /** The page's YAML or TOML front matter, when it has one: never prose, its `title` and `date` read. */
  frontMatter: FrontMatter | null;
  sections: Section[];
  infobox: InfoboxFieldInfo[];
  sentences: ArticleSentence[];
  locator: SourceLocator;
  /** The sources the article cites, each with every place it is cited. */
  citations: Citation[];
  /** Where the article admits a missing source (`{{citation needed}}`, `[citation needed]`). */
  citationNeeded: CitationNeeded[];
}

/**
 * Cuts a parsed article into sentences, each with its section path and where
 * it sits (prose, list, infobox, quote, table, footnote).
 *
 * Paragraphs, list items, table cells and infobox values are the blocks;
 * headings are not sentences but set the section path. The first depth-1
 * heading at the top is the article's title and is left out of paths.
 * Front matter is not prose: its `title:` names the article when no
 * heading does, and its `date:` is kept for anchoring relative dates.
 * `maxSentences` stops making sentences past that many.
 */
export function segmentArticle(root: Root, text?: string, options: { maxSentences?: number } = {}): SegmentedArticle {
  const source = text ?? root.data?.claimcheck?.text;
  if (source === undefined) {
    throw new ClaimcheckError('INVALID_INPUT', 'segmentArticle needs the source text: pass a tree from parseArticle or the text itself');
  }
  const walker = new SegmentWalker(source, root.data?.claimcheck?.format ?? 'markdown', options.maxSentences ?? Number.POSITIVE_INFINITY);
  walker.walkRoot(root);
  return walker.result();
}

class SegmentWalker {
  private readonly locator: SourceLocator;
  private readonly sections: Section[] = [];
  private readonly sentences: ArticleSentence[] = [];
  private readonly infobox: InfoboxFieldInfo[] = [];
  private readonly footnotes = new Map<string, string>();
  private readonly citationNeeded: CitationNeeded[] = [];
  private citationIndex: CitationIndex | undefined;
  private path: Array<{ depth: number; title: string }> = [];
  private title: string | null = null;
  private titlePosition: Sentence['position'] | null = null;
  private frontMatter: FrontMatter | null = null;
  private block = 0;

  constructor(
    private readonly text: string,
    private readonly format: ArticleFormat,
    // Sentences past this many are not made (src/segment/limit.ts).
    private readonly maxSentences: number,
  ) {
    this.locator = createLocator(text);
  }

  walkRoot(root: Root): void {
    this.collectFootnotes(root);
    this.citationIndex = collectCitations(root, this.format, this.locator);
    this.frontMatter = root.children[0] ? readFrontMatter(root.children[0], this.text, this.locator) : null;
    // Positions below count from the first node after the front matter.
    const first = this.frontMatter ? 1 : 0;
    root.children.forEach((node, at) => {
      const index = at - first;
      if (index < 0) return;
      if (index === 0 && node.type === 'heading' && node.depth === 1 && node.position) {
        this.title = this.textOf(node.children);
        this.titlePosition = this.locator.position(node.position.start.offset ?? 0, node.position.end.offset ?? 0);
        return;
      }
      const isNameLine = index === 1 && this.title !== null && node.type === 'paragraph' && root.children[first + 2]?.type === 'infobox';
      this.walk(node, isNameLine ? 'name' : 'prose');
    });
    // The page's own naming first, as a title heading comes before front matter: its opening bold, its infobox name.
    if (this.title === null) this.titleFromLead(root.children.slice(first));
    if (this.title === null && this.frontMatter?.title) {
      this.title = this.frontMatter.title;
      this.titlePosition = this.frontMatter.titlePosition;
    }
  }

  /**
   * `'''Johan Erik Arvidsen''' (born 3 March 1958) is …`: a page with no title
   * line (MediaWiki source, Markdown without a heading) names its subject in
   * bold at the start of its first paragraph (Wikipedia's MOS:BOLDTITLE), or
   * else in its infobox's `name` field.
   */
  private titleFromLead(nodes: readonly RootContent[]): void {
    const lead = nodes.find((node) => node.type === 'paragraph' || node.type === 'heading');
    const children = lead?.type === 'paragraph' ? lead.children : [];
    // The bold opens the paragraph, perhaps after a prefix of a word or two (`The`, `MV '''''Sorrel Bay'''''`), not
    // inside a sentence about something else (`This is a list of '''earthquakes in Canada'''`).
    // A leading `The` is no part of a title (`The Royal Cinema` is titled `Royal Cinema`).
    let opening = children[0];
    let prefix = '';
    if (opening?.type === 'text') {
      const line = opening.value.split('\n').pop() ?? '';
      prefix = line.replace(/^the /iu, '');
      opening = /^(?:\S+ ){1,2}$/u.test(line) ? children[1] : undefined;
    }
    const bold = opening?.type === 'strong' || (opening?.type === 'emphasis' && opening.children.length === 1 && opening.children[0]?.type === 'strong') ? opening : undefined;
    const name = this.infobox.find((field) => /^name$/iu.test(field.key.trim()));
    const written = bold ? this.textOf(bold.children).trim() : '';
    if (bold?.position && written !== '') {
      this.title = `${prefix}${written}`;
      // Where the bold's words are written, inside its quote marks.
      const start = this.text.indexOf(written, bold.position.start.offset ?? 0);
      this.titlePosition = start < 0 ? null : this.locator.position(start, start + written.length);
    } else if (name && name.value.trim() !== '') {
      this.title = name.value.trim();
      this.titlePosition = name.valuePosition;
    }
  }

  result(): SegmentedArticle {
    return {
      text: this.text,
      format: this.format,
      title: this.title,
      titlePosition: this.titlePosition,
      frontMatter: this.frontMatter,
      sections: this.sections,
      infobox: this.infobox,
      sentences: this.sentences,
      locator: this.locator,
      citations: this.citationIndex?.citations ?? [],
      citationNeeded: this.citationNeeded,
    };
  }

  /**
   * Visits a block and the blocks inside it in document order. Iterative: a
   * 10 000-deep blockquote or list must not overflow the call stack.
   */
  private walk(top: RootContent | Nodes, topWhere: Where): void {
    const stack: Array<{ node: RootContent | Nodes; where: Where }> = [{ node: top, where: topWhere }];
    const pushChildren = (children: readonly Nodes[], where: Where): void => {
      for (let index = children.length - 1; index >= 0; index--) stack.push({ node: children[index] as Nodes, where });
    };
    for (let next = stack.pop(); next; next = stack.pop()) {
      const { node, where } = next;
      switch (node.type) {
        case 'heading':
          this.enterSection(node.depth, this.textOf(node.children), node);
          break;
        case 'paragraph':
          this.addBlock(plainTextOf(node.children, this.text), where);
          break;
        case 'infobox':
          this.addInfobox(node as Infobox);
          break;
        case 'list':
          for (let index = node.children.length - 1; index >= 0; index--) pushChildren((node.children[index] as ListItem).children, 'list');
          break;
        case 'blockquote':
          pushChildren(node.children, 'quote');
          break;
        case 'table':
          if (this.path.length <= 1 && infoboxTable(node, this.text)) this.addInfoboxTable(node);
          else this.addTable(node);
          break;
        case 'footnoteDefinition':
          pushChildren(node.children, 'footnote');
          break;
        default:
          break;
      }
    }
  }

  private enterSection(depth: number, title: string, node: RootContent): void {
    if (!node.position) return;
    while (this.path.length > 0 && (this.path[this.path.length - 1] as { depth: number }).depth >= depth) this.path.pop();
    this.path.push({ depth, title });
    this.sections.push({
      title,
      depth,
      path: this.path.map((entry) => entry.title),
      position: this.locator.position(node.position.start.offset ?? 0, node.position.end.offset ?? 0),
    });
  }

  private addInfobox(infobox: Infobox): void {
    for (const field of infobox.fields) {
      const { key, value, keyPosition, valuePosition, position } = field;
      this.infobox.push({ key, value, keyPosition, valuePosition, position } as InfoboxFieldInfo);
      const start = field.valuePosition.start.offset ?? 0;
      const end = field.valuePosition.end.offset ?? 0;
      // A wikitext value is read from its parsed content, so its markup stays out.
      const plain = field.content ? plainTextOf(field.content, this.text) : plainTextOfRange(this.text, start, end);
      if (end > start) this.addBlock(plain, 'infobox', field.key, true);
    }
  }

  /** `| Founded | 1923 |` rows: each row's second cell is the value of the key in its first; a title row (`| Olsen & Berg | |`) is left out. */
  private addInfoboxTable(table: Table): void {
    for (const row of table.children) {
      const [key, value] = row.children;
      if (!key || !value || value.children.length === 0 || genericHeadRow(row, this.text)) continue;
      this.addBlock(plainTextOf(value.children, this.text), 'infobox', this.textOf(key.children).trim(), true);
    }
  }

  /** Every cell a block; a cell below the head row knows its column's head and its row's first cell, which the row's clauses are about. */
  private addTable(table: Table): void {
    const headers = (table.children[0]?.children ?? []).map((cell) => this.textOf(cell.children).trim());
    table.children.forEach((row, rowIndex) => {
      const rowHead = row.children[0] ? this.textOf(row.children[0].children).trim() : '';
      row.children.forEach((cell, column) => {
        const position = rowIndex === 0 ? undefined : { row: rowIndex, column, header: headers[column] ?? '', rowHead };
        this.addBlock(plainTextOf(cell.children, this.text), 'table', undefined, false, position);
      });
    });
  }

  private addBlock(plain: PlainText, where: Where, infoboxKey?: string, whole = false, cell?: Sentence['cell']): void {
    const block = this.block++;
    const ranges = whole ? wholeRange(plain.value) : splitSentences(plain.value);
    const sectionPath = this.path.map((entry) => entry.title);
    const markers = this.markersOf(plain);
    let citationIndex = 0;
    ranges.forEach(([start, end], position) => {
      if (this.sentences.length >= this.maxSentences) return;
      const sourceStart = toSourceOffset(plain, start);
      let sourceEnd = toSourceOffset(plain, end, true);
      const nextRange = ranges[position + 1];
      const limit = nextRange ? toSourceOffset(plain, nextRange[0]) : Number.POSITIVE_INFINITY;
      const citations: CitationRef[] = [];
      while (citationIndex < markers.length && (markers[citationIndex] as PlainMarker).start < limit) {
        const marker = markers[citationIndex++] as PlainMarker;
        if (marker.note === 'needed') this.citationNeeded.push({ ...this.span(marker.start, marker.end), sentence: this.sentences.length });
        if (marker.note !== undefined) continue;
        const citation = this.citation(marker);
        if (citation) citations.push(citation);
      }
      // Markers right after the sentence (`….[3][4]`) belong to its text too.
      const lastCitation = citations[citations.length - 1];
      if (lastCitation && lastCitation.position.end.offset > sourceEnd) sourceEnd = lastCitation.position.end.offset;
      const sentencePlain = plain.value.slice(start, end);
      this.sentences.push({
        index: this.sentences.length,
        text: this.text.slice(sourceStart, sourceEnd),
        position: this.locator.position(sourceStart, sourceEnd),
        sectionPath,
        where,
        ...(infoboxKey === undefined ? {} : { infoboxKey }),
        ...(cell === undefined ? {} : { cell }),
        block,
        citations,
        plain: sentencePlain,
        toSource: (offset, isEnd = false) => toSourceOffset(plain, start + offset, isEnd),
        fromSource: (offset) => Math.max(0, Math.min(fromSourceOffset(plain, offset) - start, sentencePlain.length)),
      });
    });
  }

  /**
   * A block's citation markers and its links that are citations, in source
   * order. A link is a citation when the collector recorded one at its offset.
   */
  private markersOf(plain: PlainText): PlainMarker[] {
    const links = plain.links.filter((link) => this.citationIndex?.markerAt(link.start)?.scope === 'sentence').map((link) => ({ label: '', ...link }));
    if (links.length === 0) return plain.citations;
    return [...plain.citations, ...links].sort((a, b) => a.start - b.start);
  }

  /** The sentence's record of a marker, tied to its citation; undefined for a wikitext ref the collector left out (`<ref />` with no name). */
  private citation(marker: PlainMarker): CitationRef | undefined {
    const target = this.citationIndex?.markerAt(marker.start);
    if (this.format === 'wikitext' && !target) return undefined;
    this.citationIndex?.attach(marker.start, this.sentences.length);
    const source = this.footnotes.get(marker.label.toLowerCase());
    return {
      label: target?.label ?? marker.label,
      ...(target ? { key: target.key, scope: target.scope } : {}),
      ...this.span(marker.start, marker.end),
      ...(source === undefined ? {} : { source }),
    };
  }

  private span(start: number, end: number): { text: string; position: Sentence['position'] } {
    return { text: this.text.slice(start, end), position: this.locator.position(start, end) };
  }

  private collectFootnotes(root: Root): void {
    for (const node of root.children) {
      if (node.type !== 'footnoteDefinition') continue;
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined) continue;
      const body = node.children.map((child) => (child.type === 'paragraph' ? this.textOf(child.children) : '')).join(' ');
      this.footnotes.set((node.label ?? node.identifier).toLowerCase(), body.trim());
    }
  }

  private textOf(children: readonly PhrasingContent[]): string {
    return plainTextOf(children, this.text).value.trim();
  }
}

function wholeRange(value: string): Array<[number, number]> {
  let start = 0;
  let end = value.length;
  while (start < end && /\s/.test(value[start] as string)) start++;
  while (end > start && /\s/.test(value[end - 1] as string)) end--;
  return end > start ? [[start, end]] : [];
}

/**
 * A Markdown table that acts as an infobox: in the article's lead, two
 * columns on every row, at least two rows below the head, a head row with no
 * name for the second column or with the generic names of a key and a value
 * (`| Field | Value |`), and short keys in the first column (`Founded`,
 * `Alma mater`), not figures or sentences.
 */
// The names a head row gives the two columns of a table of an article's facts: `| Field | Value |`, `| Key | Value |`.
const keyHeads: ReadonlySet<string> = new Set(['field', 'key', 'attribute', 'property', 'parameter', 'item', 'fact', 'facts', 'detail', 'details', 'name']);
const valueHeads: ReadonlySet<string> = new Set(['value', 'values', 'detail', 'details', 'information', 'info', 'data', 'description']);

/** The text of a table cell, without its pipes and spaces, in lower case. */
function cellText(cell: TableCell | undefined, text: string): string | undefined {
  const position = cell?.position;
  if (position?.start.offset === undefined || position.end.offset === undefined) return undefined;
  return text.slice(position.start.offset, position.end.offset).replace(/\|/g, '').trim().toLowerCase();
}

/**
 * Whether a table's head row is an infobox's: it names the subject alone, or
 * nothing, or the two columns by the generic names of a key and a value (`|
 * Town | Population (2021) |` names both columns: a table of data).
 */
function infoboxHead(table: Table, text: string): boolean {
  const [key, value] = table.children[0]?.children ?? [];
  const valueText = cellText(value, text);
  return valueText === undefined || valueText === '' || (valueHeads.has(valueText) && keyHeads.has(cellText(key, text) ?? ''));
}

/** Whether a row is a head row of generic names (`| Field | Value |`), which holds no fact. */
function genericHeadRow(row: TableRow, text: string): boolean {
  const [key, value] = row.children;
  return keyHeads.has(cellText(key, text) ?? '') && valueHeads.has(cellText(value, text) ?? '');
}

function infoboxTable(table: Table, text: string): boolean {
  const rows = table.children.slice(1);
  if (rows.length < 2 || table.children.some((row) => row.children.length !== 2)) return false;
  // `| Town | Population (2021) |`: a head row naming both columns heads a table of data; an infobox's names the
  // subject alone, or nothing.
  if (!infoboxHead(table, text)) return false;
  return rows.every((row) => {
    const key = row.children[0]?.position;
    if (key?.start.offset === undefined || key.end.offset === undefined) return false;
    const words = text.slice(key.start.offset, key.end.offset).replace(/^\s*\|?|\|?\s*$/g, '').trim();
    return words !== '' && words.length <= 40 && words.split(/\s+/).length <= 5 && startsWithLetter(words);
  });
}
