import { defineRule } from '../check/index.js';
import { useEvidence } from './shared/citations.js';

export default defineRule({
  id: 'undefined-citation',
  meta: {
    description: 'A citation used but never defined: `<ref name="x" />` with no `<ref name="x">…</ref>`, `[^x]` with no definition, `[3]` missing from the references',
    defaultSeverity: 'warning',
  },
  check(context) {
    return context.citations
      .filter((citation) => citation.definition === null && citation.uses.length > 0)
      .map((citation) => ({
        message: `Unexpected citation \`${citation.form === 'ref' ? citation.key : citation.label}\` with no definition, expected ${expectedDefinition(citation.form, citation.key, citation.group)}`,
        evidence: citation.uses.map((use) => useEvidence(use, 'use')),
        reasoning: [`the citation is used ${citation.uses.length === 1 ? 'once' : `${citation.uses.length} times`}, but the article never says what it cites`],
      }));
  },
});

function expectedDefinition(form: string, key: string, group: string | undefined): string {
  if (form === 'ref' && group !== undefined) return `a \`<ref group="${group}" name="${key.slice(group.length + 1)}">…</ref>\``;
  if (form === 'ref') return `a \`<ref name="${key}">…</ref>\``;
  if (form === 'footnote') return `a \`[^${key}]:\` definition`;
  if (form === 'numbered') return `entry \`${key}\` in the references`;
  return 'a definition';
}
