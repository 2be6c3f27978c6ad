import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { engine, type Context } from 'unified-engine';
import { VFile } from 'vfile';
import { reporter } from 'vfile-reporter';
import { describe, expect, it } from 'vitest';
import remarkClaimcheck from '../src/remark-claimcheck.js';
import { onlyMarkupResidue } from './helpers/config.js';
import { fixturesDir, readFixture } from './helpers/fixtures.js';
import { expectExactPosition } from './helpers/positions.js';

const folder = join(fixturesDir, 'cli', 'remark');

function runEngine(options: Record<string, unknown>): Promise<{ code: number; context: Context; stderr: string }> {
  const stream = new PassThrough();
  let stderr = '';
  stream.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  return new Promise((resolve, reject) => {
    engine(
      {
        processor: unified().use(remarkParse).use(remarkClaimcheck, { rules: onlyMarkupResidue(), ...options }),
        files: ['.'],
        cwd: folder,
        extensions: ['md'],
        output: false,
        out: false,
        color: false,
        streamError: stream,
      },
      (error, code, context) => (error || !context ? reject(error) : resolve({ code: code ?? 0, context, stderr })),
    );
  });
}

describe('remark-claimcheck', () => {
  it('should report findings through unified-engine over a folder, read back with vfile-reporter', async () => {
    const { code, context } = await runEngine({ reportUnusedDisableDirectives: 'warning' });
    expect(code).toBe(0);
    const files = [...context.files].sort((a, b) => a.path.localeCompare(b.path));
    expect(files.map((file) => [file.basename, file.messages.length])).toEqual([
      ['club.md', 4],
      ['conflict-free.md', 0],
      ['suppressed.md', 1],
    ]);
    // Columns are padded to the widest cell; compare the cells.
    expect(reporter(files, { color: false, quiet: true }).replace(/ +/g, ' ')).toBe(
      [
        'club.md',
        '3:37-3:39 info Unexpected wiki link or template brackets `[[` in the text markup-residue claimcheck',
        '3:49-3:51 info Unexpected wiki link or template brackets `]]` in the text markup-residue claimcheck',
        '9:26-9:42 info Unexpected HTML attribute `style=color:navy` in the text markup-residue claimcheck',
        '13:30-13:40 info Unexpected HTML attribute `align=left` in the text markup-residue claimcheck',
        '',
        'suppressed.md',
        '6:1-6:53 warning Unused `claimcheck-disable-next-line` directive: no `markup-residue` finding to suppress unused-disable-directive claimcheck',
        '',
        '5 messages (⚠ 1 warning)',
      ].join('\n'),
    );
  });

  it('should fail the engine on error-level findings, as remark-lint does', async () => {
    const { code } = await runEngine({ rules: onlyMarkupResidue('error') });
    expect(code).toBe(1);
  });

  it('should store the report on file.data and map each finding to a full vfile message', async () => {
    const text = readFixture('cli', 'remark', 'club.md');
    const file = new VFile({ path: 'club.md', value: text });
    const processor = unified().use(remarkParse).use(remarkClaimcheck, { rules: onlyMarkupResidue('error') });
    await processor.run(processor.parse(file), file);
    const report = file.data.claimcheck;
    expect(report?.files[0]?.path).toBe('club.md');
    expect(report?.files[0]?.findings).toHaveLength(4);
    const [message] = file.messages;
    expect(message).toMatchObject({
      reason: 'Unexpected wiki link or template brackets `[[` in the text',
      ruleId: 'markup-residue',
      source: 'claimcheck',
      fatal: true,
      actual: '[[',
      url: 'https://github.com/claimcheck/claimcheck/blob/main/docs/rules/markup-residue.md',
      note: '`[[` looks like wiki link or template brackets left over from wiki markup, not part of the value',
      file: 'club.md',
    });
    expectExactPosition(text, message!.place as never, '[[');
  });

  it('should analyse the file’s original text, not a re-stringified tree', async () => {
    const text = 'Intro *with* emphasis.\r\n\r\nIt rowed on the [[River]].\r\n';
    const file = new VFile({ path: 'crlf.md', value: text });
    const processor = unified().use(remarkParse).use(remarkClaimcheck, { rules: onlyMarkupResidue() });
    await processor.run(processor.parse(file), file);
    for (const message of file.messages) expectExactPosition(text, message.place as never, message.actual);
    expect(file.messages.map((message) => message.actual)).toEqual(['[[', ']]']);
  });

  it('should chain other evidence as causes, each with its own place', async () => {
    const { findingToMessage } = await import('../src/report/vfile.js');
    const evidence = (quote: string, line: number, role?: string) => ({
      quote,
      position: { start: { line, column: 1, offset: line * 10 }, end: { line, column: 1 + quote.length, offset: line * 10 + quote.length } },
      ...(role ? { role } : {}),
    });
    const message = findingToMessage(
      {
        ruleId: 'figure-conflict',
        severity: 'warning',
        message: 'The club has `40 members` here but `45 members` elsewhere',
        evidence: [evidence('40 members', 2, 'figure'), evidence('45 members', 5, 'other figure'), evidence('45 members', 9)],
        reasoning: ['both count members', 'no date separates them'],
        fingerprint: '0',
      },
      'club.md',
    );
    expect(message.fatal).toBe(false);
    expect(message.expected).toEqual(['45 members', '45 members']);
    expect(message.note).toBe('both count members\nno date separates them');
    const cause = message.cause as typeof message;
    expect([cause.reason, cause.place, cause.ruleId]).toEqual(['Evidence (other figure): `45 members`', evidence('45 members', 5).position, 'figure-conflict']);
    expect((cause.cause as typeof message).reason).toBe('Evidence: `45 members`');
  });

  it('should refuse bad options when the plugin is used, in the CLI’s words', () => {
    expect(() => unified().use(remarkParse).use(remarkClaimcheck, { rules: { 'markup-residue': 'loud' as never } }).freeze()).toThrow(
      'rules.markup-residue: invalid setting, expected `off`, `info`, `warning`, `error`, or [severity, { options }]',
    );
    expect(() => unified().use(remarkParse).use(remarkClaimcheck, { rules: { 'figure-confict': 'off' } }).freeze()).toThrow(
      /^rules\.figure-confict: unknown rule `figure-confict`, expected one of `after-death`, /,
    );
    expect(() => unified().use(remarkParse).use(remarkClaimcheck, { format: 'rst' as never }).freeze()).toThrow(/options\.format/);
  });

  it('should report a typo in a rule id through unified-engine as one line per file, without a stack trace', async () => {
    const { code, stderr } = await runEngine({ rules: { 'figure-confict': 'off' } });
    expect(code).toBe(1);
    const causes = stderr.split('\n').filter((line) => line.includes('figure-confict'));
    expect(causes).toHaveLength(3);
    for (const line of causes) expect(line.trim()).toMatch(/^ClaimcheckError: rules\.figure-confict: unknown rule `figure-confict`, expected one of/);
    expect(stderr).not.toMatch(/^\s+at /m);
  });
});
