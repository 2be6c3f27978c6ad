import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './golden.js';

/** The built CLI. */
export const distCli = join(repoRoot, 'dist', 'cli.js');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * Builds dist/ when it is missing or older than src/, so subprocess tests
 * run the CLI users get (`npm test` builds first, so this is usually a no-op).
 */
export function ensureBuilt(): void {
  const stale = !existsSync(distCli) || statSync(distCli).mtimeMs < newestSource(join(repoRoot, 'src'));
  if (stale) execFileSync('npm', ['run', 'build', '--silent'], { cwd: repoRoot, stdio: 'ignore' });
}

/** What one run of the built CLI printed and answered. */
export interface ProcessRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `node dist/cli.js` with arguments, in a folder, with an optional stdin. */
export function runDist(args: string[], options: { cwd?: string; input?: string } = {}): ProcessRun {
  const result = spawnSync(process.execPath, [distCli, ...args], {
    cwd: options.cwd ?? repoRoot,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', CI: 'true' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
