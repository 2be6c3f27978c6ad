import type { Nodes, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { Infobox } from '../../parse/index.js';
import type { WikiTemplate } from '../../parse/wiki-template/types.js';
import { shownParameters, templateKind } from '../../segment/index.js';
import { escapeHtml, renderMarkedText, type Mark } from './html-article.js';

/**
 * The article as a reader sees it: its mdast tree rendered block by block —
 * headings, paragraphs, the infobox as a table, lists, tables, quotes, code —
 * with no raw markup (`==History==`, `## History`, `**`, link targets and
 * inline HTML are syntax, not text). Every piece of text is a slice of the
 * source, escaped, with the marks (claims, evidence) that overlap it clipped
 * to it, so a mark spanning emphasis or a link is drawn in pieces, its `id`
 * on the first.
 *
 * Links keep their target only when it is `http:`, `https:` or `mailto:`;
 * images show their alt text; HTML in the article is never copied into the
 * page. The walk is iterative (an explicit stack), and marks are swept once
 * in document order, so the work is linear in the text plus the marks.
 *
 * Wikitext is shown as MediaWiki shows it: a `<ref>` or a short footnote as
 * its citation's number (`markerLabels`: the label a reader sees, by the
 * marker's start offset), `{{citation needed}}` as `[citation needed]`, a
 * display template (`{{nowrap|…}}`) as its shown parameter, and other
 * templates not at all. Markup a reader does not see still anchors the marks
 * inside it (an empty element), so every piece of evidence has its place.
 */
// Containers drawn as one element around their children: the opening tag, and the closing one when a line break follows it.
const containerTags: Partial<Record<Nodes['type'], { tag: string; close?: string }>> = {
  paragraph: { tag: 'p', close: '</p>\n' },
  listItem: { tag: 'li', close: '</li>\n' },
  blockquote: { tag: 'blockquote', close: '</blockquote>\n' },
  table: { tag: 'table class="md-table"', close: '</table>\n' },
  tableRow: { tag: 'tr', close: '</tr>\n' },
  tableCell: { tag: 'td' },
  emphasis: { tag: 'em' },
  strong: { tag: 'strong' },
  delete: { tag: 'del' },
  linkReference: { tag: 'span class="link"' },
};

export function renderArticleTree(tree: Root, text: string, marks: readonly Mark[], markerLabels: ReadonlyMap<number, string> = new Map()): string {
  const sweep = new MarkSweep(marks);
  const pieces: string[] = [];
  // Each entry is a node to render or a closing tag to write.
  const stack: Array<Nodes | string> = [];
  const pushChildren = (children: readonly Nodes[]) => {
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index] as Nodes);
  };
  const open = (tag: string, node: { children: readonly Nodes[] }, close = `</${tag.split(' ')[0]}>`) => {
    pieces.push(`<${tag}>`);
    stack.push(close);
    pushChildren(node.children);
  };
  pushChildren(tree.children);
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    if (typeof next === 'string') {
      pieces.push(next);
      continue;
    }
    const node = next;
    const container = containerTags[node.type];
    if (container && 'children' in node) {
      open(container.tag, node as { children: readonly Nodes[] }, container.close);
      continue;
    }
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    switch (node.type) {
      case 'heading':
        open(`h${Math.min(6, node.depth + 1)}`, node, `</h${Math.min(6, node.depth + 1)}>\n`);
        break;
      case 'list':
        open(node.ordered ? 'ol' : 'ul', node, node.ordered ? '</ol>\n' : '</ul>\n');
        break;
      case 'link':
        open(safeUrl(node.url) ? `a href="${escapeHtml(node.url)}" rel="nofollow noopener noreferrer"` : 'span class="link"', node);
        break;
      case 'footnoteDefinition':
        pieces.push(`<div class="footnote"><span class="label">${escapeHtml(node.label ?? node.identifier)}</span> `);
        stack.push('</div>\n');
        pushChildren(node.children);
        break;
      case 'text':
        if (start !== undefined && end !== undefined) pieces.push(sweep.render(text, start, end));
        break;
      case 'inlineCode':
        if (start !== undefined && end !== undefined) pieces.push('<code>', sweep.render(text, ...codeRange(text, start, end, node.value)), '</code>');
        break;
      case 'code':
        pieces.push('<pre class="code"><code>', escapeHtml(node.value), '</code></pre>\n');
        break;
      case 'footnoteReference':
        if (start !== undefined && end !== undefined) pieces.push('<sup class="fn">', sweep.render(text, start, end), '</sup>');
        break;
      case 'wikiRef':
        if (start !== undefined && end !== undefined) pieces.push(citationMarker(sweep, start, end, markerLabels.get(start)));
        break;
      case 'wikiTemplate':
        if (start !== undefined && end !== undefined) renderTemplate(node, start, end);
        break;
      case 'break':
        pieces.push('<br>');
        break;
      case 'image':
        if (node.alt) pieces.push(`<span class="image">[image: ${escapeHtml(node.alt)}]</span>`);
        break;
      case 'thematicBreak':
        pieces.push('<hr>\n');
        break;
      default:
        if ((node as RootContent).type === 'infobox') pushInfobox(node as unknown as Infobox);
        // html, definitions, front matter, embedded files: syntax, not what a reader sees.
        else if (start !== undefined && end !== undefined) pieces.push(sweep.renderAs(start, end, ''));
        break;
    }
  }
  return pieces.join('');

  /** The infobox as a table: each key, and each value as parsed (wikitext) or as written. */
  function pushInfobox(infobox: Infobox): void {
    pieces.push('<table class="infobox" aria-label="Infobox">\n');
    stack.push('</table>\n');
    for (let index = infobox.fields.length - 1; index >= 0; index--) {
      const field = infobox.fields[index]!;
      stack.push('</td></tr>\n');
      pushChildren(field.content ?? [sourceText(field.valuePosition)]);
      stack.push('</th><td>', sourceText(field.keyPosition), '<tr><th scope="row">');
    }
  }

  /** What a reader sees of a template call, by what claimcheck knows of the template. */
  function renderTemplate(template: WikiTemplate, start: number, end: number): void {
    const known = templateKind(template.name);
    if (known?.kind === 'short-citation' || known?.kind === 'footnote') {
      pieces.push(citationMarker(sweep, start, end, markerLabels.get(start)));
    } else if (known?.kind === 'citation-needed') {
      pieces.push(citationMarker(sweep, start, end, 'citation needed'));
    } else if (known?.kind === 'display') {
      const shown = shownParameters(template).flatMap((name) => template.children.filter((parameter) => parameter.name === name && parameter.children.length > 0));
      // The call's name, pipes and other parameters are markup: hidden ranges around the shown values.
      let from = start;
      const parts: Array<Nodes | string> = [];
      for (const parameter of shown) {
        const valueStart = parameter.children[0]?.position?.start.offset ?? from;
        if (parts.length > 0) parts.push(' ');
        parts.push(hiddenRange(from, valueStart), ...parameter.children);
        from = parameter.children.at(-1)?.position?.end.offset ?? valueStart;
      }
      parts.push(hiddenRange(from, end));
      for (let index = parts.length - 1; index >= 0; index--) stack.push(parts[index] as Nodes | string);
    } else {
      pieces.push(sweep.renderAs(start, end, ''));
    }
  }
}

/** Markup over a source range that a reader does not see: rendered as the marks inside it only. */
function hiddenRange(start: number, end: number): Nodes {
  return { type: 'html', value: '', position: { start: { line: 0, column: 0, offset: start }, end: { line: 0, column: 0, offset: Math.max(start, end) } } };
}

/** A text node over a source range (an infobox key or plain value), so the walk renders it like any text. */
function sourceText(position: { start: { offset?: number | undefined }; end: { offset?: number | undefined } }): PhrasingContent {
  return { type: 'text', value: '', position: { start: { line: 0, column: 0, offset: position.start.offset ?? 0 }, end: { line: 0, column: 0, offset: position.end.offset ?? 0 } } } as Text;
}

/** A citation marker as a reader sees it, `[1]`, with the marks inside its source; only those marks when its label is unknown. */
function citationMarker(sweep: MarkSweep, start: number, end: number, label: string | undefined): string {
  return label === undefined ? sweep.renderAs(start, end, '') : `<sup class="fn">${sweep.renderAs(start, end, `[${label}]`)}</sup>`;
}

/** The source range of an inline code's content: inside its backticks. */
function codeRange(text: string, start: number, end: number, value: string): [number, number] {
  const inner = text.slice(start, end).indexOf(value);
  return inner < 0 ? [start, end] : [start + inner, start + inner + value.length];
}

/** Whether a link target is safe to follow from the page: http, https or mailto, nothing that runs. */
function safeUrl(url: string): boolean {
  return /^(?:https?:\/\/|mailto:)/i.test(url.trim());
}

/**
 * Clips marks to successive ranges of the source, visited in document order:
 * marks are sorted once, and each is dropped once a range starts past its end.
 */
class MarkSweep {
  private readonly sorted: Mark[];
  private next = 0;
  private active: Mark[] = [];
  private readonly opened = new Set<Mark>();

  constructor(marks: readonly Mark[]) {
    this.sorted = marks.filter((mark) => mark.end > mark.start).sort((a, b) => a.start - b.start || b.end - a.end);
  }

  render(text: string, start: number, end: number): string {
    if (end <= start) return '';
    return renderMarkedText(text.slice(start, end), this.clip(start, end));
  }

  /**
   * Renders `shown` in place of the source range `[start, end)` — what a
   * reader sees of markup (`[1]` for a `<ref>`, nothing for a template) —
   * with every mark that overlaps the range around the whole of it.
   */
  renderAs(start: number, end: number, shown: string): string {
    if (end <= start) return escapeHtml(shown);
    const clipped = this.clip(start, end).map((piece) => ({ ...piece, start: 0, end: shown.length }));
    return renderMarkedText(shown, clipped);
  }

  /** The marks overlapping `[start, end)`, clipped to it and counted from `start`; a mark's first piece opens with its `id`. */
  private clip(start: number, end: number): Mark[] {
    while (this.next < this.sorted.length && (this.sorted[this.next] as Mark).start < end) this.active.push(this.sorted[this.next++] as Mark);
    this.active = this.active.filter((mark) => mark.end > start);
    const clipped: Mark[] = [];
    for (const mark of this.active) {
      if (mark.start >= end) continue;
      const first = !this.opened.has(mark);
      this.opened.add(mark);
      const piece: Mark = {
        start: Math.max(mark.start, start) - start,
        end: Math.min(mark.end, end) - start,
        priority: mark.priority,
        open: first ? mark.open : mark.reopen,
        reopen: mark.reopen,
        close: mark.close,
      };
      if (mark.after !== undefined && mark.end <= end) piece.after = mark.after;
      clipped.push(piece);
    }
    return clipped;
  }
}
