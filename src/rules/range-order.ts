import { defineRule, type RuleFinding } from '../check/index.js';
import { before } from '../resolve/events/when.js';

export default defineRule({
  id: 'range-order',
  meta: {
    description: 'A date range that ends before it starts',
    defaultSeverity: 'error',
  },
  check(context) {
    const findings: RuleFinding[] = [];
    for (const claim of context.claimsOf('date')) {
      const { from, to } = claim.value;
      if (claim.value.granularity !== 'range' || !from?.start || !to?.end) continue;
      // `from November to April` without a year runs over the new year.
      if (from.inferred?.includes('year') || to.inferred?.includes('year') || !/\d{3,4}/.test(claim.text)) continue;
      // A range ends before it starts when even its widest reading does.
      if (!before(to, from)) continue;
      findings.push({
        message: `Unexpected range \`${claim.text}\` that ends (\`${to.timex}\`) before it starts (\`${from.timex}\`)`,
        evidence: [context.evidence(claim, 'range')],
        reasoning: [`the range starts at ${from.start} and ends at ${to.end}, which is earlier`],
      });
    }
    return findings;
  },
});
