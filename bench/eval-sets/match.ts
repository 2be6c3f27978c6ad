/**
 * When a finding counts, and what it hits: the matching rules shared by the
 * planted and natural scorers (docs/evaluation-sets.md, "Scoring").
 */
import type { Finding } from '../../src/index.js';
import { mapSpan } from './apply.js';
import type { Edit, NaturalArticle, NaturalContradiction } from './format.js';

/** A half-open span of source offsets. */
export interface Span {
  start: number;
  end: number;
}

/** Only error- and warning-level findings are scored; info findings are notes. */
export function isScored(finding: Finding): boolean {
  return finding.severity === 'error' || finding.severity === 'warning';
}

/** Whether one of the finding's evidence positions overlaps the span. */
export function overlaps(finding: Finding, span: Span): boolean {
  return finding.evidence.some((evidence) => evidence.position.start.offset < span.end && evidence.position.end.offset > span.start);
}

/**
 * Whether a finding hits a contradiction: its evidence overlaps at least two
 * different evidence spans of it, both sides of the conflict. A contradiction
 * recorded with one span (a range that ends before it starts) is hit by
 * overlapping that span.
 */
export function hitsSpans(finding: Finding, spans: readonly Span[]): boolean {
  const needed = Math.min(2, spans.length);
  return spans.filter((span) => overlaps(finding, span)).length >= needed;
}

/** A natural contradiction with its spans placed in the text that is analysed. */
export interface PlacedContradiction {
  contradiction: NaturalContradiction;
  spans: Span[];
}

/** The contradictions of a natural file, their spans mapped through a case's edits (none: the article as it is). */
export function placeContradictions(natural: NaturalArticle | undefined, edits: readonly Edit[] = []): PlacedContradiction[] {
  return (natural?.contradictions ?? []).map((contradiction) => ({ contradiction, spans: contradiction.evidence.map((span) => mapSpan(span, edits)) }));
}

/** The first placed contradiction a finding hits, if any. */
export function contradictionHit(finding: Finding, placed: readonly PlacedContradiction[]): PlacedContradiction | undefined {
  return placed.find((entry) => hitsSpans(finding, entry.spans));
}

/** Text on one line, cut to `max` characters, for report tables. */
export function oneLine(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** A finding in one Markdown line: rule, severity, place, message and quotes. */
export function describeFinding(finding: Finding): string {
  const first = finding.evidence[0];
  const where = first ? `${first.position.start.line}:${first.position.start.column}` : '?';
  const quotes = finding.evidence.map((evidence) => `“${oneLine(evidence.quote, 80)}”`).join(' / ');
  return `\`${finding.ruleId}\` (${finding.severity}) at ${where}: ${oneLine(finding.message, 200)} — ${quotes}`;
}

/** A share as a percentage with one decimal, or – when there is nothing to share. */
export function percent(part: number, whole: number): string {
  return whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)}%`;
}
