import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder of claimcheck's own package.json, found upward from this module:
 * `dist/` when installed, `src/cli/` when run from source. The rule docs are
 * published under it (`docs/rules/`).
 */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'claimcheck') return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the claimcheck package folder');
    dir = parent;
  }
}
