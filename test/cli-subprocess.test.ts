import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ReportSchema } from '../src/index.js';
import { residueConfig } from './helpers/config.js';
import { ensureBuilt, runDist } from './helpers/dist.js';
import { sharedDir } from '../bench/shared-texts.js';
import { itShared, readFixture } from './helpers/fixtures.js';
import { expectGolden, goldenRuns } from './helpers/golden.js';
import { writeTree } from './helpers/tree.js';

const residue = readFixture('cli', 'markdown', 'residue.md');
const paths = (stdout: string) => ReportSchema.parse(JSON.parse(stdout)).files.map((file) => file.path);

beforeAll(ensureBuilt);

describe('the built CLI (node dist/cli.js)', () => {
  it.each(goldenRuns.map((run) => [run.name, run] as const))('should print %s exactly as pinned', (_name, golden) => {
    const run = runDist(golden.args);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(golden.code);
    expectGolden(run.stdout, golden.stdout);
  });

  itShared('should give the same report over the whole corpus with --jobs 2 as with --jobs 1, and shards that partition it', () => {
    const corpus = 'corpus/*.txt';
    const inShared = { cwd: sharedDir };
    const one = runDist(['check', '--format', 'json', '--jobs', '1', corpus], inShared);
    const two = runDist(['check', '--format', 'json', '--jobs', '2', corpus], inShared);
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    expect(paths(one.stdout)).toHaveLength(64);
    expect(two.stdout).toBe(one.stdout);
    const shards = [1, 2, 3].map((index) => paths(runDist(['check', '--format', 'json', '--shard', `${index}/3`, corpus], inShared).stdout));
    expect(shards.flat().sort()).toEqual(paths(one.stdout));
    expect(new Set(shards.flat()).size).toBe(64);
    expect(shards.every((shard) => shard.length >= 10)).toBe(true);
    // Five whole-corpus runs: on a 2-core machine shared with other jobs they outlast the default timeout.
  }, 600_000);

  it('should read stdin', () => {
    expect(paths(runDist(['check', '-f', 'json', '-'], { input: residue }).stdout)).toEqual(['<stdin>']);
  });

  itShared('should expand a quoted glob', () => {
    expect(paths(runDist(['check', '-f', 'json', 'corpus/a*.txt'], { cwd: sharedDir }).stdout)).toEqual([
      'corpus/aardvark.txt',
      'corpus/abd-al-rahman-iii.txt',
      'corpus/ada-lovelace.txt',
      'corpus/agesilaus-ii.txt',
      'corpus/al-haytham.txt',
      'corpus/altimont-butler.txt',
      'corpus/anarchism.txt',
      'corpus/antique-band.txt',
    ]);
  });

  it('should honour ignore files and --ignore-pattern', () => {
    const root = writeTree({ '.gitignore': 'out/\n', '.claimcheckignore': 'draft.md\n', 'a.md': residue, 'draft.md': residue, 'out/b.md': residue, 'c.txt': residue });
    expect(paths(runDist(['check', '-f', 'json', '--ignore-pattern', '*.txt'], { cwd: root }).stdout)).toEqual(['a.md']);
  });

  it('should exit 0, 1 and 2 as documented', () => {
    const root = writeTree({ 'strict.json': residueConfig('error'), '.claimcheckrc.json': residueConfig('info'), 'bad.json': '{ "rules": { "nope": "off" } }', 'a.md': residue, 'bin.txt': '\u0000' });
    expect(runDist(['check', 'a.md'], { cwd: root }).code).toBe(0);
    expect(runDist(['check', '-c', 'strict.json', 'a.md'], { cwd: root }).code).toBe(1);
    expect(runDist(['check', '--frobnicate'], { cwd: root })).toMatchObject({ code: 2, stdout: '', stderr: "claimcheck: Unknown option '--frobnicate'\n" });
    const bad = runDist(['check', '-c', 'bad.json', 'a.md'], { cwd: root });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^claimcheck: bad\.json: rules\.nope: unknown rule `nope`, expected one of .*`markup-residue`/);
    const failed = runDist(['check', '-f', 'json', 'a.md', 'bin.txt'], { cwd: root });
    expect(failed.code).toBe(2);
    expect(failed.stderr).toBe('claimcheck: bin.txt: looks like a binary file (it has NUL bytes)\n');
    expect(paths(failed.stdout)).toEqual(['a.md', 'bin.txt']);
  });

  it('should apply suppression comments and report unused ones', () => {
    const root = writeTree({ '.claimcheckrc.json': residueConfig('info'), 'suppressed.md': readFixture('cli', 'remark', 'suppressed.md') });
    const run = runDist(['check', '--report-unused-disable-directives', '--max-warnings', '0', 'suppressed.md'], { cwd: root });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('6:1-6:53');
    expect(run.stdout).toContain('unused-disable-directive');
    expect(run.stdout).not.toContain('[[');
  });

  it('should round-trip a baseline', () => {
    const root = writeTree({ 'claimcheck.config.json': residueConfig('error'), 'a.md': residue });
    expect(runDist(['check', 'a.md'], { cwd: root }).code).toBe(1);
    expect(runDist(['check', '--baseline', 'known.json', '--update-baseline', 'a.md'], { cwd: root }).code).toBe(0);
    expect(runDist(['check', '--baseline', 'known.json', 'a.md'], { cwd: root })).toEqual({ code: 0, stdout: '', stderr: '' });
    writeFileSync(join(root, 'a.md'), `Added above.\n\n${residue}\nA new [[link]] here.\n`);
    const run = runDist(['check', '--baseline', 'known.json', '-f', 'github', 'a.md'], { cwd: root });
    expect(run.code).toBe(1);
    expect(run.stdout.trim().split('\n')).toHaveLength(2);
    expect(JSON.parse(readFileSync(join(root, 'known.json'), 'utf8')).findings).toHaveLength(4);
  });

  it('should list rules and explain one', () => {
    expect(runDist(['rules']).stdout).toMatch(/^markup-residue +info +Leftovers/m);
    expect(runDist(['explain', 'markup-residue']).stdout).toBe(readFixture('..', 'docs', 'rules', 'markup-residue.md'));
  });
});
