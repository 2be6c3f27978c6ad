import { defineRule, type RuleFinding } from '../check/index.js';
import type { Citation } from '../schema/citations.js';
import type { Evidence } from '../schema/entities.js';
import { normalizeUrl } from '../verify/index.js';
import { appendTo } from '../util/group.js';
import { definitionEvidence } from './shared/citations.js';

export default defineRule({
  id: 'duplicate-citation',
  meta: {
    description: 'The same URL defined as two citations under different names, where one named citation used twice would do',
    defaultSeverity: 'info',
  },
  check(context) {
    const byUrl = new Map<string, Citation[]>();
    for (const citation of context.citations) {
      if (citation.definition === null || citation.url === null || citation.form === 'link' || citation.form === 'url') continue;
      const url = normalizeUrl(citation.url);
      if (url !== undefined) appendTo(byUrl, url, citation);
    }
    const findings: RuleFinding[] = [];
    for (const citations of byUrl.values()) {
      if (citations.length < 2) continue;
      const names = citations.map((citation) => `\`${citation.form === 'ref' ? citation.key : citation.label}\``);
      findings.push({
        message: `Unexpected duplicate citation of ${`\`${citations[0]?.url}\``} as ${names.join(' and ')}, expected one citation used ${citations.length} times`,
        evidence: citations.map((citation) => definitionEvidence(citation, 'definition')).filter((evidence): evidence is Evidence => evidence !== undefined),
        reasoning: ['each definition cites the same URL; a reader sees them as different sources'],
      });
    }
    return findings;
  },
});
