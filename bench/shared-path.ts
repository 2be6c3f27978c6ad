/**
 * Where the texts we did not write live: `../shared` beside the repository,
 * or `CLAIMCHECK_SHARED`. (The data issue replaces this with the one module
 * tests and benchmarks share.)
 */
import { join } from 'node:path';

export function sharedPath(...parts: string[]): string {
  return join(process.env.CLAIMCHECK_SHARED ?? join(import.meta.dirname, '..', '..', 'shared'), ...parts);
}
