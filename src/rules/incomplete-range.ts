import { defineRule, type RuleFinding } from '../check/index.js';

export default defineRule({
  id: 'incomplete-range',
  meta: {
    description: 'A date range with a missing end, such as `–present` with no start',
    defaultSeverity: 'warning',
  },
  check(context) {
    const findings: RuleFinding[] = [];
    for (const claim of context.claimsOf('date')) {
      const { from, to, relation } = claim.value;
      if (claim.value.granularity !== 'range') continue;
      // `since 2022` and `until 1999` are open on purpose; a bare dash is not.
      if (relation !== undefined) continue;
      const missing = from == null ? 'start' : to == null ? 'end' : null;
      if (missing === null) continue;
      const known = missing === 'start' ? to : from;
      findings.push({
        message: `Unexpected range \`${claim.text}\` without a ${missing}, expected a ${missing} ${missing === 'start' ? 'before' : 'after'} the dash`,
        evidence: [context.evidence(claim, 'range')],
        reasoning: [`the range gives only its ${missing === 'start' ? 'end' : 'start'}${known ? ` (\`${known.timex}\`)` : ''}; its ${missing} was lost or never written`],
      });
    }
    return findings;
  },
});
