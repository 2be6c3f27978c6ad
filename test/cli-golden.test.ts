import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { fixturesDir } from './helpers/fixtures.js';
import { digestGolden, expectGolden, goldenRuns, repoRoot } from './helpers/golden.js';

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

describe('digest goldens', () => {
  it('should change with any character of the output, and list its findings and claims', () => {
    const report = readFileSync(join(fixturesDir, 'cli', 'synthetic-report.json'), 'utf8');
    const digest = digestGolden(report, 'json');
    expect(digestGolden(report.replace('"line": 1', '"line":  1'), 'json')).not.toBe(digest);
    expect(digest).toMatch(/^sha256 [0-9a-f]{64} of \d+ bytes\nfile .+: \d+ claims, \d+ findings/);
    expect(digest).toMatch(/\nfinding \S+ (error|warning|info) \d+:\d+ /);
  });
});
