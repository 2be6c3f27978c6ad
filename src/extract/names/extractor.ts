import type { NameValue } from '../../schema/claims.js';
import type { AnyClaimDraft, Extractor } from '../types.js';
import { analyzeArticleNames } from './document.js';

/**
 * Person, organization and place names, as written: `Víctor Quispe Palomino`,
 * `Comrade José` (name `José`, honorific `Comrade`, form `nickname`), `MPCP`
 * (acronym), `Militarizado Partido Comunista del Perú` (native), `Guzmán` out
 * of `Guzmán's capture` (surname). Typing is done over the whole article (see
 * `analyzeArticleNames`); names with no cue to their kind are left out.
 */
export const namesExtractor: Extractor = {
  name: 'names',
  kinds: ['person', 'organization', 'place'],
  extract(sentence, context) {
    const mentions = analyzeArticleNames(context.article).bySentence.get(sentence.index) ?? [];
    return mentions.map((mention): AnyClaimDraft => {
      const value: NameValue = { name: mention.name, form: mention.form };
      if (mention.honorific !== undefined) value.honorific = mention.honorific;
      return { kind: mention.kind, start: mention.start, end: mention.end, value, extractor: 'names' };
    });
  },
};
