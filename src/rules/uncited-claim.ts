import { defineRule, type RuleFinding } from '../check/index.js';
import type { Claim, ClaimKind } from '../schema/claims.js';
import { appendTo } from '../util/group.js';
import { code } from './shared/citations.js';

// What a reader would ask a source for: when, how many, what happened.
const citable = new Set<ClaimKind>(['date', 'quantity', 'money', 'age', 'event']);
const citableWhere = new Set(['prose', 'list', 'table', 'quote']);

export default defineRule({
  id: 'uncited-claim',
  meta: {
    description: 'Dates, figures and events in a sentence that cites no source for them, as a citation-needed tag would mark',
    defaultSeverity: 'warning',
    offByDefault: true,
  },
  check(context) {
    const marked = new Set(context.citationNeeded.map((needed) => needed.sentence));
    const bySentence = new Map<number, Claim[]>();
    for (const claim of context.claims) {
      if (!citable.has(claim.kind) || !citableWhere.has(claim.where) || claim.citations.length > 0 || marked.has(claim.sentence)) continue;
      // A relative date resolved from another (`the following year`) is that date's claim, not a new one.
      if (claim.kind === 'date' && claim.value.resolvedFrom) continue;
      // An event is a fact to cite when it is dated or counted; `its trains stop on request` is none.
      if (claim.kind === 'event' && !(claim.value.date ?? claim.value.start ?? claim.value.end ?? claim.value.figures?.length)) continue;
      appendTo(bySentence, claim.sentence, claim);
    }
    const findings: RuleFinding[] = [];
    for (const claims of bySentence.values()) {
      const values = claims.filter((claim) => claim.kind !== 'event');
      // The dates and figures are what needs the source; the events only when the sentence gives none of its own.
      const cited = values.length > 0 ? values : claims;
      const shown = cited.map((claim) => code(claim.text, 40));
      findings.push({
        message: `Unexpected uncited ${[...new Set(shown)].join(', ')}, expected a citation after the clause`,
        evidence: cited.map((claim) => context.evidence(claim, claim.kind)),
        reasoning: ['no citation follows these claims in their sentence, and no `citation needed` marks them'],
      });
    }
    return findings;
  },
});
