import type { Skipped } from '../util/budget.js';
import { afterDefinitionLabel, afterLineEnding, endOfLine, isSpaceOrTab, maskAt } from './lines.js';

/**
 * Bounds the work micromark does on emphasis, brackets and backslashes in one Markdown
 * paragraph, before it sees the text.
 *
 * Why: micromark matches `*`, `_` and `~` runs and `[`/`]` labels by looking
 * back over the paragraph's events from each closer and splicing the events
 * it rewrites, so their cost grows with the square of their number in one
 * paragraph (or of one run's length), nested emphasis faster still: 32 KB of `a]` took 2.4 s, 16 KB of
 * nested `*a ` … ` b*` 7.6 s. And GFM's autolink literals look back from
 * every word for a `[` not yet closed, so one `[` left open at the start of a
 * long paragraph makes every later word scan back to it (256 KB: 10 s).
 * Backslash escapes are linear but heavy: 1 MB of `\\` held 1.3 GB of events.
 *
 * Wiki text turns these constructs off (src/parse/remark-wiki.ts). In
 * Markdown two kinds of markers are replaced, in the text given to micromark
 * only, by no-break spaces of the same length, so they read as text, every
 * offset stays where it was, and the skip is recorded (quotes are cut from
 * the original text): the markers past the first `maxPerParagraph` of a
 * paragraph, and a `[` not closed within `maxOpenSpan` characters.
 *
 * A paragraph is found the way a line scan can: lines after the container
 * prefix (`>`, indentation), a new one starting at a blank line, a list item,
 * a heading, a thematic break or a fence; each row of a table counts on its
 * own (its cells are parsed apart), and fenced code is not counted. The
 * scan over-counts rather than under-counts (an HTML block is counted like a
 * paragraph), so a real paragraph is cut only past the limit.
 */
export function limitInlineMarkup(text: string, maxPerParagraph: number, maxOpenSpan: number): { source: string; skipped: Skipped[] } {
  const skipped: Skipped[] = [];
  const masks: number[] = [];
  let count = 0;
  let lineInParagraph = 0;
  // Whether the line above was a link or footnote definition.
  let afterDefinition = false;
  let table = false;
  let fence: { code: number; length: number } | undefined;
  // Offsets of the `[` still open in this paragraph, oldest first.
  let open: number[] = [];
  let cut: Skipped | undefined;
  const skip = (index: number, lineEnd: number, what: string, limit: Skipped['limit'], value: number) => {
    masks.push(index);
    if (cut && cut.limit === limit) cut.end = Math.max(cut.end, lineEnd);
    else {
      cut = { stage: 'parse', what, limit, value, start: index, end: lineEnd };
      skipped.push(cut);
    }
  };
  const closeParagraph = () => {
    afterDefinition = false;
    count = 0;
    lineInParagraph = 0;
    table = false;
    open = [];
    cut = undefined;
  };
  for (let lineStart = 0; lineStart < text.length; ) {
    const lineEnd = endOfLine(text, lineStart);
    let line = classify(text, lineStart, lineEnd);
    if (fence) {
      if (line.kind === 'fence' && line.fence.code === fence.code && line.fence.length >= fence.length && line.fence.closes) fence = undefined;
    } else if (line.kind === 'fence') {
      closeParagraph();
      fence = line.fence;
    } else if (line.kind === 'blank' || line.kind === 'break') {
      closeParagraph();
    } else {
      // A definition's label is no inline markup: a footnote definition opens
      // a block of its own anywhere, a link definition where no paragraph
      // goes on (a paragraph line reading `[a]: b` is text).
      if (line.kind === 'definition' && !line.footnote && lineInParagraph > 0 && !afterDefinition) line = { kind: 'text', contentStart: line.lineStart, delimiterRow: false };
      if (line.kind !== 'text') closeParagraph();
      else if (table || (lineInParagraph === 1 && line.delimiterRow)) {
        // The line above was a table's head or row: every row is its own unit.
        table = true;
        count = 0;
        open = [];
        cut = undefined;
      }
      afterDefinition = line.kind === 'definition';
      lineInParagraph++;
      for (let index = line.contentStart; index < lineEnd; index++) {
        const code = text.charCodeAt(index);
        while (open.length > 0 && index - (open[0] as number) > maxOpenSpan) {
          skip(open.shift() as number, lineEnd, `a \`[\` not closed within ${maxOpenSpan} characters (read as text)`, 'openBracketSpan', maxOpenSpan);
        }
        if (!isInlineMarker(code)) continue;
        // Every character counts, not every run: micromark matches a run of
        // `*` a character or two at a time, so 7 KB of them in one run took 3 s.
        count++;
        if (count > maxPerParagraph) skip(index, lineEnd, `emphasis, brackets and backslashes past the first ${maxPerParagraph} of a paragraph (read as text)`, 'inlineMarkup', maxPerParagraph);
        else if (code === openingBracket) open.push(index);
        else if (code === closingBracket) open.pop();
      }
      if (line.kind === 'heading') closeParagraph();
    }
    lineStart = afterLineEnding(text, lineEnd);
  }
  // Brackets left open are found after the markers past them: sort once.
  return { source: maskAt(text, Int32Array.from(masks).sort()), skipped };
}

type Line =
  | { kind: 'blank' }
  | { kind: 'break' }
  | { kind: 'fence'; fence: { code: number; length: number; closes: boolean } }
  | { kind: 'item' | 'heading' | 'text'; contentStart: number; delimiterRow: boolean }
  | { kind: 'definition'; contentStart: number; lineStart: number; footnote: boolean };

/** What a line starts with once its container prefix (spaces, tabs, `>`) is set aside. */
function classify(text: string, lineStart: number, lineEnd: number): Line {
  let at = lineStart;
  while (at < lineEnd && (isSpaceOrTab(text.charCodeAt(at)) || text.charCodeAt(at) === greaterThan)) at++;
  if (at === lineEnd) return { kind: 'blank' };
  const code = text.charCodeAt(at);
  if (code === backtick || code === tilde) {
    let run = at;
    while (run < lineEnd && text.charCodeAt(run) === code) run++;
    if (run - at >= 3) return { kind: 'fence', fence: { code, length: run - at, closes: onlySpaceFrom(text, run, lineEnd) } };
  }
  if ((code === dash || code === asterisk || code === underscore) && isThematicBreak(text, at, lineEnd, code)) return { kind: 'break' };
  if ((code === dash || code === asterisk || code === plus) && isSpaceOrTab(text.charCodeAt(at + 1))) return { kind: 'item', contentStart: at + 1, delimiterRow: false };
  let digits = at;
  while (digits < lineEnd && digits - at < 9 && text.charCodeAt(digits) >= 48 && text.charCodeAt(digits) <= 57) digits++;
  const delimiter = text.charCodeAt(digits);
  if (digits > at && (delimiter === period || delimiter === closingParenthesis) && isSpaceOrTab(text.charCodeAt(digits + 1))) return { kind: 'item', contentStart: digits + 1, delimiterRow: false };
  if (code === openingBracket) {
    const after = afterDefinitionLabel(text, at, lineEnd);
    if (after > 0) return { kind: 'definition', contentStart: after, lineStart: at, footnote: text.charCodeAt(at + 1) === caret };
  }
  if (code === hash) {
    let run = at;
    while (run < lineEnd && text.charCodeAt(run) === hash) run++;
    if (run - at <= 6 && (run === lineEnd || isSpaceOrTab(text.charCodeAt(run)))) return { kind: 'heading', contentStart: run, delimiterRow: false };
  }
  return { kind: 'text', contentStart: at, delimiterRow: isDelimiterRow(text, at, lineEnd) };
}

/** Three or more of `code` with only spaces and tabs between them, to the line's end. */
function isThematicBreak(text: string, from: number, lineEnd: number, code: number): boolean {
  let markers = 0;
  for (let index = from; index < lineEnd; index++) {
    const current = text.charCodeAt(index);
    if (current === code) markers++;
    else if (!isSpaceOrTab(current)) return false;
  }
  return markers >= 3;
}

/** A GFM table's delimiter row, loosely: only `|`, `-`, `:` and spaces, with a `|` and a `-`. */
function isDelimiterRow(text: string, from: number, lineEnd: number): boolean {
  let pipe = false;
  let dashes = false;
  for (let index = from; index < lineEnd; index++) {
    const code = text.charCodeAt(index);
    if (code === verticalBar) pipe = true;
    else if (code === dash) dashes = true;
    else if (code !== colon && !isSpaceOrTab(code)) return false;
  }
  return pipe && dashes;
}

function onlySpaceFrom(text: string, from: number, lineEnd: number): boolean {
  for (let index = from; index < lineEnd; index++) if (!isSpaceOrTab(text.charCodeAt(index))) return false;
  return true;
}

/**
 * `*`, `_`, `~`, `[` and `]`, the characters micromark resolves by looking
 * back over a paragraph, and `\\`, each of whose escapes costs events: 1 MB
 * of backslashes held 1.3 GB.
 */
function isInlineMarker(code: number): boolean {
  return code === asterisk || code === underscore || code === tilde || code === openingBracket || code === closingBracket || code === backslash;
}

const greaterThan = 62;
const backtick = 96;
const tilde = 126;
const dash = 45;
const asterisk = 42;
const underscore = 95;
const plus = 43;
const period = 46;
const closingParenthesis = 41;
const hash = 35;
const verticalBar = 124;
const colon = 58;
const caret = 94;
const backslash = 92;
const openingBracket = 91;
const closingBracket = 93;
