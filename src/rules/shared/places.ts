import { KNOWN_REGIONS } from '../../lexicon/gazetteer.js';
import type { Claim } from '../../schema/claims.js';

/**
 * Whether two place claims can name one place: the same entity, one name
 * inside the other (`Vienna` and `Vienna, Austria`), or either a country or
 * region, which holds any town (`Chile` and `Concepción`).
 */
export function samePlace(a: Claim, b: Claim): boolean {
  if (a.kind !== 'place' || b.kind !== 'place') return true;
  if (a.value.entity && a.value.entity === b.value.entity) return true;
  const left = a.text.toLowerCase();
  const right = b.text.toLowerCase();
  if (regionNames.has(left) || regionNames.has(right)) return true;
  return left.includes(right) || right.includes(left);
}

const regionNames: ReadonlySet<string> = new Set(KNOWN_REGIONS.map((name) => name.toLowerCase()));
