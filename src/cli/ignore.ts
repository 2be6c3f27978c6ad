import { readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';

/** The files in a folder whose patterns say what not to check there and below. */
export const ignoreFileNames = ['.gitignore', '.claimcheckignore'] as const;

/** Folders never walked into. */
export const skippedFolders = new Set(['node_modules', '.git']);

/**
 * Decides which paths are not checked: `.gitignore` and `.claimcheckignore`
 * files (each relative to its own folder, deeper files overriding shallower
 * ones, as git does) and extra patterns relative to a base folder
 * (`--ignore-pattern` to the working folder, a config's `ignorePatterns` to
 * the config's folder).
 */
export class IgnoreRules {
  private readonly folders = new Map<string, Ignore | null>();
  private readonly extra: Array<(path: string, isDirectory: boolean) => boolean> = [];

  /** Adds .gitignore-style patterns relative to `base`. */
  addPatterns(base: string, patterns: readonly string[]): void {
    if (patterns.length > 0) this.extra.push(patternMatcher(base, patterns));
  }

  /**
   * Whether `path` is ignored. Ignore files are read in `root` and every
   * folder from it down to the path — `root` being the working folder, or
   * the folder given on the command line for paths outside it.
   */
  ignores(path: string, isDirectory: boolean, root: string): boolean {
    if (this.extra.some((matches) => matches(path, isDirectory))) return true;
    let ignored = false;
    for (const folder of foldersBetween(root, dirname(path))) {
      const rules = this.rulesOf(folder);
      const name = rules && relativeName(folder, path, isDirectory);
      if (!rules || name === null) continue;
      const result = rules.test(name);
      if (result.ignored) ignored = true;
      else if (result.unignored) ignored = false;
    }
    return ignored;
  }

  private rulesOf(folder: string): Ignore | null {
    if (this.folders.has(folder)) return this.folders.get(folder) ?? null;
    let rules: Ignore | null = null;
    for (const name of ignoreFileNames) {
      const text = readOptional(join(folder, name));
      if (text !== null) rules = (rules ?? ignore()).add(text);
    }
    this.folders.set(folder, rules);
    return rules;
  }
}

/** A test of absolute paths against .gitignore-style patterns relative to `base`; paths outside `base` never match. */
export function patternMatcher(base: string, patterns: readonly string[]): (path: string, isDirectory?: boolean) => boolean {
  const rules = ignore().add(patterns);
  return (path, isDirectory = false) => {
    const name = relativeName(base, path, isDirectory);
    return name !== null && rules.ignores(name);
  };
}

/** `path` relative to `base` with `/` separators (and a trailing `/` for folders), or null outside it. */
function relativeName(base: string, path: string, isDirectory: boolean): string | null {
  const name = relative(base, path);
  if (name === '' || name.startsWith('..') || name.startsWith(sep)) return null;
  const posix = name.split(sep).join('/');
  return isDirectory ? `${posix}/` : posix;
}

/** `root`, then each folder down to `folder`; just `folder` when it is not under `root`. */
function foldersBetween(root: string, folder: string): string[] {
  const name = relative(root, folder);
  if (name.startsWith('..')) return [folder];
  const folders = [root];
  let current = root;
  for (const part of name === '' ? [] : name.split(sep)) {
    current = join(current, part);
    folders.push(current);
  }
  return folders;
}

function readOptional(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}
