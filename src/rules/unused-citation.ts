import { defineRule } from '../check/index.js';
import type { Evidence } from '../schema/entities.js';
import { definitionEvidence } from './shared/citations.js';

export default defineRule({
  id: 'unused-citation',
  meta: {
    description: 'A citation defined but never used: a list-defined ref, a footnote definition or a references entry that nothing points at',
    defaultSeverity: 'warning',
  },
  check(context) {
    return context.citations
      .filter((citation) => citation.definition !== null && citation.uses.length === 0)
      .map((citation) => ({
        message: `Unexpected unused citation \`${citation.form === 'ref' ? citation.key : citation.label}\`, expected the text to cite it`,
        evidence: [definitionEvidence(citation, 'definition') as Evidence],
        reasoning: ['the citation is defined, but no marker in the text points at it'],
      }));
  },
});
