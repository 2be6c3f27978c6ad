import { defineRule, type RuleFinding } from '../check/index.js';
import type { Evidence } from '../schema/entities.js';
import { citationName, code, markerEvidence, sourceEvidence } from './shared/citations.js';

export default defineRule({
  id: 'citation-contradicted',
  meta: {
    description: 'A cited source states the same measure of the same thing with another value than the claim it is cited for',
    defaultSeverity: 'error',
  },
  check(context) {
    const findings: RuleFinding[] = [];
    for (const verdict of context.verdicts) {
      if (verdict.verdict !== 'contradicted') continue;
      const claim = context.claim(verdict.claim);
      if (!claim) continue;
      const marker = markerEvidence(context, claim, verdict.citation);
      const source = sourceEvidence(verdict);
      const said = verdict.match?.quote ?? verdict.quote?.quote ?? '';
      findings.push({
        message: `Unexpected ${code(claim.text)}, cited source \`${citationName(context, verdict.citation)}\` says ${code(said)}`,
        evidence: [context.evidence(claim, 'claim'), ...(marker ? [marker] : []), ...(source ? [source] : [])] as Evidence[],
        reasoning: [`the source (${verdict.source}) states the same measure with another value: ${verdict.reason}`, ...(verdict.quote ? [`it says: ${verdict.quote.quote.replace(/\s+/g, ' ').trim()}`] : [])],
      });
    }
    return findings;
  },
});
