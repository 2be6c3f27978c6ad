import { readFile } from 'node:fs/promises';
import { extname, join, relative, resolve } from 'node:path';
import { z } from 'zod';
import type { SourceDocument } from '../verify/index.js';
import { ClaimcheckError } from '../util/errors.js';
import { readSource } from './read-source.js';

/** The name of the index file `--sources DIR` reads. */
export const sourcesIndexName = 'sources.json';

/** `sources.json`: citation keys or URLs, each mapped to a file of the folder (relative to it). */
const SourcesIndexSchema = z.record(z.string(), z.string().min(1));

// Read from disk once per run: every article checked with one `--sources DIR` shares it.
const loaded = new Map<string, Promise<Record<string, SourceDocument>>>();

/**
 * The sources of `--sources DIR`: its `sources.json` maps citation keys or
 * URLs to files of the folder, read as HTML (`.html`, `.htm`, `.xhtml`) or
 * as text. A missing index, a path that leaves the folder or a file that
 * cannot be read is an error naming it.
 */
export function loadSourcesFolder(folder: string, cwd: string, maxBytes: number): Promise<Record<string, SourceDocument>> {
  const absolute = resolve(cwd, folder);
  let pending = loaded.get(absolute);
  if (!pending) {
    pending = readSourcesFolder(absolute, cwd, maxBytes);
    loaded.set(absolute, pending);
  }
  return pending;
}

async function readSourcesFolder(folder: string, cwd: string, maxBytes: number): Promise<Record<string, SourceDocument>> {
  const indexPath = join(folder, sourcesIndexName);
  const indexName = relative(cwd, indexPath) || indexPath;
  let index: Record<string, string>;
  try {
    index = SourcesIndexSchema.parse(JSON.parse(await readFile(indexPath, 'utf8')));
  } catch (error) {
    const code = (error as { code?: string }).code;
    const reason = code === 'ENOENT' ? 'no such file or directory' : error instanceof z.ZodError ? 'expected an object of citation keys or URLs to file names' : error instanceof Error ? error.message : String(error);
    throw new ClaimcheckError('INVALID_CONFIG', `${indexName}: ${reason}`, { cause: error });
  }
  const sources: Record<string, SourceDocument> = {};
  for (const [key, file] of Object.entries(index).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const path = resolve(folder, file);
    if (relative(folder, path).startsWith('..')) throw new ClaimcheckError('INVALID_CONFIG', `${indexName}: \`${file}\` is outside the sources folder`);
    const name = relative(cwd, path) || path;
    const content = await readSource(path, maxBytes, name);
    const type = ['.html', '.htm', '.xhtml'].includes(extname(path).toLowerCase()) ? 'html' : 'text';
    sources[key] = { content, type, uri: name.replaceAll('\\', '/') };
  }
  return sources;
}
