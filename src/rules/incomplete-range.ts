import { defineRule, type RuleFinding } from '../check/index.js';

export default defineRule({
  id: 'incomplete-range',
  meta: {
    description: 'A date range that lost its start, such as `–present` or `(–2004)`',
    defaultSeverity: 'warning',
  },
  check(context) {
    const findings: RuleFinding[] = [];
    for (const claim of context.claimsOf('date')) {
      const { from, to, relation } = claim.value;
      // `since 2022`, `until 1999` and `(2019–)` (Wikipedia's "to this day") are open on purpose;
      // a dash with no start is a value that lost its first half.
      if (claim.value.granularity !== 'range' || relation !== undefined || from != null) continue;
      findings.push({
        message: `Unexpected range \`${claim.text}\` without a start, expected a start before the dash`,
        evidence: [context.evidence(claim, 'range')],
        reasoning: [`the range gives only its end${to ? ` (\`${to.timex}\`)` : ''}; its start was lost or never written`],
      });
    }
    return findings;
  },
});
