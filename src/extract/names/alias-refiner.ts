import type { Claim, ClaimOf } from '../../schema/claims.js';
import type { Refiner } from '../types.js';
import { analyzeArticleNames } from './document.js';

type NameClaim = ClaimOf<'person' | 'organization' | 'place'>;

/**
 * Ties each alias claim to the name claim it is given for (`aliasOf`,
 * `aliasRelation`), once claim ids exist: `Comrade José` in `Víctor Quispe
 * Palomino ("Comrade José")` points at `Víctor Quispe Palomino`. The ties come
 * from the same article analysis the names extractor used.
 */
export const nameAliasRefiner: Refiner = {
  name: 'name-aliases',
  refine(claims, context) {
    const names = analyzeArticleNames(context.article);
    const byPlace = new Map<string, NameClaim>();
    for (const claim of claims) if (isNameClaim(claim)) byPlace.set(placeKey(claim.sentence, claim.position.start.offset, claim.position.end.offset), claim);
    const ties = new Map<string, { target: string; relation: NonNullable<NameClaim['value']['aliasRelation']> }>();
    for (const [index, mentions] of names.bySentence) {
      const sentence = context.article.sentences[index];
      if (!sentence) continue;
      const claimAt = (start: number, end: number) => byPlace.get(placeKey(index, sentence.toSource(start), sentence.toSource(end, true)));
      for (const mention of mentions) {
        if (!mention.aliasOf) continue;
        const alias = claimAt(mention.start, mention.end);
        const target = claimAt(mention.aliasOf.target.start, mention.aliasOf.target.end);
        if (alias && target) ties.set(alias.id, { target: target.id, relation: mention.aliasOf.relation });
      }
    }
    if (ties.size === 0) return claims;
    return claims.map((claim): Claim => {
      const tie = ties.get(claim.id);
      if (!tie || !isNameClaim(claim)) return claim;
      return { ...claim, value: { ...claim.value, aliasOf: tie.target, aliasRelation: tie.relation } };
    });
  },
};

/** Whether a claim is a person, organization or place name. */
export function isNameClaim(claim: Claim): claim is NameClaim {
  return claim.kind === 'person' || claim.kind === 'organization' || claim.kind === 'place';
}

function placeKey(sentence: number, start: number, end: number): string {
  return `${sentence}:${start}:${end}`;
}
