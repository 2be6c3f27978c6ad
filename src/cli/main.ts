import { resolve } from 'node:path';
import { parseArticle } from '../parse/index.js';
import { formatOutlineJson, formatOutlineText } from '../report/outline.js';
import { segmentArticle } from '../segment/index.js';
import { outlineArticle } from '../segment/outline.js';
import { ClaimcheckError } from '../util/errors.js';
import { parseCommandArgs } from './args.js';
import { checkCommand } from './check-command.js';
import { ExitCode } from './exit-codes.js';
import type { CliIo } from './io.js';
import { defaultMaxFileSize } from './limits.js';
import { decodeSource, readSource } from './read-source.js';
import { explainCommand, rulesCommand } from './rules-command.js';
import { commandUsage, usage } from './usage.js';
import { version } from './version.js';

/**
 * Runs the CLI: parses `argv`, does the work, writes through `io`, and answers
 * the exit code. It never calls `process.exit`, so tests can run it in process.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const debug = argv.includes('--debug');
  try {
    return await run(argv, io);
  } catch (error) {
    if (error instanceof ClaimcheckError) {
      io.stderr(`claimcheck: ${error.message}\n`);
      if (debug && error.stack) io.stderr(`${error.stack}\n`);
      return ExitCode.failure;
    }
    io.stderr(`claimcheck: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    if (debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    else io.stderr('claimcheck: run again with --debug for details\n');
    return ExitCode.failure;
  }
}

async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    io.stdout(usage);
    return command === undefined ? ExitCode.failure : ExitCode.ok;
  }
  if (command === '-v' || command === '--version') {
    io.stdout(`${version}\n`);
    return ExitCode.ok;
  }
  if (command === 'check' || command === 'rules' || command === 'explain' || command === 'outline') {
    if (asksForHelp(rest)) {
      io.stdout(commandUsage[command]);
      return ExitCode.ok;
    }
    if (command === 'check') return checkCommand(rest, io);
    if (command === 'rules') return rulesCommand(rest, io);
    if (command === 'explain') return explainCommand(rest, io);
    return outline(rest, io);
  }
  throw new ClaimcheckError('USAGE', `unknown command \`${command}\`, expected \`check\`, \`rules\`, \`explain\` or \`outline\` (see claimcheck --help)`);
}

/**
 * Whether `--help` or `-h` stands among a command's arguments, before any
 * `--`: help wins over every other flag, valid or not, as in ESLint and git.
 */
function asksForHelp(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end === -1 ? argv : argv.slice(0, end)).some((argument) => argument === '--help' || argument === '-h');
}

async function outline(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    format: { type: 'string', default: 'text' },
    debug: { type: 'boolean', default: false },
  });
  const format = values.format as string;
  if (format !== 'text' && format !== 'json') {
    throw new ClaimcheckError('USAGE', `unknown format \`${format}\` for outline, expected \`text\` or \`json\``);
  }
  if (positionals.length === 0) throw new ClaimcheckError('USAGE', 'outline needs at least one file');
  const files = [];
  for (const path of positionals) {
    const text = path === '-' ? decodeSource(await io.readStdin(), '<stdin>') : await readSource(resolvePath(io.cwd, path), defaultMaxFileSize, path);
    files.push({ path, outline: outlineArticle(segmentArticle(parseArticle(text))) });
  }
  io.stdout(format === 'json' ? formatOutlineJson(files) : formatOutlineText(files));
  return ExitCode.ok;
}

function resolvePath(cwd: string, path: string): string {
  return resolve(cwd, path);
}
