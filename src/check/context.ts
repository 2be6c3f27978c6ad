import type { ResolvedArticle } from '../resolve/index.js';
import type { Claim, ClaimKind, ClaimOf, EventClaim } from '../schema/claims.js';
import type { Evidence } from '../schema/entities.js';
import type { Verdict } from '../schema/citations.js';
import type { RuleContext } from './types.js';

/** Builds the frozen context every rule reads, with claims indexed by id and kind. */
export function createRuleContext(resolved: ResolvedArticle & { verdicts?: readonly Verdict[] }): Omit<RuleContext, 'options'> {
  const citations = new Map(resolved.article.citations.map((citation) => [citation.key, citation]));
  const byId = new Map(resolved.claims.map((claim) => [claim.id, claim]));
  const byKind = new Map<ClaimKind, Claim[]>();
  for (const claim of resolved.claims) {
    const list = byKind.get(claim.kind) ?? [];
    list.push(claim);
    byKind.set(claim.kind, list);
  }
  const entities = new Map(resolved.entities.map((entity) => [entity.id, entity]));
  return Object.freeze({
    text: resolved.article.text,
    format: resolved.article.format,
    title: resolved.article.title,
    claims: Object.freeze([...resolved.claims]),
    entities: Object.freeze([...resolved.entities]),
    events: Object.freeze([...((byKind.get('event') ?? []) as EventClaim[])]),
    timelines: Object.freeze([...resolved.timelines]),
    infobox: Object.freeze([...resolved.article.infobox]),
    sentences: Object.freeze([...resolved.article.sentences]),
    mentions: Object.freeze([...resolved.mentions]),
    tokens: Object.freeze([...resolved.tokens]),
    citations: Object.freeze([...resolved.article.citations]),
    citationNeeded: Object.freeze([...resolved.article.citationNeeded]),
    verdicts: Object.freeze([...(resolved.verdicts ?? [])]),
    citation: (key: string) => citations.get(key),
    claim: (id: string | undefined) => (id === undefined ? undefined : byId.get(id)),
    entity: (id: string | null | undefined) => (id == null ? undefined : entities.get(id)),
    claimsOf: <Kind extends ClaimKind>(kind: Kind) => (byKind.get(kind) ?? []) as unknown as ReadonlyArray<ClaimOf<Kind>>,
    evidence: (claim: Claim, role?: string): Evidence => ({
      claimId: claim.id,
      quote: claim.text,
      position: claim.position,
      ...(role === undefined ? {} : { role }),
    }),
    quote: (start: number, end: number, role?: string): Evidence => ({
      quote: resolved.article.text.slice(start, end),
      position: resolved.article.locator.position(start, end),
      ...(role === undefined ? {} : { role }),
    }),
  });
}
