import { readFile } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import type { BaselinePath } from '../check/index.js';
import { BaselineSchema, type Baseline } from '../schema/baseline.js';
import { ClaimcheckError } from '../util/errors.js';
import { writeFileAtomic } from './write-file.js';

/** Reads a baseline; a missing file is `null` (so `--update-baseline` can create it). */
export async function readBaseline(path: string, name: string): Promise<Baseline | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return null;
    throw new ClaimcheckError('IO_ERROR', `${name}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ClaimcheckError('INVALID_CONFIG', `${name}: invalid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = BaselineSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ClaimcheckError('INVALID_CONFIG', `${name}: not a claimcheck baseline: ${issue?.path.join('.') || 'file'}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

/** Writes a baseline atomically, one entry per line for readable diffs. */
export async function writeBaseline(path: string, baseline: Baseline, name: string): Promise<void> {
  const entries = baseline.findings.map((entry) => `    ${JSON.stringify(entry)}`);
  const text = `{\n  "version": 1,\n  "findings": [${entries.length === 0 ? ']' : `\n${entries.join(',\n')}\n  ]`}\n}\n`;
  await writeFileAtomic(path, text, name);
}

/**
 * Maps report paths (relative to the working folder) to baseline paths
 * (relative to the baseline's folder), so a baseline matches whatever folder
 * claimcheck runs from.
 */
export function baselinePaths(cwd: string, baselineFile: string): BaselinePath {
  const folder = dirname(baselineFile);
  return (path) => (path === '<stdin>' ? path : relative(folder, resolve(cwd, path)).split(sep).join('/'));
}
