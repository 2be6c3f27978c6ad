import { defineRule, type RuleFinding } from '../check/index.js';
import type { Verdict } from '../schema/citations.js';
import type { ClaimKind } from '../schema/claims.js';
import type { Evidence } from '../schema/entities.js';
import { appendTo } from '../util/group.js';
import { citationName, code, markerEvidence } from './shared/citations.js';

// Names are left out by default: a source rarely repeats every place and
// person of the sentence that cites it, so their absence says little.
const defaultKinds: readonly ClaimKind[] = ['date', 'quantity', 'money', 'age', 'rank'];

export default defineRule({
  id: 'citation-not-found',
  meta: {
    description: 'No cited source given for a claim states its value',
    defaultSeverity: 'warning',
  },
  check(context) {
    const kinds = new Set(Array.isArray(context.options.kinds) ? (context.options.kinds as ClaimKind[]) : defaultKinds);
    const byClaim = new Map<string, Verdict[]>();
    for (const verdict of context.verdicts) appendTo(byClaim, verdict.claim, verdict);
    const findings: RuleFinding[] = [];
    for (const [id, verdicts] of byClaim) {
      const claim = context.claim(id);
      if (!claim || !kinds.has(claim.kind) || verdicts.some((verdict) => verdict.verdict !== 'not-found')) continue;
      const names = verdicts.map((verdict) => `\`${citationName(context, verdict.citation)}\``);
      const markers = verdicts.map((verdict) => markerEvidence(context, claim, verdict.citation)).filter((marker): marker is Evidence => marker !== undefined);
      findings.push({
        message: `Unexpected ${code(claim.text)} not stated by cited ${names.length === 1 ? 'source' : 'sources'} ${names.join(', ')}`,
        evidence: [context.evidence(claim, 'claim'), ...markers],
        reasoning: verdicts.map((verdict) => `${verdict.source}: ${verdict.reason}`),
      });
    }
    return findings;
  },
});
