import type { RuleContext } from '../../check/index.js';
import type { Citation, CitationUse, Verdict } from '../../schema/citations.js';
import type { Claim } from '../../schema/claims.js';
import type { Evidence } from '../../schema/entities.js';

/** A citation's use as evidence: the marker exactly as written. */
export function useEvidence(use: CitationUse, role: string): Evidence {
  return { quote: use.text, position: use.position, role };
}

/** The marker of `citation` that stands in the claim's sentence (its first use there), as evidence. */
export function markerEvidence(context: RuleContext, claim: Claim, key: string): Evidence | undefined {
  const sentence = context.sentences[claim.sentence];
  const marker = sentence?.citations.find((candidate) => (candidate.key ?? candidate.label) === key && candidate.position.start.offset >= claim.position.end.offset) ?? sentence?.citations.find((candidate) => (candidate.key ?? candidate.label) === key);
  return marker ? { quote: marker.text, position: marker.position, role: 'citation' } : undefined;
}

/** A verdict's source quote (the source's sentence, else the value) as evidence in the source document. */
export function sourceEvidence(verdict: Verdict): Evidence | undefined {
  const span = verdict.quote ?? verdict.match;
  return span ? { quote: span.quote, position: span.position, role: 'source', source: verdict.source } : undefined;
}

/** How a citation is named in messages: its label as the reader sees it (`2`, `nb 1`), else its key. */
export function citationName(context: RuleContext, key: string): string {
  return context.citation(key)?.label ?? key;
}

/** A citation's definition as evidence, when it has one. */
export function definitionEvidence(citation: Citation, role: string): Evidence | undefined {
  return citation.definition ? { quote: citation.definition.text, position: citation.definition.position, role } : undefined;
}

/** Backticks around a value, its whitespace flattened so the message stays on one line. */
export function code(value: string, max = 80): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  return `\`${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}\``;
}
