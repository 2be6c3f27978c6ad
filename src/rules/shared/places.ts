import type { RuleContext } from '../../check/index.js';
import { KNOWN_REGIONS } from '../../lexicon/gazetteer.js';
import type { Claim } from '../../schema/claims.js';

/**
 * Whether two place claims can name one place: the same entity, one name
 * inside the other (`Vienna` and `Vienna, Austria`), or either a country or
 * region, which holds any town (`Chile` and `Concepción`).
 */
export function samePlace(a: Claim, b: Claim, context?: RuleContext): boolean {
  if (a.kind !== 'place' || b.kind !== 'place') return true;
  if (a.value.entity && a.value.entity === b.value.entity) return true;
  if (context && a.value.entity && b.value.entity && writtenWithin(context).has(pairKey(a.value.entity, b.value.entity))) return true;
  const left = a.text.toLowerCase();
  const right = b.text.toLowerCase();
  if (regionNames.has(left) || regionNames.has(right)) return true;
  return left.includes(right) || right.includes(left);
}

const regionNames: ReadonlySet<string> = new Set(KNOWN_REGIONS.map((name) => name.toLowerCase()));

const pairKey = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

const withinIndex = new WeakMap<readonly Claim[], Set<string>>();

/**
 * The pairs of places the article writes one after the other as a town and
 * what holds it — `[[Lucca]], Tuscany`, `Kalmar, Sweden` — so that `his
 * native Tuscany` and `born in Lucca` name one birthplace. Built once per
 * article from the place claims in text order.
 */
function writtenWithin(context: RuleContext): Set<string> {
  let pairs = withinIndex.get(context.claims);
  if (!pairs) {
    pairs = new Set();
    const places = context.claimsOf('place');
    for (let at = 1; at < places.length; at++) {
      const inner = places[at - 1] as Claim;
      const outer = places[at] as Claim;
      if (inner.kind !== 'place' || outer.kind !== 'place' || !inner.value.entity || !outer.value.entity || inner.value.entity === outer.value.entity) continue;
      const between = context.text.slice(inner.position.end.offset, outer.position.start.offset);
      if (between.length <= 6 && between.replace(/[\][\s]/gu, '') === ',') pairs.add(pairKey(inner.value.entity, outer.value.entity));
    }
    withinIndex.set(context.claims, pairs);
  }
  return pairs;
}
