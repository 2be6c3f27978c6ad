import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commandUsage } from '../src/cli/usage.js';
import { rules } from '../src/index.js';
import { runCli } from './helpers/cli.js';
import { readFixture } from './helpers/fixtures.js';
import { writeTree } from './helpers/tree.js';

const residue = readFixture('cli', 'markdown', 'residue.md');
const warningConfig = JSON.stringify({ rules: { 'markup-residue': 'warning' } });
const errorConfig = JSON.stringify({ rules: { 'markup-residue': 'error' } });

describe('CLI conventions: help', () => {
  it.each(Object.keys(commandUsage).map((command) => [command]))('should print the usage of `%s --help` and exit 0', async (command) => {
    for (const flag of ['--help', '-h']) {
      const run = await runCli([command, flag, '--not-a-flag']);
      expect(run.code).toBe(0);
      expect(run.stdout).toBe(commandUsage[command as keyof typeof commandUsage]);
      expect(run.stdout).toMatch(new RegExp(`^Usage: claimcheck ${command}`));
    }
  });
});

describe('CLI conventions: thresholds and quiet', () => {
  it('should say why --max-warnings failed the run on stderr', async () => {
    const root = writeTree({ 'claimcheck.config.json': warningConfig, 'club.md': residue });
    const run = await runCli(['check', '--max-warnings', '2', '-f', 'json'], { cwd: root });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('claimcheck: too many warnings (4, maximum 2)\n');
    const within = await runCli(['check', '--max-warnings', '4', '-f', 'json'], { cwd: root });
    expect(within.code).toBe(0);
    expect(within.stderr).toBe('');
  });

  it('should report errors only with --quiet, and count no warnings against --max-warnings', async () => {
    const root = writeTree({ 'claimcheck.config.json': warningConfig, 'club.md': residue });
    const quiet = await runCli(['check', '--quiet', '--max-warnings', '0', '-f', 'json'], { cwd: root });
    expect(quiet.code).toBe(0);
    expect(JSON.parse(quiet.stdout).files[0].findings).toEqual([]);
    const errors = writeTree({ 'claimcheck.config.json': errorConfig, 'club.md': residue });
    const loud = await runCli(['check', '--quiet', '-f', 'json'], { cwd: errors });
    expect(loud.code).toBe(1);
    expect(JSON.parse(loud.stdout).files[0].findings).toHaveLength(4);
  });

  it('should print a summary line in stylish output when only info findings were reported', async () => {
    const root = writeTree({ 'club.md': residue });
    const run = await runCli(['check'], { cwd: root });
    expect(run.code).toBe(0);
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('4 messages (4 info)');
  });
});

describe('CLI conventions: nothing to check', () => {
  it('should exit 2 with a message for an empty folder, a folder of other files, and a glob that matches nothing', async () => {
    const root = writeTree({ 'empty/.keep': '', 'other/data.json': '{}', 'docs/a.md': '# A\n\nText.\n' });
    for (const path of ['empty', 'other', 'nowhere/**/*.md']) {
      const run = await runCli(['check', path], { cwd: root });
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain(`\`${path}\``);
      expect(run.stderr).toContain('--no-error-on-unmatched-pattern');
    }
  });

  it('should exit 0 and print nothing with --no-error-on-unmatched-pattern', async () => {
    const root = writeTree({ 'empty/.keep': '' });
    const run = await runCli(['check', 'empty', '--no-error-on-unmatched-pattern'], { cwd: root });
    expect(run).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});

describe('CLI conventions: output, colour, rules', () => {
  it('should create the missing folders of -o', async () => {
    const root = writeTree({ 'club.md': residue });
    const run = await runCli(['check', 'club.md', '-f', 'sarif', '-o', 'reports/ci/out.sarif'], { cwd: root });
    expect(run.code).toBe(0);
    expect(JSON.parse(readFileSync(join(root, 'reports/ci/out.sarif'), 'utf8')).version).toBe('2.1.0');
  });

  it('should colour stylish output when FORCE_COLOR is set, and not when it is 0', async () => {
    const root = writeTree({ 'club.md': residue });
    const escape = '\u001b[';
    expect((await runCli(['check'], { cwd: root, env: { FORCE_COLOR: '1' } })).stdout).toContain(escape);
    expect((await runCli(['check'], { cwd: root, env: { FORCE_COLOR: '0' }, stdoutIsTTY: true })).stdout).not.toContain(escape);
    expect((await runCli(['check'], { cwd: root, env: { NO_COLOR: '1' }, stdoutIsTTY: true })).stdout).not.toContain(escape);
    expect((await runCli(['check', '--no-color'], { cwd: root, env: { FORCE_COLOR: '1' } })).stdout).not.toContain(escape);
  });

  it('should list the rules as JSON with rules --format json', async () => {
    const run = await runCli(['rules', '--format', 'json']);
    expect(run.code).toBe(0);
    const listed = JSON.parse(run.stdout) as Array<{ id: string; defaultSeverity: string; description: string; docsUrl: string }>;
    for (const rule of rules) {
      const offByDefault = rule.meta.offByDefault ? { offByDefault: true } : {};
      expect(listed).toContainEqual({ id: rule.id, description: rule.meta.description, defaultSeverity: rule.meta.defaultSeverity, ...offByDefault, docsUrl: rule.meta.docsUrl });
    }
    expect(listed.find((rule) => rule.id === 'uncited-claim')).toMatchObject({ offByDefault: true });
    expect((await runCli(['rules', '--format', 'xml'])).code).toBe(2);
  });
});

describe('CLI conventions: configuration', () => {
  it('should print the configuration that applies to a file with --print-config', async () => {
    const root = writeTree({ 'docs/claimcheck.config.json': warningConfig, 'docs/a.md': residue, 'b.md': residue });
    const run = await runCli(['check', '--print-config', 'docs/a.md'], { cwd: root });
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout);
    expect(printed.configFile).toBe('docs/claimcheck.config.json');
    expect(printed.rules['markup-residue']).toBe('warning');
    expect(Object.keys(printed.rules)).toEqual(rules.map((rule) => rule.id).sort());
    const outside = JSON.parse((await runCli(['check', '--print-config', 'b.md'], { cwd: root })).stdout);
    expect(outside.configFile).toBeNull();
    expect(outside.rules['markup-residue']).toBe('info');
    // A rule off by default applies as off, not at the severity it reports at once turned on.
    expect(outside.rules['uncited-claim']).toBe('off');
  });

  it('should write a commented starter config with --init that the next run reads, and refuse to overwrite it', async () => {
    const root = writeTree({ 'club.md': residue });
    const run = await runCli(['check', '--init'], { cwd: root });
    expect(run.code).toBe(0);
    const written = readFileSync(join(root, 'claimcheck.config.json'), 'utf8');
    expect(written).toMatch(/^\/\/ claimcheck configuration/);
    for (const rule of rules) expect(written).toContain(`// ${rule.meta.description}`);
    expect(written).toContain('"uncited-claim": "off"');
    const check = await runCli(['check', '-f', 'json'], { cwd: root });
    expect(check.code).toBe(0);
    expect(JSON.parse(check.stdout).files[0].findings).toHaveLength(4);
    const again = await runCli(['check', '--init'], { cwd: root });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists');
    expect(existsSync(join(root, 'claimcheck.config.json'))).toBe(true);
  });
});
