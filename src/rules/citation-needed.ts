import { defineRule } from '../check/index.js';
import { code } from './shared/citations.js';

export default defineRule({
  id: 'citation-needed',
  meta: {
    description: 'The article admits a missing source: `{{citation needed}}`, `{{cn}}`, `[citation needed]`',
    defaultSeverity: 'info',
  },
  check(context) {
    return context.citationNeeded.map((needed) => {
      const sentence = needed.sentence === undefined ? undefined : context.sentences[needed.sentence];
      return {
        message: `Unexpected ${code(needed.text)}, expected a citation for the claim it marks`,
        evidence: [
          { quote: needed.text, position: needed.position, role: 'marker' },
          ...(sentence ? [{ quote: sentence.text, position: sentence.position, role: 'sentence' }] : []),
        ],
        reasoning: ['the article itself marks this statement as needing a source'],
      };
    });
  },
});
