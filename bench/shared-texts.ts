/**
 * Where the texts we did not write live, and how tests, benchmarks and
 * scripts read them.
 *
 * Wikipedia articles (`corpus/`, `corpus-more/`), wikitext (`wikitext/`),
 * treebanks (`eval/ud/`) and peer test suites (`eval/peer/`) stay in the
 * folder `../shared` beside the repository, with their sources and licences;
 * the repository holds only what we wrote (evaluation sets are edits over
 * those texts, see docs/evaluation-sets.md). This is the one module that
 * knows where that folder is: `CLAIMCHECK_SHARED` overrides the default, so a
 * clone elsewhere (or a test of the "absent" case) can point at any folder.
 *
 * A user who cloned the repository alone has no `../shared`: tests that need
 * it are skipped with one line saying why. Under CI (`CI=true`) its absence is
 * a failure, so CI never passes by skipping them.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';

/** The repository root. */
export const repoRoot = resolve(import.meta.dirname, '..');

/** The shared folder: `CLAIMCHECK_SHARED` when set (relative to the working directory), else `../shared` beside the repository. */
export const sharedDir = resolve(process.env.CLAIMCHECK_SHARED || join(repoRoot, '..', 'shared'));

/** Whether the shared folder exists. */
export const sharedAvailable = existsSync(sharedDir) && statSync(sharedDir).isDirectory();

/** Whether this run is CI's, where a missing shared folder is an error rather than a reason to skip. */
export const sharedRequired = /^(?:true|1|yes)$/i.test(process.env.CI ?? '');

/** The one line that says why shared-text tests are skipped (or, under CI, why the run fails). */
export const sharedAbsentReason = `no shared texts at ${sharedDir} (clone claimcheck beside its ../shared folder, or set CLAIMCHECK_SHARED): corpus, wikitext and evaluation-set tests skipped`;

/** Thrown when a shared text is asked for and the shared folder is absent. */
export class SharedTextsMissingError extends Error {
  constructor() {
    super(sharedAbsentReason.replace(/: corpus.*$/, ''));
    this.name = 'SharedTextsMissingError';
  }
}

/**
 * The absolute path of a file or folder under the shared folder, from a path
 * relative to it (`corpus/aardvark.txt`). Refuses absolute paths and `..`, so
 * a case file cannot read outside the shared folder.
 */
export function sharedPath(relativePath: string): string {
  if (!sharedAvailable) throw new SharedTextsMissingError();
  const parts = relativePath.split('/');
  if (isAbsolute(relativePath) || parts.some((part) => part === '..' || part === '')) throw new Error(`a shared path is relative and plain (like corpus/aardvark.txt), not ${JSON.stringify(relativePath)}`);
  return join(sharedDir, ...parts);
}

/** A shared text's bytes, as stored (for its SHA-256). */
export function readSharedBytes(relativePath: string): Buffer {
  return readFileSync(sharedPath(relativePath));
}

/** A shared text as a string (UTF-8). */
export function readShared(relativePath: string): string {
  return readFileSync(sharedPath(relativePath), 'utf8');
}

/** One shared article: its path relative to the shared folder, its file name and its text. */
export interface SharedArticle {
  path: string;
  name: string;
  text: string;
}

/** The article folders of the shared folder and the extension of their articles. */
export const articleFolders = { corpus: '.txt', 'corpus-more': '.txt', wikitext: '.wiki' } as const;

/** An article folder of the shared folder. */
export type ArticleFolder = keyof typeof articleFolders;

/** Every article of one shared folder, sorted by file name. */
export function sharedArticles(folder: ArticleFolder): SharedArticle[] {
  const extension = articleFolders[folder];
  return readdirSync(sharedPath(folder))
    .filter((name) => name.endsWith(extension))
    .sort()
    .map((name) => ({ path: `${folder}/${name}`, name, text: readShared(`${folder}/${name}`) }));
}
