/**
 * Draws a seeded random sample of name claims per kind from the corpus of ../shared, with
 * their sentence, for a precision review by hand (docs/extraction-review.md).
 *
 *   npx tsx bench/names-sample.ts [perKind=50] [seed=7]
 */
import { extractClaims } from '../src/extract/index.js';
import { resolveEntities } from '../src/resolve/index.js';
import { seededRandom } from './seeded-random.js';
import { sharedArticles } from './shared-texts.js';

const perKind = Number(process.argv[2] ?? 50);
const random = seededRandom(Number(process.argv[3] ?? 7));

const pool: Record<string, Array<{ file: string; line: string }>> = { person: [], organization: [], place: [] };
for (const { name: file, text } of sharedArticles('corpus')) {
  const resolved = resolveEntities(extractClaims(text));
  const canonical = new Map(resolved.entities.map((entity) => [entity.id, entity.canonical]));
  for (const claim of resolved.claims) {
    if (claim.kind !== 'person' && claim.kind !== 'organization' && claim.kind !== 'place') continue;
    const sentence = resolved.article.sentences[claim.sentence]?.plain ?? '';
    const entity = claim.value.entity ? canonical.get(claim.value.entity) : '—';
    pool[claim.kind]?.push({ file, line: `${JSON.stringify(claim.text)} [${claim.value.form}] → ${entity} | ${sentence.slice(0, 220)}` });
  }
}
for (const [kind, claims] of Object.entries(pool)) {
  console.log(`## ${kind} (${claims.length} claims)`);
  const picked = new Set<number>();
  while (picked.size < Math.min(perKind, claims.length)) picked.add(Math.floor(random() * claims.length));
  [...picked].forEach((index, order) => console.log(`${order + 1}. ${claims[index]?.file}: ${claims[index]?.line}`));
}
