/**
 * Turns a planted case into the text it describes: checks that the article
 * is the one the case was written against (SHA-256 of its bytes), applies
 * the edits, and checks every quote against its slice. A case that does not
 * apply cleanly is refused with an error naming the case and what is wrong,
 * never scored on a text its author did not see.
 */
import { createHash } from 'node:crypto';
import type { Edit, NaturalArticle, PlantedCase, QuotedSpan } from './format.js';

/** A case or natural file that cannot be used as written. */
export class EvalSetError extends Error {
  constructor(where: string, problem: string) {
    super(`${where}: ${problem}`);
    this.name = 'EvalSetError';
  }
}

/** Lower-case hex SHA-256 of bytes. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Bytes read as UTF-8 the way Node reads a text file (a BOM is kept, as `readFileSync(path, 'utf8')` keeps it). */
export function decodeText(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}

function splitsSurrogatePair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/**
 * Applies edits to the original text. Offsets refer to the original; edits
 * must be sorted by offset, start after the previous one's deleted range,
 * stay inside the text and not cut a surrogate pair. They are applied from
 * the last to the first so that earlier offsets stay valid.
 */
export function applyEdits(original: string, edits: readonly Edit[], where = 'edits'): string {
  let previousEnd = -1;
  let previousOffset = -1;
  for (const [index, edit] of edits.entries()) {
    const end = edit.offset + edit.delete;
    const at = `${where}[${index}] (offset ${edit.offset})`;
    if (edit.offset <= previousOffset) throw new EvalSetError(at, 'edits must be sorted by offset, one edit per place');
    if (edit.offset < previousEnd) throw new EvalSetError(at, `overlaps the previous edit, which deletes up to ${previousEnd}`);
    if (end > original.length) throw new EvalSetError(at, `deletes past the end of the article (${original.length} characters)`);
    if (splitsSurrogatePair(original, edit.offset) || splitsSurrogatePair(original, end)) throw new EvalSetError(at, 'cuts a surrogate pair in two');
    previousEnd = end;
    previousOffset = edit.offset;
  }
  let text = original;
  for (const edit of [...edits].reverse()) text = text.slice(0, edit.offset) + edit.insert + text.slice(edit.offset + edit.delete);
  return text;
}

/** Checks that every span lies in the text and its quote equals its slice. */
export function checkQuotes(text: string, spans: readonly QuotedSpan[], where: string): void {
  for (const [index, span] of spans.entries()) {
    const at = `${where}[${index}]`;
    if (span.end > text.length) throw new EvalSetError(at, `ends at ${span.end}, past the end of the text (${text.length})`);
    const slice = text.slice(span.start, span.end);
    if (slice !== span.quote) throw new EvalSetError(at, `quote ${JSON.stringify(span.quote)} does not equal the text at ${span.start}–${span.end}: ${JSON.stringify(slice)}`);
  }
}

function checkHash(bytes: Uint8Array, expected: string, where: string, article: string): void {
  const actual = sha256Hex(bytes);
  if (actual !== expected) throw new EvalSetError(where, `${article} has changed since the case was written (SHA-256 ${actual}, expected ${expected}); re-check the case against the new text`);
}

/** A planted case with the texts it describes. */
export interface AppliedCase {
  testCase: PlantedCase;
  /** The article as stored in ../shared. */
  original: string;
  /** The article with the case's edits: the text that is analysed and that gold offsets index. */
  edited: string;
}

/**
 * Applies a case to its article's bytes: refuses a changed article (hash),
 * unsorted, overlapping or out-of-range edits, and gold quotes that do not
 * equal their slice of the edited text.
 */
export function applyCase(testCase: PlantedCase, articleBytes: Uint8Array): AppliedCase {
  const where = `case ${testCase.id}`;
  checkHash(articleBytes, testCase.sha256, where, testCase.article);
  const original = decodeText(articleBytes);
  const edited = applyEdits(original, testCase.edits, `${where}: edits`);
  checkQuotes(edited, testCase.gold.evidence, `${where}: gold.evidence`);
  return { testCase, original, edited };
}

/**
 * Checks a natural-contradiction file against its article's bytes (hash and
 * every quote) and returns the article's text.
 */
export function checkNatural(natural: NaturalArticle, articleBytes: Uint8Array, where: string): string {
  checkHash(articleBytes, natural.sha256, where, natural.article);
  const text = decodeText(articleBytes);
  const ids = new Set<string>();
  for (const contradiction of natural.contradictions) {
    if (ids.has(contradiction.id)) throw new EvalSetError(where, `contradiction id ${contradiction.id} is used twice`);
    ids.add(contradiction.id);
    checkQuotes(text, contradiction.evidence, `${where}: ${contradiction.id}.evidence`);
  }
  for (const [index, near] of (natural.notContradictions ?? []).entries()) checkQuotes(text, near.evidence, `${where}: notContradictions[${index}].evidence`);
  return text;
}

/**
 * Where an offset of the original text lies in the edited text. A start
 * offset inside a deleted range moves to the start of the inserted text, an
 * end offset to its end, so a span that an edit cut into still covers the
 * words that replaced it; text inserted exactly at a span's start or end
 * stays outside the span.
 */
export function mapOffset(offset: number, edits: readonly Edit[], side: 'start' | 'end'): number {
  let shift = 0;
  for (const edit of edits) {
    const end = edit.offset + edit.delete;
    if (side === 'start' ? offset < edit.offset : offset <= edit.offset) break;
    if (offset >= end) {
      shift += edit.insert.length - edit.delete;
      continue;
    }
    return edit.offset + shift + (side === 'start' ? 0 : edit.insert.length);
  }
  return offset + shift;
}

/** A span of the original text mapped into the edited text (offsets only: its quote may no longer match when an edit cut into it). */
export function mapSpan(span: { start: number; end: number }, edits: readonly Edit[]): { start: number; end: number } {
  return { start: mapOffset(span.start, edits, 'start'), end: mapOffset(span.end, edits, 'end') };
}
