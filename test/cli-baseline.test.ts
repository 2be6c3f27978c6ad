import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BaselineSchema, ReportSchema } from '../src/index.js';
import { runCli } from './helpers/cli.js';
import { residueConfig } from './helpers/config.js';
import { readFixture } from './helpers/fixtures.js';
import { writeTree } from './helpers/tree.js';

const residue = readFixture('cli', 'markdown', 'residue.md');
const strict = residueConfig('error');

function project() {
  return writeTree({ 'claimcheck.config.json': strict, 'docs/club.md': residue, 'docs/other.md': '# Other\n\nIt opened in 1950 with style=bold letters.\n' });
}

async function findings(root: string, args: string[] = []) {
  const run = await runCli(['check', '--format', 'json', '--baseline', 'baseline.json', ...args, 'docs'], { cwd: root });
  const report = ReportSchema.parse(JSON.parse(run.stdout));
  return { code: run.code, stderr: run.stderr, messages: report.files.flatMap((file) => file.findings.map((finding) => `${file.path} ${finding.message}`)) };
}

const readBaseline = (root: string) => BaselineSchema.parse(JSON.parse(readFileSync(join(root, 'baseline.json'), 'utf8')));

describe('claimcheck check --baseline', () => {
  it('should record every finding with --update-baseline, sorted, and pass afterwards', async () => {
    const root = project();
    expect((await runCli(['check', 'docs'], { cwd: root })).code).toBe(1);
    const update = await runCli(['check', '--baseline', 'baseline.json', '--update-baseline', 'docs'], { cwd: root });
    expect(update).toEqual({ code: 0, stdout: '', stderr: '' });
    const baseline = readBaseline(root);
    expect(baseline.findings).toHaveLength(5);
    expect(baseline.findings.map((entry) => entry.path)).toEqual(['docs/club.md', 'docs/club.md', 'docs/club.md', 'docs/club.md', 'docs/other.md']);
    const keys = baseline.findings.map((entry) => `${entry.path} ${entry.ruleId} ${entry.fingerprint} ${entry.message}`);
    expect(keys).toEqual([...keys].sort());
    expect(await findings(root)).toEqual({ code: 0, stderr: '', messages: [] });
    expect(readdirSync(root).sort()).toEqual(['baseline.json', 'claimcheck.config.json', 'docs']);
  });

  it('should keep matching when unrelated lines are added above, and fail only on a new finding', async () => {
    const root = project();
    await runCli(['check', '--baseline', 'baseline.json', '--update-baseline', 'docs'], { cwd: root });
    const edited = residue.replace('# Harbour Rowing Club\n', '# Harbour Rowing Club\n\nA new first paragraph.\n\nAnd another one.\n');
    writeFileSync(join(root, 'docs/club.md'), edited);
    expect(await findings(root)).toEqual({ code: 0, stderr: '', messages: [] });
    writeFileSync(join(root, 'docs/club.md'), `${edited}\nThe crest uses width=40 stripes.\n`);
    expect(await findings(root)).toEqual({ code: 1, stderr: '', messages: ['docs/club.md Unexpected HTML attribute `width=40` in the text'] });
  });

  it('should count repeated findings: a third copy of a known finding is new', async () => {
    const root = writeTree({ 'claimcheck.config.json': strict, 'docs/a.md': '# A\n\nOne align=left here.\n\nTwo align=left there.\n' });
    await runCli(['check', '--baseline', 'baseline.json', '--update-baseline', 'docs'], { cwd: root });
    expect(readBaseline(root).findings).toHaveLength(2);
    writeFileSync(join(root, 'docs/a.md'), '# A\n\nOne align=left here.\n\nTwo align=left there.\n\nThree align=left more.\n');
    expect((await findings(root)).messages).toEqual(['docs/a.md Unexpected HTML attribute `align=left` in the text']);
  });

  it('should prune entries of fixed findings on update, and keep entries of files this run did not check', async () => {
    const root = project();
    await runCli(['check', '--baseline', 'baseline.json', '--update-baseline', 'docs'], { cwd: root });
    writeFileSync(join(root, 'docs/club.md'), '# Harbour Rowing Club\n\nThe club was founded in 1899.\n');
    await runCli(['check', '--baseline', 'baseline.json', '--update-baseline', 'docs/club.md'], { cwd: root });
    expect(readBaseline(root).findings.map((entry) => entry.path)).toEqual(['docs/other.md']);
  });

  it('should match paths relative to the baseline’s folder from any working folder', async () => {
    const root = project();
    await runCli(['check', '--baseline', 'baseline.json', '--update-baseline', 'docs'], { cwd: root });
    const run = await runCli(['check', '--baseline', '../baseline.json', '.'], { cwd: join(root, 'docs') });
    expect(run).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('should exit 2 when the baseline is missing or is not a baseline', async () => {
    const root = project();
    expect(await runCli(['check', '--baseline', 'baseline.json', 'docs'], { cwd: root })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'claimcheck: baseline.json: no such file or directory (create it with --update-baseline)\n',
    });
    writeFileSync(join(root, 'baseline.json'), '{"version": 2, "findings": []}');
    const run = await runCli(['check', '--baseline', 'baseline.json', 'docs'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^claimcheck: baseline\.json: not a claimcheck baseline: version: /);
  });
});
