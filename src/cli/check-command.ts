import { availableParallelism } from 'node:os';
import { dirname, resolve } from 'node:path';
import { applyBaseline, updateBaseline } from '../check/index.js';
import { formatNames, isFormatName, loadFormatter } from '../report/formatters/index.js';
import { buildReport } from '../report/build.js';
import { rules } from '../rules/index.js';
import type { FileReport, Report } from '../schema/report.js';
import { ClaimcheckError } from '../util/errors.js';
import { parseCommandArgs, parseIntegerFlag } from './args.js';
import { baselinePaths, readBaseline, writeBaseline } from './baseline-file.js';
import { ruleCatalogue } from './catalogue.js';
import { checkText, failedFile, fileSettings, type FileTask } from './check-file.js';
import { ConfigResolver } from './config.js';
import { ExitCode } from './exit-codes.js';
import { displayPath, listFiles } from './files.js';
import { IgnoreRules, patternMatcher } from './ignore.js';
import type { CliIo } from './io.js';
import { createProgress } from './progress.js';
import { decodeSource } from './read-source.js';
import { inShard, parseShard } from './shard.js';
import { version } from './version.js';
import { checkFiles } from './worker-pool.js';
import { writeFileAtomic } from './write-file.js';

const stdinPath = '<stdin>';

/**
 * `claimcheck check [paths…]`: lists the files, finds each file's config,
 * checks them (in worker threads with `--jobs`), applies the baseline,
 * formats the report and answers the exit code.
 */
export async function checkCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    format: { type: 'string', short: 'f', default: 'stylish' },
    output: { type: 'string', short: 'o' },
    config: { type: 'string', short: 'c' },
    'ignore-pattern': { type: 'string', multiple: true },
    'max-warnings': { type: 'string', default: '-1' },
    jobs: { type: 'string', short: 'j' },
    shard: { type: 'string' },
    baseline: { type: 'string' },
    'update-baseline': { type: 'boolean', default: false },
    'report-unused-disable-directives': { type: 'boolean', default: false },
    'stdin-filename': { type: 'string' },
    color: { type: 'boolean', default: false },
    'no-color': { type: 'boolean', default: false },
    debug: { type: 'boolean', default: false },
  });
  const format = values.format as string;
  if (!isFormatName(format)) throw new ClaimcheckError('USAGE', `unknown format \`${format}\`, expected one of ${formatNames.map((name) => `\`${name}\``).join(', ')}`);
  const maxWarnings = parseIntegerFlag('max-warnings', values['max-warnings'] as string, -1);
  const jobs = values.jobs === undefined ? null : parseIntegerFlag('jobs', values.jobs as string, 1);
  const shard = values.shard === undefined ? null : parseShard(values.shard as string);
  const baselineFile = values.baseline === undefined ? null : resolve(io.cwd, values.baseline as string);
  if (values['update-baseline'] && !baselineFile) throw new ClaimcheckError('USAGE', '--update-baseline needs --baseline FILE');
  const paths = positionals.length > 0 ? positionals : ['.'];
  if (paths.filter((path) => path === '-').length > 1) throw new ClaimcheckError('USAGE', 'stdin (`-`) can be read only once');

  const configs = new ConfigResolver(rules.map((rule) => ({ id: rule.id })), io.cwd, values.config as string | undefined);
  const reportUnused = values['report-unused-disable-directives'] as boolean;
  const ignoreRules = new IgnoreRules();
  ignoreRules.addPatterns(io.cwd, (values['ignore-pattern'] as string[] | undefined) ?? []);
  const listed = await listFiles(
    paths.filter((path) => path !== '-'),
    io.cwd,
    ignoreRules,
  );

  const tasks: FileTask[] = [];
  const configIgnores = new Map<string, (path: string) => boolean>();
  for (const file of listed.files) {
    if (shard && !inShard(file.path, shard)) continue;
    const loaded = await configs.forFile(file.absolute);
    if (loaded.file && loaded.config.ignorePatterns) {
      let matches = configIgnores.get(loaded.file);
      if (!matches) configIgnores.set(loaded.file, (matches = patternMatcher(dirname(loaded.file), loaded.config.ignorePatterns)));
      if (matches(file.absolute)) continue;
    }
    tasks.push({ absolute: file.absolute, path: file.path, settings: fileSettings(loaded.config, reportUnused) });
  }
  const missing = listed.missing.filter((file) => !shard || inShard(file.path, shard));

  const progress = createProgress(io, tasks.length);
  const reports: FileReport[] = await checkFiles(tasks, jobs ?? defaultJobs(tasks.length), progress.tick);
  progress.done();
  for (const file of missing) reports.push(failedFile(file.path, new ClaimcheckError('IO_ERROR', 'no such file or directory')));
  if (paths.includes('-')) reports.push(await checkStdin(io, values['stdin-filename'] as string | undefined, configs, reportUnused));
  let report: Report = buildReport(reports);

  if (baselineFile) {
    const name = displayPath(io.cwd, baselineFile);
    const toBaselinePath = baselinePaths(io.cwd, baselineFile);
    const previous = await readBaseline(baselineFile, name);
    if (values['update-baseline']) {
      const updated = updateBaseline(report, previous, toBaselinePath);
      await writeBaseline(baselineFile, updated, name);
      report = applyBaseline(report, updated, toBaselinePath);
    } else if (previous) {
      report = applyBaseline(report, previous, toBaselinePath);
    } else {
      throw new ClaimcheckError('IO_ERROR', `${name}: no such file or directory (create it with --update-baseline)`);
    }
  }

  const formatter = await loadFormatter(format);
  const output = values.output as string | undefined;
  const color = !values['no-color'] && (Boolean(values.color) || (output === undefined && io.stdoutIsTTY && !io.env.NO_COLOR));
  const text = formatter(report, { rules: ruleCatalogue(rules), color, toolVersion: version });
  if (output === undefined) io.stdout(text);
  else await writeFileAtomic(resolve(io.cwd, output), text, output);

  const failed = report.files.filter((file) => file.error);
  if (output !== undefined || format !== 'stylish') {
    for (const file of failed) io.stderr(`claimcheck: ${file.path}: ${file.error!.message}\n`);
  }
  return exitCode(report, maxWarnings);
}

/**
 * One thread per core, but no more than one per `filesPerThread` files:
 * starting a worker costs about as much as checking a few articles, so small
 * runs are faster in one thread. `--jobs` overrides it.
 */
function defaultJobs(files: number): number {
  return Math.max(1, Math.min(availableParallelism(), Math.floor(files / filesPerThread)));
}

const filesPerThread = 8;

/** 2 when a file failed; else 1 for an error-level finding or more warnings than allowed; else 0. */
export function exitCode(report: Report, maxWarnings: number): number {
  if (report.files.some((file) => file.error)) return ExitCode.failure;
  const findings = report.files.flatMap((file) => file.findings);
  if (findings.some((finding) => finding.severity === 'error')) return ExitCode.findings;
  const warnings = findings.filter((finding) => finding.severity === 'warning').length;
  return maxWarnings >= 0 && warnings > maxWarnings ? ExitCode.findings : ExitCode.ok;
}

async function checkStdin(io: CliIo, stdinFilename: string | undefined, configs: ConfigResolver, reportUnused: boolean): Promise<FileReport> {
  const path = stdinFilename ?? stdinPath;
  const folder = stdinFilename === undefined ? io.cwd : dirname(resolve(io.cwd, stdinFilename));
  const loaded = await configs.forFolder(folder);
  const settings = fileSettings(loaded.config, reportUnused);
  let text: string;
  try {
    const bytes = await io.readStdin();
    if (bytes.length > settings.maxFileSize) {
      throw new ClaimcheckError('FILE_TOO_LARGE', `${bytes.length} bytes is over the limit of ${settings.maxFileSize} (maxFileSize)`);
    }
    text = decodeSource(bytes, path);
  } catch (error) {
    return failedFile(path, error);
  }
  return checkText(text, path, settings);
}
