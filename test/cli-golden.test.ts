import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { expectGolden, goldenRuns, repoRoot } from './helpers/golden.js';

describe('claimcheck check output formats', () => {
  it.each(goldenRuns.map((run) => [run.name, run] as const))('should print %s exactly as pinned', async (_name, golden) => {
    const run = await runCli(golden.args, { cwd: repoRoot });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(golden.code);
    expectGolden(run.stdout, golden.stdout);
  });

  it.each(goldenRuns.map((run) => [run.name, run] as const))('should print %s byte for byte the same twice', async (_name, golden) => {
    const first = await runCli(golden.args, { cwd: repoRoot });
    const second = await runCli(golden.args, { cwd: repoRoot });
    expect(second.stdout).toBe(first.stdout);
  });
});
