import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OutlineSchema } from '../src/index.js';
import { runCli } from './helpers/cli.js';
import { fixturesDir } from './helpers/fixtures.js';

const seedPath = join(fixturesDir, 'seed', 'seed.txt');

describe('claimcheck outline', () => {
  it('should print the heading tree, infobox fields and sentence count of the seed', async () => {
    const run = await runCli(['outline', seedPath]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('title: Militarized Communist Party of Peru');
    expect(run.stdout).toContain('infobox (17 fields):');
    expect(run.stdout).toContain('    Dates: –present');
    expect(run.stdout).toMatch(/\n {8}Paramilitary wing {2}\(44:1\)\n/);
    expect(run.stdout).toMatch(/sentences: \d+\n$/);
  });

  it('should print the same outline as JSON that validates against the schema', async () => {
    const run = await runCli(['outline', '--format', 'json', seedPath, seedPath]);
    expect(run.code).toBe(0);
    const files = JSON.parse(run.stdout) as Array<{ path: string }>;
    expect(files).toHaveLength(2);
    const outline = OutlineSchema.parse(files[0]);
    expect(outline.sections.map((section) => section.title)).toContain('Break with Abimael Guzmán');
    expect(outline.infobox).toHaveLength(17);
  });

  it('should read stdin for `-`', async () => {
    const run = await runCli(['outline', '--format', 'json', '-'], { stdin: '= T =\n\n==A==\nText. More.\n' });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)[0]).toMatchObject({ path: '-', title: 'T', sentenceCount: 2 });
  });

  it.each([
    [['outline', '--colour', seedPath], /^claimcheck: Unknown option '--colour'/],
    [['outline', '--format', 'xml', seedPath], /^claimcheck: unknown format `xml`/],
    [['outline'], /^claimcheck: outline needs at least one file/],
    [['frobnicate'], /^claimcheck: unknown command `frobnicate`/],
    [['outline', 'no/such/file.txt'], /^claimcheck: no\/such\/file\.txt: no such file or directory/],
    [['outline', fixturesDir], /is a directory/],
  ])('should exit 2 with a one-line error for %j', async (argv, message) => {
    const run = await runCli(argv as string[], { cwd: process.cwd() });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('should print a stack trace only with --debug', async () => {
    const run = await runCli(['outline', '--debug', 'missing.txt']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/\n\s+at /);
  });
});

describe('bad input through the CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimcheck-bad-'));

  it('should refuse a file with NUL bytes as binary', async () => {
    const path = join(dir, 'binary.txt');
    writeFileSync(path, Buffer.from([0x3d, 0x20, 0x54, 0x00, 0x01, 0x02]));
    const run = await runCli(['outline', path]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/looks like a binary file/);
  });

  it('should decode invalid UTF-8 with replacement characters and keep going', async () => {
    const path = join(dir, 'latin1.txt');
    writeFileSync(path, Buffer.concat([Buffer.from('= Caf'), Buffer.from([0xe9]), Buffer.from(' =\n\nIt opened in 1990.\n')]));
    const run = await runCli(['outline', '--format', 'json', path]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)[0]).toMatchObject({ title: 'Caf\uFFFD', sentenceCount: 1 });
  });

  it('should refuse a 50 MB file with a clear error instead of exhausting the heap', async () => {
    const path = join(dir, 'huge.txt');
    writeFileSync(path, Buffer.alloc(50 * 1024 * 1024, 'word '));
    const run = await runCli(['outline', path]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/52428800 bytes is over the limit of 20971520/);
  });

  it('should outline empty and whitespace-only files', async () => {
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'blank.txt'), ' \n\t\n\n');
    const run = await runCli(['outline', '--format', 'json', join(dir, 'empty.txt'), join(dir, 'blank.txt')]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).map((file: { sentenceCount: number; title: unknown }) => [file.title, file.sentenceCount])).toEqual([
      [null, 0],
      [null, 0],
    ]);
  });
});
