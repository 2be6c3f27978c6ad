import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** `../shared`: texts we did not write (corpus articles, wikitext), read in place, never copied. */
export const sharedDir = join(import.meta.dirname, '..', '..', '..', 'shared');

/**
 * Whether `../shared/<folder>` is there. Absent: tests that read it skip with
 * one line on stderr, except in CI, where its absence is a failure.
 */
export function sharedAvailable(folder: string): boolean {
  const present = existsSync(join(sharedDir, folder));
  if (!present && process.env.CI === 'true') throw new Error(`../shared/${folder} is missing; CI must have it`);
  if (!present) process.stderr.write(`skipping tests of ../shared/${folder}: not found\n`);
  return present;
}
