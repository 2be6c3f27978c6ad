import { describe, expect, it } from 'vitest';
import { EntitySchema } from '../src/schema/entities.js';
import type { Entity } from '../src/schema/entities.js';
import { corpusArticles, describeShared } from './helpers/fixtures.js';
import { extractClaims } from '../src/extract/index.js';
import { resolveEntities, type ResolvedArticle } from '../src/resolve/index.js';
import { describeNameCases, isName, resolvedArticle } from './helpers/name-cases.js';
import { expectExactPosition } from './helpers/positions.js';

/** The one entity named `canonical`; for a name two people bear (`namesakes`), the first so named. */
function byCanonical(resolved: ResolvedArticle, canonical: string, namesakes: readonly string[] = []): Entity {
  const found = resolved.entities.filter((entity) => entity.canonical === canonical);
  if (namesakes.includes(canonical)) expect(found.length, `two people named ${canonical}`).toBeGreaterThan(1);
  else expect(found.map((entity) => entity.id), `one entity named ${canonical}`).toHaveLength(1);
  return found[0] as Entity;
}

function claimIn(resolved: ResolvedArticle, text: string, sentence: string) {
  const found = resolved.claims.filter(isName).find((claim) => claim.text === text && resolved.article.sentences[claim.sentence]?.text.includes(sentence));
  expect(found, `${text} in a sentence with ${sentence}`).toBeDefined();
  return found as NonNullable<typeof found>;
}

describe('entity resolution on articles', () => {
  describeNameCases((entry) => {
    const { text, resolved } = resolvedArticle(entry.article);

    it.each((entry.entities ?? []).map((expected) => [expected.canonical, expected] as const))('should build the entity %s with its aliases', (_name, expected) => {
      const entity = byCanonical(resolved, expected.canonical, entry.namesakes);
      expect(entity.type).toBe(expected.type);
      expect(entity.isSubject === true).toBe(expected.isSubject === true);
      const names = entity.aliases.map((alias) => alias.name);
      for (const alias of expected.aliases) expect(names, `aliases of ${expected.canonical}`).toContain(alias);
      expect(entity.mentions.length).toBeGreaterThan(0);
    });

    it.each((entry.aliasEvidence ?? []).map((expected) => [`${expected.entity} = ${expected.alias}`, expected] as const))('should tie %s by exact evidence', (_name, expected) => {
      const alias = byCanonical(resolved, expected.entity, entry.namesakes).aliases.find((candidate) => candidate.name === expected.alias);
      expect(alias, `alias ${expected.alias}`).toBeDefined();
      const evidence = alias?.evidence.find((item) => item.quote === expected.quote);
      expect(evidence, JSON.stringify(alias?.evidence.map((item) => item.quote))).toBeDefined();
      if (evidence) expectExactPosition(text, evidence.position, expected.quote);
    });

    it.each((entry.resolved ?? []).map((expected) => [`${expected.text} → ${expected.entity}`, expected] as const))('should resolve %s', (_name, expected) => {
      const claim = claimIn(resolved, expected.text, expected.sentence);
      expect(claim.value.entity).toBe(byCanonical(resolved, expected.entity, entry.namesakes).id);
    });

    it.each((entry.unresolved ?? []).map((expected) => [expected.text, expected] as const))('should leave the ambiguous %s unresolved', (_name, expected) => {
      expect(claimIn(resolved, expected.text, expected.sentence).value.entity).toBeUndefined();
    });

    it.each((entry.separate ?? []).map((pair) => [pair.join(' / '), pair] as const))('should keep %s apart', (_name, [a, b]) => {
      expect(byCanonical(resolved, a, entry.namesakes).id).not.toBe(byCanonical(resolved, b, entry.namesakes).id);
    });

    it.each((entry.notAliases ?? []).map((expected) => [`${expected.alias} of ${expected.entity}`, expected] as const))('should not take %s for an alias', (_name, expected) => {
      expect(byCanonical(resolved, expected.entity, entry.namesakes).aliases.map((alias) => alias.name)).not.toContain(expected.alias);
    });
  });
});

describeShared('entity resolution on every corpus article', () => {
  it.each(corpusArticles())('should build schema-valid entities with exact evidence for %s', (_name, text) => {
    const resolved = resolveEntities(extractClaims(text));
    const ids = new Set<string>();
    for (const entity of resolved.entities) {
      expect(EntitySchema.safeParse(entity).success).toBe(true);
      expect(ids.has(entity.id)).toBe(false);
      ids.add(entity.id);
      for (const alias of entity.aliases) for (const evidence of alias.evidence) expectExactPosition(text, evidence.position, evidence.quote);
    }
    for (const claim of resolved.claims.filter(isName)) {
      if (claim.value.entity !== undefined) expect(ids.has(claim.value.entity)).toBe(true);
    }
    const mentioned = resolved.entities.flatMap((entity) => entity.mentions);
    expect(new Set(mentioned).size).toBe(mentioned.length);
    expect(resolved.entities.filter((entity) => entity.isSubject).length).toBeLessThanOrEqual(1);
  });
});
