import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../bench/shared-texts.js';
import { checkText, fileSettings } from '../src/cli/check-file.js';
import { ReportSchema, rules, type Report } from '../src/index.js';
import { runCli } from './helpers/cli.js';
import { residueConfig } from './helpers/config.js';
import { itShared, readFixture } from './helpers/fixtures.js';
import { repoRoot } from './helpers/golden.js';
import { writeTree } from './helpers/tree.js';

const residue = readFixture('cli', 'markdown', 'residue.md');
const clean = '# Clean\n\nThe club was founded in 1899.\n';

async function checkJson(args: string[], options: Parameters<typeof runCli>[1] = {}) {
  const run = await runCli(['check', '--format', 'json', ...args], options);
  const report: Report = ReportSchema.parse(JSON.parse(run.stdout || '{"version":1,"files":[]}'));
  return { ...run, report, paths: report.files.map((file) => file.path) };
}

describe('claimcheck check: inputs', () => {
  it('should walk folders for .md, .markdown, .mdx, .txt and .wiki files, skipping node_modules and .git', async () => {
    const root = writeTree({
      'a.md': clean,
      'b.markdown': clean,
      'c.mdx': clean,
      'd.txt': clean,
      'e.wiki': clean,
      'f.json': '{}',
      'sub/deeper/g.MD': clean,
      'node_modules/pkg/readme.md': clean,
      '.git/info.md': clean,
    });
    const run = await checkJson(['.'], { cwd: root });
    expect(run.code).toBe(0);
    expect(run.paths).toEqual(['a.md', 'b.markdown', 'c.mdx', 'd.txt', 'e.wiki', 'sub/deeper/g.MD']);
  });

  it('should check the working folder when given no paths', async () => {
    const root = writeTree({ 'one.md': clean, 'two/three.txt': clean });
    expect((await checkJson([], { cwd: root })).paths).toEqual(['one.md', 'two/three.txt']);
  });

  it('should check a file named on the command line whatever its extension', async () => {
    const root = writeTree({ 'notes.text': clean });
    expect((await checkJson(['notes.text'], { cwd: root })).paths).toEqual(['notes.text']);
  });

  it('should expand globs and list each file once', async () => {
    const root = writeTree({ 'docs/a.md': clean, 'docs/b.md': clean, 'docs/c.txt': clean, 'other/d.md': clean });
    const run = await checkJson(['docs/*.md', 'docs/a.md', '**/d.md'], { cwd: root });
    expect(run.paths).toEqual(['docs/a.md', 'docs/b.md', 'other/d.md']);
  });

  it('should exit 2 when a glob matches nothing', async () => {
    const run = await runCli(['check', 'nothing/*.md'], { cwd: writeTree({}) });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('claimcheck: no files match the pattern `nothing/*.md`; pass --no-error-on-unmatched-pattern to allow this\n');
  });

  it('should read stdin for `-` and report it as <stdin>, or as --stdin-filename', async () => {
    const plain = await checkJson(['-'], { stdin: residue, cwd: repoRoot });
    expect(plain.paths).toEqual(['<stdin>']);
    expect(plain.report.files[0]?.findings.filter((finding) => finding.ruleId === 'markup-residue')).toHaveLength(4);
    const named = await checkJson(['--stdin-filename', 'docs/club.md', '-'], { stdin: residue, cwd: repoRoot });
    expect(named.paths).toEqual(['docs/club.md']);
  });

  it('should honour .gitignore and .claimcheckignore, nested ones and negations', async () => {
    const root = writeTree({
      '.gitignore': 'build/\n*.draft.md\n',
      '.claimcheckignore': 'vendor/**\n!vendor/keep.md\n',
      'a.md': clean,
      'a.draft.md': clean,
      'build/out.md': clean,
      'vendor/x.md': clean,
      'vendor/keep.md': clean,
      'sub/.gitignore': 'private.md\n',
      'sub/private.md': clean,
      'sub/public.md': clean,
    });
    const run = await checkJson(['.'], { cwd: root });
    expect(run.paths).toEqual(['a.md', 'sub/public.md', 'vendor/keep.md']);
  });

  it('should leave out ignored files even when they are named on the command line', async () => {
    const root = writeTree({ '.claimcheckignore': 'generated.md\n', 'generated.md': clean, 'kept.md': clean });
    expect((await checkJson(['generated.md', 'kept.md'], { cwd: root })).paths).toEqual(['kept.md']);
  });

  it('should leave out files matching --ignore-pattern', async () => {
    const root = writeTree({ 'a.md': clean, 'drafts/b.md': clean, 'c.txt': clean });
    const run = await checkJson(['--ignore-pattern', 'drafts/', '--ignore-pattern', '*.txt', '.'], { cwd: root });
    expect(run.paths).toEqual(['a.md']);
  });

  it('should leave out files matching the config’s ignorePatterns, relative to the config’s folder', async () => {
    const root = writeTree({ 'site/claimcheck.config.json': '{ "ignorePatterns": ["archive/"] }', 'site/archive/old.md': clean, 'site/new.md': clean, 'archive/kept.md': clean });
    expect((await checkJson(['.'], { cwd: root })).paths).toEqual(['archive/kept.md', 'site/new.md']);
  });
});

describe('claimcheck check: failing files', () => {
  it('should report a missing, a binary and a too-large file with their reasons, still report the others, and exit 2', async () => {
    const root = writeTree({
      '.claimcheckrc.json': '{ "maxFileSize": 200 }',
      'good.md': residue.slice(0, 190),
      'binary.txt': new Uint8Array([0x3d, 0x20, 0x54, 0x00, 0x01]),
      'big.md': 'word '.repeat(100),
    });
    const run = await checkJson(['good.md', 'binary.txt', 'big.md', 'missing.md'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.report.files.map((file) => [file.path, file.error?.code ?? 'ok'])).toEqual([
      ['big.md', 'FILE_TOO_LARGE'],
      ['binary.txt', 'BINARY_INPUT'],
      ['good.md', 'ok'],
      ['missing.md', 'IO_ERROR'],
    ]);
    expect(run.report.files[0]?.error?.message).toBe('500 bytes is over the limit of 200 (maxFileSize)');
    expect(run.report.files.find((file) => file.path === 'good.md')?.findings.length).toBeGreaterThan(0);
    expect(run.stderr.trim().split('\n')).toEqual([
      'claimcheck: big.md: 500 bytes is over the limit of 200 (maxFileSize)',
      'claimcheck: binary.txt: looks like a binary file (it has NUL bytes)',
      'claimcheck: missing.md: no such file or directory',
    ]);
  });

  it('should turn an exception inside analysis into a failed file with its code and reason', async () => {
    const report = await checkText(clean, 'a.md', { ...fileSettings({}, false), rules: { 'no-such-rule': 'error' } });
    expect(report).toMatchObject({ path: 'a.md', findings: [], error: { code: 'INVALID_OPTIONS', message: expect.stringMatching(/^Invalid options\.rules\.no-such-rule: unknown rule/) } });
  });

  it('should show a failed file in the stylish output without repeating it on stderr', async () => {
    const root = writeTree({ 'binary.txt': new Uint8Array([0x00]) });
    const run = await runCli(['check', 'binary.txt'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('Cannot check the file: looks like a binary file (it has NUL bytes)');
  });
});

describe('claimcheck check: exit codes', () => {
  const tree = (severity: string) => writeTree({ 'claimcheck.config.json': residueConfig(severity as 'info'), 'article.md': residue });

  it.each([
    ['info', [], 0],
    ['warning', [], 0],
    ['warning', ['--max-warnings', '4'], 0],
    ['warning', ['--max-warnings', '3'], 1],
    ['warning', ['--max-warnings', '0'], 1],
    ['error', [], 1],
    ['off', ['--max-warnings', '0'], 0],
  ])('should exit with the right code for %s findings and %j', async (severity, flags, code) => {
    const run = await runCli(['check', ...(flags as string[]), 'article.md'], { cwd: tree(severity as string) });
    expect(run.code).toBe(code);
  });

  it.each([
    [['check', '--format', 'xml'], 'claimcheck: unknown format `xml`, expected one of `stylish`, `json`, `sarif`, `github`, `ndjson`'],
    [['check', '--jobs', '0'], 'claimcheck: invalid --jobs `0`, expected an integer of at least 1'],
    [['check', '--max-warnings', 'many'], 'claimcheck: invalid --max-warnings `many`, expected an integer of at least -1'],
    [['check', '--shard', '3/2'], 'claimcheck: invalid --shard `3/2`, expected i/n with 1 ≤ i ≤ n, e.g. 1/4'],
    [['check', '--update-baseline'], 'claimcheck: --update-baseline needs --baseline FILE'],
    [['check', '-', '-'], 'claimcheck: stdin (`-`) can be read only once'],
    [['check', '--frobnicate'], "claimcheck: Unknown option '--frobnicate'"],
    [['explain', 'no-such-rule'], 'claimcheck: unknown rule `no-such-rule`, expected one of `'],
  ])('should exit 2 with one line for the usage error %j', async (argv, message) => {
    const run = await runCli(argv as string[], { cwd: writeTree({ 'a.md': clean }) });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')[0]).toContain(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('claimcheck check: config', () => {
  it('should find the nearest config from the file’s folder upward, the nearest winning whole', async () => {
    const root = writeTree({
      'claimcheck.config.json': residueConfig('error'),
      'strict/article.md': residue,
      'relaxed/.claimcheckrc.json': residueConfig('off'),
      'relaxed/article.md': residue,
      'pkg/package.json': JSON.stringify({ name: 'pkg', claimcheck: JSON.parse(residueConfig('warning')) }),
      'pkg/docs/article.md': residue,
    });
    const run = await checkJson(['.'], { cwd: root });
    expect(run.report.files.map((file) => [file.path, [...new Set(file.findings.map((finding) => finding.severity))]])).toEqual([
      ['pkg/docs/article.md', ['warning']],
      ['relaxed/article.md', []],
      ['strict/article.md', ['error']],
    ]);
    expect(run.code).toBe(1);
  });

  it('should use only the --config file when given', async () => {
    const root = writeTree({ '.claimcheckrc.json': residueConfig('off'), 'strict.json': residueConfig('error'), 'article.md': residue });
    expect((await runCli(['check', '--config', 'strict.json', 'article.md'], { cwd: root })).code).toBe(1);
    expect((await runCli(['check', 'article.md'], { cwd: root })).code).toBe(0);
  });

  it('should read the input format and reference date from the config', async () => {
    const root = writeTree({ '.claimcheckrc.json': '{ "format": "wiki", "referenceDate": "2024-05-01" }', 'article.md': '# Not a heading in wiki mode\n\nText.\n' });
    const run = await checkJson(['article.md'], { cwd: root });
    expect(run.report.files[0]?.format).toBe('wiki');
  });

  it.each([
    ['{ "rules": { "figure-conflit": "off" } }', 'claimcheck: claimcheck.config.json: rules.figure-conflit: unknown rule `figure-conflit`, expected one of `'],
    ['{ "rules": { "markup-residue": "loud" } }', 'claimcheck: claimcheck.config.json: rules.markup-residue: invalid setting, expected `off`, `info`, `warning`, `error`, or [severity, { options }]'],
    ['{ "rules": { "markup-residue": ["error", 3] } }', 'claimcheck: claimcheck.config.json: rules.markup-residue: invalid setting, expected `off`, `info`, `warning`, `error`, or [severity, { options }]'],
    ['{ "rule": {} }', 'claimcheck: claimcheck.config.json: rule: unknown key `rule`, expected one of `$schema`, `rules`, `ignorePatterns`, `format`, `referenceDate`, `maxFileSize`, `reportUnusedDisableDirectives`'],
    ['{ "format": "html" }', 'claimcheck: claimcheck.config.json: format: invalid value, expected one of `auto`, `wiki`, `markdown`'],
    ['{ "maxFileSize": -5 }', 'claimcheck: claimcheck.config.json: maxFileSize: Too small: expected number to be >0'],
    ['{ "referenceDate": "May 2024" }', 'claimcheck: claimcheck.config.json: referenceDate: expected an ISO date such as 2024-05-01'],
    ['{ "rules": ', 'claimcheck: claimcheck.config.json: invalid JSON:'],
  ])('should exit 2 naming the file, the key and the allowed values for %s', async (config, message) => {
    const root = writeTree({ 'claimcheck.config.json': config, 'article.md': clean });
    const run = await runCli(['check', 'article.md'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.startsWith(message)).toBe(true);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('should exit 2 when the --config file does not exist', async () => {
    const run = await runCli(['check', '--config', 'nope.json', 'article.md'], { cwd: writeTree({ 'article.md': clean }) });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('claimcheck: nope.json: no such file or directory\n');
  });
});

describe('claimcheck check: output', () => {
  it('should write --output atomically and print nothing', async () => {
    const root = writeTree({ 'article.md': residue, 'out/.keep': '', '.claimcheckrc.json': residueConfig('info') });
    const run = await runCli(['check', '--format', 'sarif', '--output', 'out/report.sarif', 'article.md'], { cwd: root });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(JSON.parse(readFileSync(join(root, 'out', 'report.sarif'), 'utf8')).version).toBe('2.1.0');
    expect(readdirSync(join(root, 'out')).sort()).toEqual(['.keep', 'report.sarif']);
  });

  it('should exit 2 when --output cannot be written', async () => {
    const run = await runCli(['check', '--output', 'article.md/report.txt', 'article.md'], { cwd: writeTree({ 'article.md': clean }) });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('claimcheck: article.md/report.txt: cannot write: not a directory\n');
  });

  it('should colour stylish output only at a terminal without NO_COLOR, or with --color', async () => {
    const root = writeTree({ 'article.md': residue, '.claimcheckrc.json': residueConfig('info') });
    const escape = '\u001b[';
    expect((await runCli(['check', 'article.md'], { cwd: root })).stdout).not.toContain(escape);
    expect((await runCli(['check', 'article.md'], { cwd: root, stdoutIsTTY: true })).stdout).toContain(escape);
    expect((await runCli(['check', 'article.md'], { cwd: root, stdoutIsTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toContain(escape);
    expect((await runCli(['check', '--color', 'article.md'], { cwd: root })).stdout).toContain(escape);
    expect((await runCli(['check', '--no-color', 'article.md'], { cwd: root, stdoutIsTTY: true })).stdout).not.toContain(escape);
  });

  it('should print nothing for clean files in stylish', async () => {
    const run = await runCli(['check', 'a.md'], { cwd: writeTree({ 'a.md': clean }) });
    expect(run).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('should report unused suppression comments with --report-unused-disable-directives', async () => {
    const root = writeTree({ 'a.md': '# A\n\n<!-- claimcheck-disable-next-line -->\nNothing to see in 1899.\n' });
    expect((await checkJson(['a.md'], { cwd: root })).report.files[0]?.findings).toEqual([]);
    const run = await checkJson(['--report-unused-disable-directives', 'a.md'], { cwd: root });
    expect(run.report.files[0]?.findings.map((finding) => [finding.ruleId, finding.severity])).toEqual([['unused-disable-directive', 'warning']]);
    expect((await runCli(['check', '--report-unused-disable-directives', '--max-warnings', '0', 'a.md'], { cwd: root })).code).toBe(1);
  });

  it('should draw a progress bar on a terminal’s stderr for more than 20 files, and nothing in CI or for fewer', async () => {
    const many = writeTree(Object.fromEntries(Array.from({ length: 21 }, (_, index) => [`a-${index}.md`, clean])));
    const tty = await runCli(['check', '--jobs', '1', '.'], { cwd: many, stderrIsTTY: true });
    expect(tty.stderr).toContain('\r[##############################] 21/21 files');
    expect(tty.stderr.endsWith('\r\u001b[K')).toBe(true);
    expect((await runCli(['check', '--jobs', '1', '.'], { cwd: many, stderrIsTTY: true, env: { CI: 'true' } })).stderr).toBe('');
    const few = writeTree(Object.fromEntries(Array.from({ length: 20 }, (_, index) => [`a-${index}.md`, clean])));
    expect((await runCli(['check', '--jobs', '1', '.'], { cwd: few, stderrIsTTY: true })).stderr).toBe('');
  });

  it('should leave no temporary files behind', async () => {
    const root = writeTree({ 'a.md': clean });
    await runCli(['check', '-o', 'r.json', '-f', 'json', 'a.md'], { cwd: root });
    expect(readdirSync(root).sort()).toEqual(['a.md', 'r.json']);
    expect(existsSync(join(root, 'r.json'))).toBe(true);
  });
});

describe('claimcheck check: shards and jobs', () => {
  it('should partition the files exactly between shards', async () => {
    const root = writeTree(Object.fromEntries(Array.from({ length: 40 }, (_, index) => [`part-${index % 4}/article-${index}.md`, clean])));
    const all = (await checkJson(['--jobs', '1', '.'], { cwd: root })).paths;
    expect(all).toHaveLength(40);
    const shards = await Promise.all([1, 2, 3].map(async (index) => (await checkJson(['--jobs', '1', '--shard', `${index}/3`, '.'], { cwd: root })).paths));
    expect(shards.every((paths) => paths.length > 5)).toBe(true);
    expect(shards.flat().sort()).toEqual(all);
    expect(new Set(shards.flat()).size).toBe(all.length);
  });

  itShared('should give the same output with --jobs 2 as with --jobs 1', async () => {
    const files = [sharedPath('corpus/aardvark.txt'), sharedPath('corpus/ada-lovelace.txt'), 'fixtures/seed/seed.txt', 'fixtures/cli/markdown/residue.md'];
    const one = await runCli(['check', '-f', 'json', '--jobs', '1', ...files], { cwd: repoRoot });
    const two = await runCli(['check', '-f', 'json', '--jobs', '2', ...files], { cwd: repoRoot });
    expect(two.code).toBe(one.code);
    expect(two.stdout).toBe(one.stdout);
  });
});

describe('claimcheck rules and explain', () => {
  it('should list every rule with its default severity', async () => {
    const run = await runCli(['rules']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^markup-residue {10}info {5}Leftovers of wiki markup/m);
    expect(run.stdout).toMatch(/^role-date-conflict {6}error {4}One person's tenure/m);
    expect(run.stdout).toMatch(/^uncited-claim {11}off {6}Dates, figures and events/m);
    expect(run.stdout.trim().split('\n')).toHaveLength(rules.length);
  });

  it('should print a rule’s documentation', async () => {
    const run = await runCli(['explain', 'markup-residue']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(readFixture('..', 'docs', 'rules', 'markup-residue.md'));
  });
});
