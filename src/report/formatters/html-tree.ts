import type { Nodes, Root, RootContent } from 'mdast';
import type { Infobox } from '../../parse/index.js';
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
 */
export function renderArticleTree(tree: Root, text: string, marks: readonly Mark[]): string {
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
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    switch (node.type) {
      case 'heading':
        open(`h${Math.min(6, node.depth + 1)}`, node, `</h${Math.min(6, node.depth + 1)}>\n`);
        break;
      case 'paragraph':
        open('p', node, '</p>\n');
        break;
      case 'list':
        open(node.ordered ? 'ol' : 'ul', node, node.ordered ? '</ol>\n' : '</ul>\n');
        break;
      case 'listItem':
        open('li', node, '</li>\n');
        break;
      case 'blockquote':
        open('blockquote', node, '</blockquote>\n');
        break;
      case 'table':
        open('table class="md-table"', node, '</table>\n');
        break;
      case 'tableRow':
        open('tr', node, '</tr>\n');
        break;
      case 'tableCell':
        open('td', node);
        break;
      case 'emphasis':
        open('em', node);
        break;
      case 'strong':
        open('strong', node);
        break;
      case 'delete':
        open('del', node);
        break;
      case 'link':
        open(safeUrl(node.url) ? `a href="${escapeHtml(node.url)}" rel="nofollow noopener noreferrer"` : 'span class="link"', node);
        break;
      case 'linkReference':
        open('span class="link"', node);
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
        if ((node as RootContent).type === 'infobox') pieces.push(infoboxTable(node as unknown as Infobox, text, sweep));
        // html, definitions, front matter: syntax, not what a reader sees.
        break;
    }
  }
  return pieces.join('');
}

function infoboxTable(infobox: Infobox, text: string, sweep: MarkSweep): string {
  const rows = infobox.fields.map((field) => {
    const range = (position: typeof field.keyPosition) => sweep.render(text, position.start.offset ?? 0, position.end.offset ?? 0);
    return `<tr><th scope="row">${range(field.keyPosition)}</th><td>${range(field.valuePosition)}</td></tr>\n`;
  });
  return `<table class="infobox" aria-label="Infobox">\n${rows.join('')}</table>\n`;
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
    return renderMarkedText(text.slice(start, end), clipped);
  }
}
