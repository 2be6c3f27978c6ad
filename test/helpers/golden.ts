import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { fixturesDir } from './fixtures.js';

/** One pinned CLI run: arguments (run from the repo root), exit code, and the file holding its stdout. */
export interface GoldenRun {
  name: string;
  args: string[];
  code: number;
  stdout: string;
}

/** The pinned runs of `fixtures/cli/golden.json`. */
export const goldenRuns = JSON.parse(readFileSync(join(fixturesDir, 'cli', 'golden.json'), 'utf8')) as GoldenRun[];

/** The repo root, the folder golden runs are made from. */
export const repoRoot = join(fixturesDir, '..');

/**
 * Compares output with its golden file; `UPDATE_GOLDEN=1` rewrites the file
 * instead (review the diff: it is the change in what users see).
 */
export function expectGolden(actual: string, file: string): void {
  const path = join(fixturesDir, 'cli', 'golden', file);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(path, actual);
  expect(existsSync(path), `${file} exists (UPDATE_GOLDEN=1 writes it)`).toBe(true);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}
