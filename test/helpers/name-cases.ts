import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractClaims } from '../../src/extract/index.js';
import { resolveEntities, type ResolvedArticle } from '../../src/resolve/index.js';
import type { Claim } from '../../src/schema/claims.js';
import { describe } from 'vitest';
import { describeShared, fixturesDir, isSharedArticle, readArticle, readFixture } from './fixtures.js';

/** One article's expected names and entities (`fixtures/extract/names/*.json`). */
export interface NameCase {
  name: string;
  article: string;
  claims?: Array<{ text: string; kind: string; name?: string; form?: string; honorific?: string; aliasRelation?: string; sentence?: string }>;
  notNames?: string[];
  entities?: Array<{ canonical: string; type: string; isSubject?: boolean; aliases: string[] }>;
  aliasEvidence?: Array<{ entity: string; alias: string; quote: string }>;
  resolved?: Array<{ text: string; sentence: string; entity: string }>;
  unresolved?: Array<{ text: string; sentence: string }>;
  separate?: Array<[string, string]>;
  notAliases?: Array<{ entity: string; alias: string }>;
  /** Names two people of the article bear (a father and a son, told apart by their lives): `entities` and the rest mean the first so named. */
  namesakes?: string[];
}

/** Every article case, by file name. */
export function nameCases(): Array<[string, NameCase]> {
  return readdirSync(join(fixturesDir, 'extract', 'names'))
    .filter((file) => file.endsWith('.json') && file !== 'snippets.json')
    .sort()
    .map((file) => [file, JSON.parse(readFixture('extract', 'names', file)) as NameCase]);
}

/** One `describe` per article case, named by its file; a case on a text of ../shared is skipped when the folder is absent. */
export function describeNameCases(body: (entry: NameCase) => void): void {
  for (const [file, entry] of nameCases()) (isSharedArticle(entry.article) ? describeShared : describe)(file, () => body(entry));
}

const resolvedCache = new Map<string, { text: string; resolved: ResolvedArticle }>();

/** The article of a case, extracted and resolved once per test run. */
export function resolvedArticle(path: string): { text: string; resolved: ResolvedArticle } {
  let found = resolvedCache.get(path);
  if (!found) {
    const text = readArticle(path);
    found = { text, resolved: resolveEntities(extractClaims(text)) };
    resolvedCache.set(path, found);
  }
  return found;
}

/** Whether a claim is a name claim. */
export function isName(claim: Claim): claim is Extract<Claim, { kind: 'person' | 'organization' | 'place' }> {
  return claim.kind === 'person' || claim.kind === 'organization' || claim.kind === 'place';
}
