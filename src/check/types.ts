import type { Citation, CitationNeeded, Verdict } from '../schema/citations.js';
import type { ArticleFormat, InfoboxFieldInfo } from '../schema/segment.js';
import type { Claim, ClaimKind, ClaimOf, EventClaim } from '../schema/claims.js';
import type { Entity, Evidence, Mention, Timeline } from '../schema/entities.js';
import type { Corroboration, Severity } from '../schema/findings.js';
import type { ArticleSentence } from '../segment/index.js';
import type { Token } from '../segment/tokens.js';

/** A rule's metadata, stamped by `defineRule`. */
export interface RuleMeta {
  description: string;
  defaultSeverity: Severity;
  /** Off unless the user's settings turn it on (at `defaultSeverity`, or the severity they give). */
  offByDefault?: boolean;
  docsUrl: string;
}

/** What a rule reads. Frozen: rules never mutate it. */
export interface RuleContext {
  readonly text: string;
  readonly title: string | null;
  readonly claims: readonly Claim[];
  readonly entities: readonly Entity[];
  readonly events: readonly EventClaim[];
  readonly timelines: readonly Timeline[];
  readonly infobox: readonly InfoboxFieldInfo[];
  readonly sentences: readonly ArticleSentence[];
  /** Every name, pronoun and nominal the resolver linked (or could not), in text order, with its entity and how it was found. */
  readonly mentions: readonly Mention[];
  /** Each sentence's tagged tokens, by sentence index (offsets into its plain text). */
  readonly tokens: ReadonlyArray<readonly Token[]>;
  /**
   * How the article is written: copied Wikipedia text (`wiki`), MediaWiki
   * source (`wikitext`) or Markdown. In Markdown, code, HTML and entity
   * references are syntax, not residue; in wikitext all markup is read by
   * the parser.
   */
  readonly format: ArticleFormat;
  /** The sources the article cites, each with its definition and every use. */
  readonly citations: readonly Citation[];
  /** Where the article admits a missing source. */
  readonly citationNeeded: readonly CitationNeeded[];
  /** What the cited sources say of the claims (empty when no source was given). */
  readonly verdicts: readonly Verdict[];
  /** The citation of a key. */
  citation(key: string): Citation | undefined;
  /** The rule's own options from the user's settings. */
  readonly options: Readonly<Record<string, unknown>>;
  claim(id: string | undefined): Claim | undefined;
  entity(id: string | null | undefined): Entity | undefined;
  /** Claims of one kind, in document order. */
  claimsOf<Kind extends ClaimKind>(kind: Kind): ReadonlyArray<ClaimOf<Kind>>;
  /** A claim as evidence: its exact quote and position, with what it shows. */
  evidence(claim: Claim, role?: string): Evidence;
  /** Raw source text `[start, end)` as evidence, for findings not about a claim. */
  quote(start: number, end: number, role?: string): Evidence;
}

/** A finding as a rule returns it; the engine adds severity, fingerprint and URL. */
export interface RuleFinding {
  message: string;
  evidence: Evidence[];
  reasoning: string[];
  entity?: string;
  /** The source is hedged (reported, self-described, alleged): severity is lowered one step. */
  hedged?: boolean;
  /** A severity lower than the rule's, for a weaker form of the problem. */
  severity?: Severity;
}

/** What a rule's check returns: findings, and consistent restatements it saw. */
export type RuleOutput = RuleFinding[] | { findings: RuleFinding[]; corroborations?: Corroboration[] };

/** One rule: an id equal to its file name and doc, metadata, and a pure check. */
export interface Rule {
  id: string;
  meta: RuleMeta;
  check(context: RuleContext): RuleOutput;
}
