import { readdir, stat } from 'node:fs/promises';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { IgnoreRules, skippedFolders } from './ignore.js';

/** The extensions checked when walking a folder; a file named on the command line is checked whatever its extension. */
export const checkedExtensions = ['.md', '.markdown', '.mdx', '.txt', '.wiki'] as const;

/** A file to check: its absolute path and the path reported (relative to the working folder, `/` separators). */
export interface ListedFile {
  absolute: string;
  path: string;
}

/** The files to check, named paths that do not exist (reported as failed files), and paths or globs that gave no file. */
export interface FileList {
  files: ListedFile[];
  missing: ListedFile[];
  /** Folders and globs, as given, that gave no file to check (none of the extensions, or all ignored). */
  unmatched: string[];
}

/**
 * Expands the command line's paths — files, folders (walked for
 * `checkedExtensions`), and globs — into a sorted list without duplicates,
 * leaving out what the ignore rules cover. `node_modules` and `.git` are
 * never walked into.
 */
export async function listFiles(paths: readonly string[], cwd: string, rules: IgnoreRules): Promise<FileList> {
  const found = new Map<string, ListedFile>();
  const missing: ListedFile[] = [];
  const unmatched: string[] = [];
  // Whether the file is kept: listed once, and not ignored.
  const add = (absolute: string, root: string): boolean => {
    if (rules.ignores(absolute, false, root)) return false;
    if (!found.has(absolute)) found.set(absolute, { absolute, path: displayPath(cwd, absolute) });
    return true;
  };
  for (const path of paths) {
    let kept = 0;
    if (isDynamicPattern(path)) {
      const matches = await glob(path, { cwd, absolute: true, dot: false, onlyFiles: true, expandDirectories: false, ignore: ['**/node_modules/**', '**/.git/**'] });
      for (const match of matches) if (add(resolve(match), rootFor(cwd, resolve(cwd, globBase(path))))) kept++;
    } else {
      const absolute = resolve(cwd, path);
      const info = await stat(absolute).catch(() => null);
      if (!info) {
        missing.push({ absolute, path: displayPath(cwd, absolute) });
        continue;
      }
      if (!info.isDirectory()) {
        // A file named and ignored is skipped quietly: a pre-commit hook passes every changed file.
        add(absolute, rootFor(cwd, dirname(absolute)));
        continue;
      }
      for (const file of await walk(absolute, rootFor(cwd, absolute), rules)) if (add(file, rootFor(cwd, absolute))) kept++;
    }
    if (kept === 0) unmatched.push(path);
  }
  const byPath = (a: ListedFile, b: ListedFile) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  return { files: [...found.values()].sort(byPath), missing: missing.sort(byPath), unmatched };
}

/** The path reported for a file: relative to the working folder, with `/` separators. */
export function displayPath(cwd: string, absolute: string): string {
  return relative(cwd, absolute).split(sep).join('/');
}

async function walk(folder: string, root: string, rules: IgnoreRules): Promise<string[]> {
  const files: string[] = [];
  const entries = await readdir(folder, { withFileTypes: true });
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (skippedFolders.has(entry.name) || rules.ignores(path, true, root)) continue;
      files.push(...(await walk(path, root, rules)));
    } else if (entry.isFile() && (checkedExtensions as readonly string[]).includes(extname(entry.name).toLowerCase())) {
      files.push(path);
    }
  }
  return files;
}

/** Ignore files are read from the working folder down, or from the named path down when it is outside. */
function rootFor(cwd: string, folder: string): string {
  return relative(cwd, folder).startsWith('..') ? folder : cwd;
}

/** The static folder a glob starts in: its segments before the first one with a glob character. */
function globBase(pattern: string): string {
  const segments = pattern.split('/');
  const index = segments.findIndex((segment) => isDynamicPattern(segment));
  return segments.slice(0, index === -1 ? segments.length - 1 : index).join('/') || '.';
}
