import type { Blockquote, List, Paragraph, Root, RootContent, Table } from 'mdast';
import type { Point, Position } from 'unist';
import { normalizeIdentifier } from 'micromark-util-normalize-identifier';
import type { Definitions } from './label-index.js';
import { afterDefinitionLabel, longestLabel } from './lines.js';

/**
 * Parsing a large text in pieces, with every position exactly as if it had
 * been parsed whole.
 *
 * Why: micromark's cost grows faster than the text. Each time a list or a
 * block quote closes it copies the document's whole event list, so 12 MB of
 * articles took 30 times as long as 1.2 MB, and its events and tree for 10 MB
 * held about 1 GB. Pieces of about a megabyte parse in time proportional to
 * their size and free their events as soon as they are compiled.
 *
 * Where to cut: before a line that closes every list, block quote, footnote
 * definition, indented code block and paragraph before it and starts a block
 * of its own, so both sides parse as they would in the whole text:
 *
 * - right after a blank line, a line that starts with a letter, `=` or `#`;
 * - a heading line, blank line or not (`# H`, and `== H ==` in wiki text,
 *   where `=` never underlines): headings interrupt a paragraph and are
 *   never a lazy continuation;
 * - a list item at the margin right below another with the same marker
 *   (`- a` then `- b`, `1. a` then `2. b`): the item above is complete, and
 *   the two lists the pieces end and start with are joined back into one;
 * - a line right below the closing fence of a fenced code block at the top
 *   level (found by a scan of the fences of the whole text, checked by the
 *   piece's tree): the block is complete;
 * - a line of a paragraph in a block quote, right below another (`> a`
 *   then `> b`), where the cut may go inside a paragraph (below) and the
 *   quoted paragraph above holds no inline markup: the two quotes and their
 *   paragraphs are joined back into one;
 * - a footnote definition at the margin right below another (`[^a]: x` then
 *   `[^b]: y`): the one below closes the one above; a link definition right
 *   below one of a destination alone (`[a]: /u` then `[b]: /v`);
 * - last, where no other cut comes within a piece's size, a line of plain
 *   text inside one top-level paragraph: the two paragraphs are joined back
 *   into one, their boundary text nodes into one, when no inline construct
 *   can run across the cut — the part above holds no character that opens
 *   one (`` ` ``, `<`, `[`, `]`, `*`, `_`, `~`, `\`) or the part below none
 *   that closes one (`` ` ``, `>`, `]`, `)`, `*`, `_`, `~`) — and the line
 *   above ends in no hard break (trailing whitespace or `\`). A piece that
 *   does not start with such a paragraph is parsed again together with the
 *   piece before.
 *   Without these, a text of 150 000 infobox lines or headings, or one
 *   paragraph of 350 000 lines, is one block micromark cannot cut, and its
 *   events for a megabyte took over 1.5 GB.
 *
 * Two constructs can still run across a cut — a fenced code block or an
 * HTML block left open — and the piece's own tree shows them: a cut after an
 * open one is refused and the piece grows to a later cut. So is a list cut
 * whose piece does not end in a list (the item above was a table row).
 *
 * References: a link reference or footnote call is only one if its label is
 * defined somewhere in the document, and micromark learns the labels while
 * parsing. When pieces define labels, every piece that has brackets is parsed
 * again with all the document's labels known in advance.
 *
 * Positions: micromark's `parse().document(from)` can start at a point, but
 * `mdast-util-from-markdown`, which turns events into the tree, only exposes
 * `fromMarkdown(text)`, so each piece is parsed on its own and its positions
 * are moved by whole lines here, in one place: every piece starts at column
 * 1 of a line, so a point moves by the piece's first offset and line and its
 * column stays. Each piece starts where micromark put the end of the one
 * before, so no line is ever counted by hand.
 */
export interface PieceParser {
  /** Parses one piece; `definitions` are labels defined elsewhere in the document. */
  (piece: string, definitions?: Definitions): Root;
}


/**
 * Parses `text` in pieces of about `pieceSize` characters with `parsePiece`,
 * and answers one tree equal to parsing it whole, positions included.
 *
 * `maxUnits` bounds the work: micromark spends about the same time on every
 * node it makes and on every line it reads, however short (30–50 µs each
 * here), so 1 MB of short lines or small blocks takes ten times as long as
 * 1 MB of prose. Once the pieces parsed hold that many nodes and lines
 * together, the rest of the text is not parsed: the tree is the tree of the
 * text up to the end of the last piece, as if the text ended there, and its
 * root's end says where that is.
 */
export function parseInPieces(text: string, parsePiece: PieceParser, pieceSize: number, format: CutFormat = 'markdown', maxUnits = Number.POSITIVE_INFINITY): Root {
  // Every piece is first parsed knowing the labels that lines of the text
  // seem to define, so a piece that calls labels defined further on is
  // parsed once, not twice; the trees then say which labels are defined.
  const candidates = definitionCandidates(text);
  const seeded = candidates.links.length > 0 || candidates.footnotes.length > 0;
  const pieces = cutPieces(text, seeded ? (piece, definitions) => parsePiece(piece, definitions ?? candidates) : parsePiece, pieceSize, format, maxUnits);
  const definitions = definitionsOf(pieces.map((piece) => piece.tree));
  if (definitions.links.length > 0 || definitions.footnotes.length > 0 || seeded) {
    const known = labelSets(candidates);
    const all = labelSets(definitions);
    // Labels every piece was wrongly told of, and labels defined that no piece was told of.
    const falseLinks = [...known.links].filter((label) => !all.links.has(label));
    const falseFootnotes = [...known.footnotes].filter((label) => !all.footnotes.has(label));
    const untoldLinks = [...all.links].filter((label) => !known.links.has(label));
    const untoldFootnotes = [...all.footnotes].filter((label) => !known.footnotes.has(label));
    for (const piece of pieces) {
      // A piece knew its own definitions anyway.
      const own = untoldLinks.length + untoldFootnotes.length > 0 ? labelSets(definitionsOf([piece.tree])) : labelSets({ links: [], footnotes: [] });
      const wrong = {
        links: new Set([...falseLinks, ...untoldLinks.filter((label) => !own.links.has(label))]),
        footnotes: new Set([...falseFootnotes, ...untoldFootnotes.filter((label) => !own.footnotes.has(label))]),
      };
      if (mayCall(piece.text, wrong)) piece.tree = parseContinuing(parsePiece, piece.text, piece.tableHead, definitions);
    }
  }
  return joinPieces(pieces);
}

function labelSets(definitions: Definitions): LabelSets {
  return { links: new Set(definitions.links), footnotes: new Set(definitions.footnotes) };
}

/**
 * The labels lines of the text seem to define: a line that opens, after at
 * most three spaces, with `[label]:` (`[^label]:` for a footnote). A hint
 * only — a line in a fence or going on with a paragraph defines nothing —
 * which the pieces' trees confirm or correct.
 */
function definitionCandidates(text: string): Definitions {
  const links = new Set<string>();
  const footnotes = new Set<string>();
  for (let lineStart = 0; lineStart < text.length; lineStart = nextLineStart(text, lineStart)) {
    let at = lineStart;
    while (at - lineStart < 3 && text.charCodeAt(at) === 32) at++;
    const after = afterDefinitionLabel(text, at, lineEndIndex(text, at));
    if (after === 0) continue;
    const inner = text.slice(at + 1, after - 2);
    const footnote = inner.startsWith('^');
    const label = normalizeIdentifier(footnote ? inner.slice(1) : inner);
    if (label !== '') (footnote ? footnotes : links).add(label);
  }
  return { links: [...links], footnotes: [...footnotes] };
}

/**
 * Parses a piece; one that goes on with a table is parsed with the table's
 * head and delimiter lines in front, as GFM needs them to read its rows, and
 * the head row is then taken out and every position moved back.
 */
function parseContinuing(parsePiece: PieceParser, piece: string, tableHead: string | undefined, definitions?: Definitions): Root {
  if (tableHead === undefined) return parsePiece(piece, definitions);
  const tree = parsePiece(tableHead + piece, definitions);
  const table = tree.children[0];
  if (table?.type === 'table') table.children.shift();
  shiftTree(tree, -lineEndings(tableHead), -tableHead.length);
  return tree;
}

/** Which syntax the text is cut for: `=` lines are headings only in wiki text. */
export type CutFormat = 'wiki' | 'markdown';

/** How a piece goes on from the piece before. */
type Continues = 'nothing' | 'list' | 'paragraph' | 'quote' | 'table' | 'break' | 'definition' | 'fence';

interface Piece {
  text: string;
  tree: Root;
  /** A list, a paragraph or a table the piece before ends with, which this piece's first block continues. */
  continues: Continues;
  /** The head and delimiter lines of the table the piece continues. */
  tableHead?: string;
  /** Whether the paragraph the piece ends with holds no character that opens inline markup, in this piece or any before. */
  plainEnd?: boolean;
}

function cutPieces(text: string, parsePiece: PieceParser, pieceSize: number, format: CutFormat, maxUnits: number): Piece[] {
  const pieces: Piece[] = [];
  let units = 0;
  // Set when a paragraph or table cut was refused: the paragraph or table is
  // then parsed as one piece, up to the next cut of another kind, so a
  // refusal costs one more parse of it, not one per line, and cannot recur.
  let refused = false;
  const frontMatter = frontMatterEnd(text);
  const belowFences = format === 'markdown' ? linesBelowClosingFences(text) : new Set<number>();
  let start = 0;
  let continues: Continues = 'nothing';
  let tableHead: string | undefined;
  while (start < text.length) {
    let size = pieceSize;
    for (;;) {
      const end = text.length - start <= size + (size >> 1) ? text.length : nextCut(text, Math.max(start + size, frontMatter), format, refused ? Number.POSITIVE_INFINITY : pieceSize, !refused, belowFences);
      const pieceText = text.slice(start, end);
      const tree = parseContinuing(parsePiece, pieceText, tableHead);
      if (!startsAsContinued(tree, pieceText, continues, pieces[pieces.length - 1]?.plainEnd === true)) {
        // The cut before fell inside a paragraph or table this piece does not
        // go on with as the whole text would: parse it again from where the
        // pieces before it started going on with it, as one.
        let previous = pieces.pop() as Piece;
        start -= previous.text.length;
        while (previous.continues === continues && pieces.length > 0) {
          previous = pieces.pop() as Piece;
          start -= previous.text.length;
        }
        continues = previous.continues;
        tableHead = previous.tableHead;
        refused = true;
        break;
      }
      const cut = end === text.length ? 'nothing' : cutKind(text, end, format, belowFences);
      const last = tree.children[tree.children.length - 1];
      const paragraphEnd = cut === 'paragraph' || cut === 'quote' ? endingParagraph(tree, pieceText, cut === 'quote') : 'none';
      // Plain only if the whole paragraph is, from its start in a piece before.
      const plainEnd = paragraphEnd === 'plain' && (!continuesWhole(tree, continues) || pieces[pieces.length - 1]?.plainEnd === true);
      const holds = cut === 'list' ? last?.type === 'list' : cut === 'paragraph' ? paragraphEnd !== 'none' : cut === 'quote' ? plainEnd : cut === 'table' ? endsWithTable(tree, pieceText) : cut === 'break' ? endsWithThematicBreak(tree, pieceText) : cut === 'definition' ? endsWithDefinition(tree, pieceText) : cut === 'fence' ? endsWithFencedCode(tree, pieceText) : true;
      if (end === text.length || (endsClosed(tree, pieceText) && holds)) {
        pieces.push({ text: pieceText, tree, continues, ...(tableHead === undefined ? {} : { tableHead }), ...(plainEnd ? { plainEnd } : {}) });
        // A piece that is all one continued table passes its head on; else the head is its own last table's.
        if (cut !== 'table') tableHead = undefined;
        else if (!(continues === 'table' && tree.children.length === 1)) tableHead = headOf(pieceText, last?.position?.start.offset ?? 0);
        continues = cut;
        start = end;
        refused = false;
        units += lineCount(pieceText) + nodeCount(tree);
        if (units >= maxUnits) return pieces;
        break;
      }
      // A fence or HTML block is open at the cut: try a cut twice as far, so
      // even a huge open block costs only twice its parse.
      size *= 2;
    }
  }
  return pieces;
}

/** The lines of a piece: its line endings, and one for a last line without. */
function lineCount(piece: string): number {
  const last = piece.charCodeAt(piece.length - 1);
  return lineEndings(piece) + (last === 10 || last === 13 ? 0 : 1);
}

/** The nodes of a tree, its root left out. */
function nodeCount(tree: Root): number {
  let nodes = 0;
  const stack: Array<Root | RootContent> = [tree];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if ('children' in node) for (const child of node.children) stack.push(child);
    nodes++;
  }
  return nodes - 1;
}

/** What a piece starting at `lineStart` continues from the piece before, by the kind of cut there. */
function cutKind(text: string, lineStart: number, format: CutFormat, belowFences: ReadonlySet<number>): Continues {
  if (belowFences.has(lineStart)) return 'fence';
  if (isHeadingLine(text, lineStart, format)) return 'nothing';
  if (isItemBelowItem(text, lineStart)) return 'list';
  if (isQuoteParagraphLine(text, lineStart, previousLineStart(text, lineStart), format)) return 'quote';
  if (isBelowThematicBreak(text, lineStart, previousLineStart(text, lineStart))) return 'break';
  if (isDefinitionBelowDefinition(text, lineStart, previousLineStart(text, lineStart), format)) return 'definition';
  if (isRowBelowRow(text, lineStart, previousLineStart(text, lineStart), format)) return 'table';
  return isParagraphLine(text, lineStart, previousLineStart(text, lineStart), format) ? 'paragraph' : 'nothing';
}

/**
 * The first offset at or after `from` where a piece may start (see the
 * module's comment): after a blank line before a letter, `=` or `#`; a
 * heading line; a line right below a closing fence in `belowFences`; a
 * list item right below one with the same marker; a
 * footnote or link definition right below another; a line right below a thematic
 * break at the margin; a table row right below another (unless `rowCuts` is false); or, when none of
 * these comes within `paragraphLookahead` characters, the first line that
 * goes on with a paragraph as plain text. The text's length when there is
 * none.
 */
export function nextCut(text: string, from: number, format: CutFormat = 'markdown', paragraphLookahead = defaultLookahead, rowCuts = true, belowFences: ReadonlySet<number> = new Set()): number {
  let lineStart = from === 0 || isLineStart(text, from) ? from : nextLineStart(text, from);
  let previousLine = previousLineStart(text, lineStart);
  let paragraphCut = -1;
  while (lineStart < text.length) {
    const mayCut = lineStart > 0 && !opensFrontMatter(text, lineStart);
    if (mayCut && (belowFences.has(lineStart) || isHeadingLine(text, lineStart, format) || isItemBelowItem(text, lineStart, previousLine) || isNoteBelowNote(text, lineStart, previousLine, format) || isDefinitionBelowDefinition(text, lineStart, previousLine, format) || isBelowThematicBreak(text, lineStart, previousLine) || (rowCuts && isRowBelowRow(text, lineStart, previousLine, format)))) return lineStart;
    if (paragraphCut === -1) {
      if (mayCut && (isParagraphLine(text, lineStart, previousLine, format) || isQuoteParagraphLine(text, lineStart, previousLine, format))) paragraphCut = lineStart;
    } else if (lineStart - paragraphCut > paragraphLookahead) return paragraphCut;
    let index = lineStart;
    while (text.charCodeAt(index) === 32 || text.charCodeAt(index) === 9) index++;
    const afterBlank = lineEndAt(text, index);
    if (afterBlank > index && afterBlank < text.length && canStartPiece(text, afterBlank)) return afterBlank;
    previousLine = lineStart;
    lineStart = afterBlank > index ? afterBlank : nextLineStart(text, index);
  }
  return text.length;
}

/**
 * Whether the line starts with `---` or `+++`: at a piece's start the front
 * matter plugin would read it as a YAML or TOML fence, so no piece starts
 * there.
 */
function opensFrontMatter(text: string, lineStart: number): boolean {
  const code = text.charCodeAt(lineStart);
  return (code === 45 || code === 43) && text.charCodeAt(lineStart + 1) === code && text.charCodeAt(lineStart + 2) === code;
}

// The front matter plugin's fences: `---` (YAML) or `+++` (TOML), then only spaces or tabs.
const frontMatterFence = /^(?:-{3}|\+{3})[ \t]*$/;

/**
 * Where the front matter the text opens with ends (the start of the line
 * after its closing fence), so the first piece takes all of it: a piece cut
 * inside would leave it unclosed, and its lines would be read as Markdown.
 * 0 when the text opens with no fence. The text's length when it opens one
 * and never closes it: micromark-extension-frontmatter then reads every list
 * item of the whole text as a paragraph line, which no piece could know.
 */
function frontMatterEnd(text: string): number {
  if (!opensFrontMatter(text, 0) || !frontMatterFence.test(text.slice(0, lineEndIndex(text, 0)))) return 0;
  const fence = text.charCodeAt(0);
  for (let lineStart = nextLineStart(text, 0); lineStart < text.length; lineStart = nextLineStart(text, lineStart)) {
    if (text.charCodeAt(lineStart) === fence && frontMatterFence.test(text.slice(lineStart, lineEndIndex(text, lineStart)))) {
      return nextLineStart(text, lineStart);
    }
  }
  return text.length;
}

/** The offset of the line ending (or the text's end) of the line at `lineStart`. */
function lineEndIndex(text: string, lineStart: number): number {
  let end = lineStart;
  while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
  return end;
}

// A cut inside a paragraph is taken only when no other comes for this long
// (parsing in pieces passes its piece size).
const defaultLookahead = 50_000;

// Line starts that may open a block of their own in a piece's first line,
// though they go on with a paragraph in the whole text: whitespace
// (indented code), quotes, headings, fences, HTML, definitions, tables,
// thematic breaks and list items.
const blockStart = /^(?:[ \t>#`~<[|_]|[-*+](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$))/;
// In Markdown `=` and `-` lines underline the paragraph above.
const underline = /^[-=]/;

/**
 * Whether the line at `lineStart` may go on with a paragraph from the line
 * above as plain text: the line above has text and no trailing whitespace,
 * and this one opens no block of its own when it starts a piece.
 */
function isParagraphLine(text: string, lineStart: number, previousLine: number, format: CutFormat): boolean {
  if (previousLine < 0) return false;
  const previousEnd = lineStart - (text.charCodeAt(lineStart - 1) === 10 && text.charCodeAt(lineStart - 2) === 13 ? 2 : 1);
  const last = text.charCodeAt(previousEnd - 1);
  if (previousEnd <= previousLine || last === 32 || last === 9 || lineEndAt(text, lineStart) > lineStart || lineStart >= text.length) return false;
  const head = lineHead(text, lineStart);
  return !blockStart.test(head) && !(format === 'markdown' && underline.test(head));
}

// Characters that can open an inline construct spanning lines (code, HTML,
// links, footnote calls, emphasis, strikethrough) or a hard break.
const spanningMarkup = /[`<[\]*_~\\]/;
// Characters that can close one: a code span, an HTML tag, comment or
// instruction (`>`), a label (`]`), a link's destination or title (`)`),
// emphasis and strikethrough.
const closingMarkup = /[`>\])*_~]/;

/**
 * Whether the line at `lineStart` and the one above both start with `|`, as
 * Markdown table rows do (wiki text has no GFM tables). Whether they are
 * rows of one table the pieces' trees tell.
 */
function isRowBelowRow(text: string, lineStart: number, previousLine: number, format: CutFormat): boolean {
  return format === 'markdown' && previousLine >= 0 && text.charCodeAt(lineStart) === 124 && text.charCodeAt(previousLine) === 124;
}

/**
 * Whether the line above `lineStart` is a thematic break at the margin: a
 * leaf block that leaves nothing open, so the line after it starts afresh
 * (whether it was one, and not a setext underline, the piece's tree tells).
 */
function isBelowThematicBreak(text: string, lineStart: number, previousLine: number): boolean {
  if (previousLine < 0 || lineStart >= text.length || lineEndAt(text, lineStart) > lineStart) return false;
  const code = text.charCodeAt(previousLine);
  if (code !== 45 && code !== 42 && code !== 95) return false;
  const previousEnd = lineStart - (text.charCodeAt(lineStart - 1) === 10 && text.charCodeAt(lineStart - 2) === 13 ? 2 : 1);
  return previousEnd - previousLine <= headLength && thematicBreak.test(text.slice(previousLine, previousEnd));
}

/** Whether the piece ends with a top-level thematic break that runs to its last line's end. */
function endsWithThematicBreak(tree: Root, piece: string): boolean {
  return lastBlockAtEnd(tree, piece)?.type === 'thematicBreak';
}

/** The piece's last top-level block when it runs to its last line's end. */
function lastBlockAtEnd(tree: Root, piece: string): RootContent | undefined {
  const last = tree.children[tree.children.length - 1];
  return last?.position?.end.offset === lastLineEnd(piece) ? last : undefined;
}

/** Where the piece's last line ends, before its line ending: every piece but the text's last ends with one. */
function lastLineEnd(piece: string): number {
  return piece.length - (piece.endsWith('\r\n') ? 2 : 1);
}

/**
 * Whether the line at `lineStart` opens a link definition at the margin and
 * the line above is one with its destination and nothing else (GFM Markdown
 * only): `[a]: /u` then `[b]: /v`. The line below cannot go on with the
 * definition above (a title opens with a quote or a parenthesis), so it
 * starts the next; whether the line above was a definition, and not a
 * paragraph's line, the piece's tree tells.
 */
function isDefinitionBelowDefinition(text: string, lineStart: number, previousLine: number, format: CutFormat): boolean {
  if (format !== 'markdown' || previousLine < 0 || text.charCodeAt(lineStart) !== 91 || text.charCodeAt(lineStart + 1) === 94 || text.charCodeAt(previousLine) !== 91) return false;
  const previousEnd = lineStart - (text.charCodeAt(lineStart - 1) === 10 && text.charCodeAt(lineStart - 2) === 13 ? 2 : 1);
  return previousEnd - previousLine <= definitionLength && definitionOnly.test(text.slice(previousLine, previousEnd));
}

// A link definition with a destination and no title: a label of no
// brackets, then a destination that is neither `<…>` nor a title's opening.
const definitionOnly = /^\[(?:[^\\[\]]|\\.){1,999}\]:[ \t]*[^ \t<"'(\r\n][^ \t\r\n]*[ \t]*$/;
// Longer definition lines are not cut at: the test stays within a line's head.
const definitionLength = 2048;

/** Whether the piece ends with a top-level link definition that runs to its last line's end. */
function endsWithDefinition(tree: Root, piece: string): boolean {
  return lastBlockAtEnd(tree, piece)?.type === 'definition';
}

/** Whether the piece starts with a block quote whose paragraph's text begins right after the first `>`. */
function startsWithQuotedText(tree: Root, piece: string): boolean {
  const quote = tree.children[0];
  if (quote?.type !== 'blockquote' || quote.position?.start.offset !== 0) return false;
  const paragraph = quote.children[0];
  const text = paragraph?.type === 'paragraph' ? paragraph.children[0] : undefined;
  const content = quoteContent(piece, 0);
  return paragraph?.position?.start.offset === content && text?.type === 'text' && text.position?.start.offset === content;
}

/**
 * The starts of the lines right below a closing fence of a fenced code block
 * that the scan finds at the top level: fence lines indented at most three
 * spaces, an opening one of three or more backticks (without backticks
 * after) or tildes, closed by one of the same character at least as long
 * with nothing after. Fences inside containers start with their markers and
 * are not seen; whether a cut here holds, the piece's tree tells.
 */
function linesBelowClosingFences(text: string): Set<number> {
  const below = new Set<number>();
  let open: { code: number; length: number } | undefined;
  for (let lineStart = 0; lineStart < text.length; ) {
    const lineEnd = lineEndIndex(text, lineStart);
    let at = lineStart;
    while (at < lineEnd && at - lineStart < 4 && text.charCodeAt(at) === 32) at++;
    const code = text.charCodeAt(at);
    let run = at;
    if (at - lineStart < 4 && (code === 96 || code === 126)) while (run < lineEnd && text.charCodeAt(run) === code) run++;
    const next = nextLineStart(text, lineStart);
    if (run - at >= 3) {
      const rest = text.slice(run, lineEnd);
      if (open && code === open.code && run - at >= open.length && rest.trim() === '') {
        open = undefined;
        if (next < text.length) below.add(next);
      } else if (!open && !(code === 96 && rest.includes('`'))) open = { code, length: run - at };
    }
    lineStart = next;
  }
  return below;
}

/** Whether the piece ends with a top-level fenced code block, closed, that runs to its last line's end. */
function endsWithFencedCode(tree: Root, piece: string): boolean {
  const code = lastBlockAtEnd(tree, piece);
  if (code?.type !== 'code' || !code.position) return false;
  const source = piece.slice(code.position.start.offset, code.position.end.offset);
  return /^ {0,3}(?:`{3}|~{3})/.test(source) && fenceClosed(source);
}

/** Whether the piece ends with a top-level table that runs to its last line's end. */
function endsWithTable(tree: Root, piece: string): boolean {
  return lastBlockAtEnd(tree, piece)?.type === 'table';
}

/** A table's head and delimiter lines, line endings included: the first two lines from `start`. */
function headOf(piece: string, start: number): string {
  const headEnd = nextLineStart(piece, start);
  return piece.slice(start, nextLineStart(piece, headEnd));
}

function lineEndings(text: string): number {
  let count = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 10 || (code === 13 && text.charCodeAt(index + 1) !== 10)) count++;
  }
  return count;
}

/**
 * Whether a piece's first block goes on with what the piece before ends with,
 * as the cut between them needs; `plainBefore` when the paragraph the piece
 * before ends with holds no inline markup.
 */
function startsAsContinued(tree: Root, piece: string, continues: Continues, plainBefore: boolean): boolean {
  if (continues === 'paragraph') return startsWithParagraphText(tree, piece, plainBefore);
  if (continues === 'quote') return plainBefore && startsWithQuotedText(tree, piece);
  if (continues !== 'table') return true;
  const table = tree.children[0];
  return table?.type === 'table' && table.children[0]?.position?.start.offset === 0;
}

/**
 * Whether the line at `lineStart` goes on with a paragraph in a block quote
 * from the line above as plain text: both open with `>` at the margin (and
 * at most a space), and what follows is a paragraph line (`isParagraphLine`).
 */
function isQuoteParagraphLine(text: string, lineStart: number, previousLine: number, format: CutFormat): boolean {
  if (previousLine < 0) return false;
  const content = quoteContent(text, lineStart);
  const previousContent = quoteContent(text, previousLine);
  return content >= 0 && previousContent >= 0 && isParagraphLine(text, content, previousContent, format);
}

/** Where the content of a block quote line at `lineStart` begins, after `>` and a space; -1 for another line. */
function quoteContent(text: string, lineStart: number): number {
  if (text.charCodeAt(lineStart) !== 62) return -1;
  return text.charCodeAt(lineStart + 1) === 32 ? lineStart + 2 : lineStart + 1;
}

/** Whether a piece is all one paragraph (or one quoted paragraph) going on from the piece before. */
function continuesWhole(tree: Root, continues: Continues): boolean {
  if (continues === 'paragraph') return tree.children.length === 1;
  const quote = tree.children[0];
  return continues === 'quote' && tree.children.length === 1 && quote?.type === 'blockquote' && quote.children.length === 1;
}

/**
 * How the piece ends: `none` unless with a top-level paragraph whose last
 * text runs to its last line's end, not ending in `\\` (a hard break only
 * when a line follows); `plain` when that paragraph holds no character that
 * opens inline markup, `text` when it does.
 */
function endingParagraph(tree: Root, piece: string, quoted: boolean): 'none' | 'text' | 'plain' {
  const last = tree.children[tree.children.length - 1];
  const paragraph = quoted ? (last?.type === 'blockquote' && last.position?.end.offset === last.children[last.children.length - 1]?.position?.end.offset ? last.children[last.children.length - 1] : undefined) : last;
  if (paragraph?.type !== 'paragraph' || !paragraph.position) return 'none';
  const lineEnd = lastLineEnd(piece);
  const text = paragraph.children[paragraph.children.length - 1];
  if (paragraph.position.end.offset !== lineEnd || text?.type !== 'text' || text.position?.end.offset !== lineEnd || piece.charCodeAt(lineEnd - 1) === 92) return 'none';
  return spanningMarkup.test(piece.slice(paragraph.position.start.offset ?? 0, lineEnd)) ? 'text' : 'plain';
}

/**
 * Whether the piece starts, at its first character, with a top-level
 * paragraph of text that the paragraph before can run into as one: an inline
 * construct spans the cut only if it opens before it and closes after it, so
 * either the paragraph before opens nothing (`plainBefore`) or this one
 * closes nothing.
 */
function startsWithParagraphText(tree: Root, piece: string, plainBefore: boolean): boolean {
  const paragraph = tree.children[0];
  if (paragraph?.type !== 'paragraph' || !paragraph.position) return false;
  const text = paragraph.children[0];
  if (paragraph.position.start.offset !== 0 || text?.type !== 'text' || text.position?.start.offset !== 0) return false;
  return plainBefore || !closingMarkup.test(piece.slice(0, paragraph.position.end.offset));
}

// An ATX heading: one to six `#` and a space, a tab or the line's end.
const atxHeading = /^#{1,6}(?:[ \t]|$)/;

/** Whether the line at `lineStart` is a heading that starts at the margin. */
function isHeadingLine(text: string, lineStart: number, format: CutFormat): boolean {
  const code = text.charCodeAt(lineStart);
  if (code === 35) return atxHeading.test(lineHead(text, lineStart));
  return format === 'wiki' && code === 61 && isWikiHeadingLine(text, lineStart);
}

/**
 * A wiki heading as its micromark construct reads it: one to six `=`, some
 * text, and a closing run of `=` with only spaces after. Read to the line's
 * end, so only lines that start with `=` pay for it.
 */
function isWikiHeadingLine(text: string, lineStart: number): boolean {
  let open = lineStart;
  while (text.charCodeAt(open) === 61) open++;
  if (open - lineStart > 6) return false;
  let end = open;
  while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
  let close = end;
  while (close > open && (text.charCodeAt(close - 1) === 32 || text.charCodeAt(close - 1) === 9)) close--;
  let run = close;
  while (run > open && text.charCodeAt(run - 1) === 61) run--;
  return run < close && /\S/.test(text.slice(open, run).replace(/=/g, ''));
}

/**
 * Whether the line at `lineStart` is a list item at the margin with text,
 * right below a line (`previousLine`, by default the line before) that is one
 * with the same marker: `-`, `*` or `+`, or digits with the same `.` or `)`.
 */
export function isItemBelowItem(text: string, lineStart: number, previousLine = previousLineStart(text, lineStart)): boolean {
  if (previousLine < 0) return false;
  const marker = itemMarker(lineHead(text, lineStart));
  return marker !== undefined && marker === itemMarker(lineHead(text, previousLine));
}

/**
 * Whether the line at `lineStart` and the one above both open a footnote
 * definition at the margin (`[^label]:`, GFM Markdown only): the definition
 * above is closed by the one below, and the cut needs nothing joined.
 */
function isNoteBelowNote(text: string, lineStart: number, previousLine: number, format: CutFormat): boolean {
  return format === 'markdown' && previousLine >= 0 && opensNote(text, lineStart) && opensNote(text, previousLine);
}

/** Whether the line opens a footnote definition: `[^`, a label without whitespace, controls or backslashes, `]:`. */
function opensNote(text: string, lineStart: number): boolean {
  if (text.charCodeAt(lineStart + 1) !== 94) return false;
  const after = afterDefinitionLabel(text, lineStart, lineEndIndex(text, lineStart));
  return after > lineStart + 4 && !/[\u0000-\u0020\\]/.test(text.slice(lineStart + 2, after - 2));
}

// A list item with text after its marker. A bullet line of nothing but
// markers and spaces (`- - -`, `* * *`) is a thematic break, not an item.
const bulletItem = /^([-*+])[ \t]+\S/;
const orderedItem = /^\d{1,9}([.)])[ \t]+\S/;
const thematicBreak = /^([-*_])[ \t]*(?:\1[ \t]*){2,}$/;

/** The marker of a list item line (`-`, `*`, `+`, `.` or `)`), or undefined. */
function itemMarker(head: string): string | undefined {
  const bullet = bulletItem.exec(head);
  if (bullet) return thematicBreak.test(head) ? undefined : bullet[1];
  return orderedItem.exec(head)?.[1];
}

// Enough of a line to tell its block: markers, digits and the first text.
const headLength = 16;

/** The first characters of the line at `lineStart`, up to its end. */
function lineHead(text: string, lineStart: number): string {
  let end = lineStart;
  while (end < text.length && end - lineStart < headLength && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
  return text.slice(lineStart, end);
}

/** The start of the line before the one starting at `lineStart`, or -1 on the first line. */
function previousLineStart(text: string, lineStart: number): number {
  if (lineStart === 0) return -1;
  let at = lineStart - 1;
  if (text.charCodeAt(at) === 10 && text.charCodeAt(at - 1) === 13) at--;
  while (at > 0 && text.charCodeAt(at - 1) !== 10 && text.charCodeAt(at - 1) !== 13) at--;
  return at;
}

/** The start of the line after the one `index` is in (the text's length on the last line). */
function nextLineStart(text: string, index: number): number {
  for (let at = index; at < text.length; at++) {
    const end = lineEndAt(text, at);
    if (end > at) return end;
  }
  return text.length;
}

function isLineStart(text: string, index: number): boolean {
  const before = text.charCodeAt(index - 1);
  return before === 10 || (before === 13 && text.charCodeAt(index) !== 10);
}

/** After the line ending (CR, LF or CRLF) at `index`, or `index` when there is none. */
function lineEndAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code === 10) return index + 1;
  if (code === 13) return text.charCodeAt(index + 1) === 10 ? index + 2 : index + 1;
  return index;
}

const letter = /\p{L}/u;

function canStartPiece(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code === 61 || code === 35) return true;
  return letter.test(String.fromCodePoint(text.codePointAt(index) as number));
}

/**
 * Whether nothing in `tree` runs on past the end of `piece`: no block on its
 * last line of descent (the last block, the last block inside that, …) is an
 * HTML block or a fenced code block without its closing fence. Left open at
 * the end of a piece, such a block takes in the blank lines before the cut,
 * which a whole parse ends it before (found by fuzzing: `- <!--x` then a
 * blank line). Blocks before the last are closed by what follows them.
 */
function endsClosed(tree: Root, piece: string): boolean {
  for (let node = tree.children[tree.children.length - 1]; node; ) {
    if (node.type === 'html') return false;
    if (node.type === 'code' && node.position && !fenceClosed(piece.slice(node.position.start.offset, node.position.end.offset))) return false;
    node = node.type === 'list' || node.type === 'listItem' || node.type === 'blockquote' || node.type === 'footnoteDefinition' ? node.children[node.children.length - 1] : undefined;
  }
  return true;
}

/** Whether the source of a code block is indented code, or a fence with its closing fence. */
function fenceClosed(source: string): boolean {
  const opening = /^[ \t]{0,3}(`{3,}|~{3,})/.exec(source);
  if (!opening) return true;
  const lines = source.split(/\r\n|\r|\n/);
  const fence = opening[1] as string;
  // Inside a list or quote the closing line starts with the container's markers.
  const closing = (lines[lines.length - 1] as string).replace(/^[ \t>]*/, '').trim();
  return lines.length > 1 && closing.length >= fence.length && closing === (fence[0] as string).repeat(closing.length);
}

interface LabelSets {
  links: ReadonlySet<string>;
  footnotes: ReadonlySet<string>;
}

/**
 * Whether a piece may call one of `labels`, so its first parse, which knew
 * them wrongly, may have read the call wrongly: some `[label]` or `[^label]`
 * in it with such a label, or one holding a backslash, which this scan does
 * not unescape. Pieces that call none are not parsed again: a megabyte of
 * footnote definitions was parsed twice.
 */
function mayCall(piece: string, labels: LabelSets): boolean {
  if (labels.links.size === 0 && labels.footnotes.size === 0) return false;
  for (let open = piece.indexOf('['); open >= 0; ) {
    let close = open + 1;
    while (close < piece.length && close - open <= longestLabel + 2 && piece.charCodeAt(close) !== 91 && piece.charCodeAt(close) !== 93) close++;
    if (piece.charCodeAt(close) === 93) {
      const inner = piece.slice(open + 1, close);
      if (inner.includes('\\')) return true;
      const footnote = inner.startsWith('^');
      if ((footnote ? labels.footnotes : labels.links).has(normalizeIdentifier(footnote ? inner.slice(1) : inner))) return true;
    }
    open = piece.indexOf('[', open + 1);
  }
  return false;
}

function definitionsOf(trees: readonly Root[]): Definitions {
  const links = new Set<string>();
  const footnotes = new Set<string>();
  for (const tree of trees) {
    const stack: Array<Root | RootContent> = [tree];
    for (let node = stack.pop(); node; node = stack.pop()) {
      // micromark compares labels upper-cased (normalizeIdentifier); mdast keeps them lower-cased.
      if (node.type === 'definition') links.add(node.identifier.toUpperCase());
      else if (node.type === 'footnoteDefinition') footnotes.add(node.identifier.toUpperCase());
      if ('children' in node) for (const child of node.children) stack.push(child);
    }
  }
  return { links: [...links], footnotes: [...footnotes] };
}

function joinPieces(pieces: readonly Piece[]): Root {
  const children: RootContent[] = [];
  let from: Point = { line: 1, column: 1, offset: 0 };
  let start: Point | undefined;
  let previousText = '';
  for (const piece of pieces) {
    const lines = from.line - 1;
    const offset = from.offset ?? 0;
    shiftTree(piece.tree, lines, offset);
    start ??= piece.tree.position?.start;
    const previous = children[children.length - 1];
    const first = piece.tree.children[0];
    const joined =
      (piece.continues === 'list' && previous?.type === 'list' && first?.type === 'list' && joinLists(previous, first)) ||
      (piece.continues === 'table' && previous?.type === 'table' && first?.type === 'table' && joinTables(previous, first)) ||
      (piece.continues === 'paragraph' && previous?.type === 'paragraph' && first?.type === 'paragraph' && joinParagraphs(previous, first, lineEndingAtEnd(previousText))) ||
      (piece.continues === 'quote' && previous?.type === 'blockquote' && first?.type === 'blockquote' && joinQuotes(previous, first, lineEndingAtEnd(previousText)));
    for (const child of joined ? piece.tree.children.slice(1) : piece.tree.children) children.push(child);
    const end = piece.tree.position?.end;
    // Every piece but the last ends with a line ending, so micromark ends it
    // at column 1 of the next line, one piece length further: anything else
    // would shift every position after it, and must fail loudly instead.
    if (!end || end.offset !== offset + piece.text.length || (end.column !== 1 && piece !== pieces[pieces.length - 1])) {
      throw new Error(`claimcheck: a piece of the text did not end where it was cut (offset ${offset + piece.text.length})`);
    }
    from = end;
    previousText = piece.text;
  }
  return { type: 'root', children, position: { start: start ?? { line: 1, column: 1, offset: 0 }, end: from } };
}

/**
 * Appends the items of `next` to `list`, the list a whole parse makes of the
 * two: the first list's `ordered` and `start`, loose when either is (no
 * blank line can stand between them, the cut being right below an item).
 * Declines, answering false, lists of different kinds.
 */
function joinLists(list: List, next: List): boolean {
  if (list.ordered !== next.ordered || !list.position || !next.position) return false;
  for (const item of next.children) list.children.push(item);
  list.spread = Boolean(list.spread || next.spread);
  list.position = { start: list.position.start, end: next.position.end };
  return true;
}

/** Appends the rows of `next` (its head row taken out) to `table`. */
function joinTables(table: Table, next: Table): boolean {
  if (!table.position || !next.position) return false;
  for (const row of next.children) table.children.push(row);
  table.position = { start: table.position.start, end: next.position.end };
  return true;
}

/**
 * Appends `next` to `quote`, the block quote a whole parse makes of the two:
 * the paragraph the first ends with and the one the second starts with
 * become one (`joinParagraphs`).
 */
function joinQuotes(quote: Blockquote, next: Blockquote, lineEnding: string): boolean {
  const last = quote.children[quote.children.length - 1];
  const first = next.children[0];
  if (last?.type !== 'paragraph' || first?.type !== 'paragraph' || !quote.position || !next.position || !joinParagraphs(last, first, lineEnding)) return false;
  for (const child of next.children.slice(1)) quote.children.push(child);
  quote.position = { start: quote.position.start, end: next.position.end };
  return true;
}

/**
 * Appends `next` to `paragraph`, the paragraph a whole parse makes of the
 * two: the last text node of the first and the first of the second become
 * one, with the line ending between them, as micromark keeps it.
 */
function joinParagraphs(paragraph: Paragraph, next: Paragraph, lineEnding: string): boolean {
  const last = paragraph.children[paragraph.children.length - 1];
  const first = next.children[0];
  if (last?.type !== 'text' || first?.type !== 'text' || !last.position || !first.position || !paragraph.position || !next.position) return false;
  last.value = `${last.value}${lineEnding}${first.value}`;
  last.position = { start: last.position.start, end: first.position.end };
  for (const child of next.children.slice(1)) paragraph.children.push(child);
  paragraph.position = { start: paragraph.position.start, end: next.position.end };
  return true;
}

/** The line ending a piece's text ends with. */
function lineEndingAtEnd(piece: string): string {
  return piece.endsWith('\r\n') ? '\r\n' : piece.slice(-1);
}

/** Moves every position of `tree` down by `lines` lines and on by `offset` characters. */
function shiftTree(tree: Root, lines: number, offset: number): void {
  if (lines === 0 && offset === 0) return;
  const stack: Array<Root | RootContent> = [tree];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.position) node.position = shiftPosition(node.position, lines, offset);
    if ('children' in node) for (const child of node.children) stack.push(child);
  }
}

function shiftPosition(position: Position, lines: number, offset: number): Position {
  return { start: shiftPoint(position.start, lines, offset), end: shiftPoint(position.end, lines, offset) };
}

function shiftPoint(point: Point, lines: number, offset: number): Point {
  // New objects, not edits: two nodes may share a point object.
  return { line: point.line + lines, column: point.column, offset: (point.offset ?? 0) + offset };
}
