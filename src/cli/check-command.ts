import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { isDynamicPattern } from 'tinyglobby';
import { applyBaseline, defaultSetting, updateBaseline } from '../check/index.js';
import { formatNames, isFormatName, loadFormatter, type FormatName } from '../report/formatters/index.js';
import { buildReport } from '../report/build.js';
import { rules } from '../rules/index.js';
import type { FileReport, Report } from '../schema/report.js';
import { ClaimcheckError } from '../util/errors.js';
import { parseCommandArgs, parseIntegerFlag } from './args.js';
import { baselinePaths, readBaseline, writeBaseline } from './baseline-file.js';
import { ruleCatalogue } from './catalogue.js';
import { checkText, failedFile, fileSettings, type FileTask, type SourceSettings } from './check-file.js';
import { defaultFetchMaxBytes, defaultFetchTimeoutMs } from './fetch-source.js';
import { ConfigResolver } from './config.js';
import { ExitCode } from './exit-codes.js';
import { useColour } from './colour.js';
import { checkedExtensions, displayPath, listFiles, type ListedFile } from './files.js';
import { starterConfig, writeStarterConfig } from './init-config.js';
import { printedConfig } from './print-config.js';
import { IgnoreRules, patternMatcher } from './ignore.js';
import type { CliIo } from './io.js';
import { createProgress } from './progress.js';
import { decodeSource } from './read-source.js';
import { inShard, parseShard, type Shard } from './shard.js';
import { readSources } from './sources.js';
import { version } from './version.js';
import { checkFiles } from './worker-pool.js';
import { writeFileAtomic } from './write-file.js';

const stdinPath = '<stdin>';

/** The flags of `check`, validated. */
interface CheckFlags {
  paths: string[];
  format: FormatName;
  output: string | undefined;
  config: string | undefined;
  ignorePatterns: string[];
  maxWarnings: number;
  jobs: number | null;
  shard: Shard | null;
  baselineFile: string | null;
  updateBaseline: boolean;
  reportUnused: boolean;
  stdinFilename: string | undefined;
  color: boolean | null;
  /** `--quiet`: errors only. */
  quiet: boolean;
  /** Whether a folder or glob that gives no file to check fails the run (`--no-error-on-unmatched-pattern` turns it off). */
  errorOnUnmatched: boolean;
  /** `--claims`: the annotations format also annotates every claim. */
  claims: boolean;
  /** `--print-config FILE`: print that file's configuration instead of checking. */
  printConfig: string | undefined;
  /** `--init`: write a starter config instead of checking. */
  init: boolean;
  /** `--sources` and `--fetch`; undefined when neither is given. */
  sources: SourceSettings | undefined;
}

/**
 * `claimcheck check [paths…]`: lists the files, finds each file's config,
 * checks them (in worker threads with `--jobs`), applies the baseline,
 * formats the report and answers the exit code.
 */
export async function checkCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const flags = parseCheckFlags(argv, io.cwd);
  if (flags.init) {
    const name = await writeStarterConfig(io.cwd, starterConfig(rules.map((rule) => ({ id: rule.id, description: rule.meta.description, defaultSeverity: defaultSetting(rule.meta) }))));
    io.stdout(`Wrote ${name}: every rule at its default severity, with what it catches (docs/config.md)\n`);
    return ExitCode.ok;
  }
  const configs = new ConfigResolver(
    rules.map((rule) => ({ id: rule.id })),
    io.cwd,
    flags.config,
  );
  if (flags.printConfig !== undefined) {
    const loaded = await configs.forFile(resolve(io.cwd, flags.printConfig));
    io.stdout(printedConfig(loaded, rules, io.cwd));
    return ExitCode.ok;
  }
  const { tasks, missing, unmatched } = await collectTasks(flags, io.cwd, configs);
  if (unmatched.length > 0 && flags.errorOnUnmatched) throw new ClaimcheckError('USAGE', noFilesMessage(unmatched));
  const progress = createProgress(io, tasks.length);
  const reports: FileReport[] = await checkFiles(tasks, flags.jobs ?? defaultJobs(tasks.length), progress.tick);
  progress.done();
  for (const file of missing) reports.push(failedFile(file.path, new ClaimcheckError('IO_ERROR', 'no such file or directory')));
  const stdinSource = new Map<string, string>();
  if (flags.paths.includes('-')) reports.push(await checkStdin(io, flags, configs, stdinSource));
  let report: Report = buildReport(reports);
  if (flags.baselineFile) report = await baselineReport(report, flags.baselineFile, flags.updateBaseline, io.cwd);
  if (flags.quiet) report = errorsOnly(report);
  await writeOutput(report, flags, io, formatsWithText.has(flags.format) ? await readSources(tasks, stdinSource) : undefined);
  return exitCode(report, flags.maxWarnings, io);
}

/** Formats that show the article itself, so the CLI reads each file's text again for them. */
const formatsWithText = new Set<FormatName>(['html', 'annotations']);

/** Why there is nothing to check: each folder or glob that gave no file. */
function noFilesMessage(unmatched: readonly string[]): string {
  const reasons = unmatched.map((path) =>
    isDynamicPattern(path) ? `no files match the pattern \`${path}\`` : `no files to check in \`${path}\` (looked for ${checkedExtensions.join(', ')})`,
  );
  return `${reasons.join('; ')}; pass --no-error-on-unmatched-pattern to allow this`;
}

/** `--quiet`: the report with error-level findings only. */
function errorsOnly(report: Report): Report {
  return { ...report, files: report.files.map((file) => ({ ...file, findings: file.findings.filter((finding) => finding.severity === 'error') })) };
}

function parseCheckFlags(argv: readonly string[], cwd: string): CheckFlags {
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
    quiet: { type: 'boolean', default: false },
    'no-error-on-unmatched-pattern': { type: 'boolean', default: false },
    claims: { type: 'boolean', default: false },
    'print-config': { type: 'string' },
    init: { type: 'boolean', default: false },
    debug: { type: 'boolean', default: false },
    sources: { type: 'string' },
    fetch: { type: 'boolean', default: false },
    'fetch-timeout': { type: 'string' },
    'fetch-max-size': { type: 'string' },
    'cache-dir': { type: 'string' },
  });
  const format = values.format as string;
  if (!isFormatName(format)) throw new ClaimcheckError('USAGE', `unknown format \`${format}\`, expected one of ${formatNames.map((name) => `\`${name}\``).join(', ')}`);
  const paths = positionals.length > 0 ? positionals : ['.'];
  if (paths.filter((path) => path === '-').length > 1) throw new ClaimcheckError('USAGE', 'stdin (`-`) can be read only once');
  const baselineFile = values.baseline === undefined ? null : resolve(cwd, values.baseline as string);
  const updateBaseline = values['update-baseline'] as boolean;
  if (updateBaseline && !baselineFile) throw new ClaimcheckError('USAGE', '--update-baseline needs --baseline FILE');
  return {
    paths,
    format,
    output: values.output as string | undefined,
    config: values.config as string | undefined,
    ignorePatterns: (values['ignore-pattern'] as string[] | undefined) ?? [],
    maxWarnings: parseIntegerFlag('max-warnings', values['max-warnings'] as string, -1),
    jobs: values.jobs === undefined ? null : parseIntegerFlag('jobs', values.jobs as string, 1),
    shard: values.shard === undefined ? null : parseShard(values.shard as string),
    baselineFile,
    updateBaseline,
    reportUnused: values['report-unused-disable-directives'] as boolean,
    stdinFilename: values['stdin-filename'] as string | undefined,
    color: values['no-color'] ? false : values.color ? true : null,
    quiet: values.quiet as boolean,
    errorOnUnmatched: !(values['no-error-on-unmatched-pattern'] as boolean),
    claims: values.claims as boolean,
    printConfig: values['print-config'] as string | undefined,
    init: values.init as boolean,
    sources: sourceSettings(values, cwd),
  };
}

/** `--sources DIR` and `--fetch` with its limits; the limits without `--fetch` are a usage error. */
function sourceSettings(values: Record<string, unknown>, cwd: string): SourceSettings | undefined {
  const fetch = values.fetch as boolean;
  for (const flag of ['fetch-timeout', 'fetch-max-size', 'cache-dir']) {
    if (values[flag] !== undefined && !fetch) throw new ClaimcheckError('USAGE', `--${flag} needs --fetch`);
  }
  const folder = values.sources === undefined ? undefined : resolve(cwd, values.sources as string);
  if (folder === undefined && !fetch) return undefined;
  return {
    cwd,
    ...(folder === undefined ? {} : { folder }),
    ...(fetch
      ? {
          fetch: {
            timeoutMs: values['fetch-timeout'] === undefined ? defaultFetchTimeoutMs : parseIntegerFlag('fetch-timeout', values['fetch-timeout'] as string, 1),
            maxBytes: values['fetch-max-size'] === undefined ? defaultFetchMaxBytes : parseIntegerFlag('fetch-max-size', values['fetch-max-size'] as string, 1),
            cacheDir: resolve(cwd, (values['cache-dir'] as string | undefined) ?? defaultCacheDir),
          },
        }
      : {}),
  };
}

/** Where `--fetch` keeps the pages it fetched, unless `--cache-dir` says otherwise. */
const defaultCacheDir = join('node_modules', '.cache', 'claimcheck', 'sources');

/** The files to check, each with its settings, after ignore rules and the shard; and named paths that do not exist. */
async function collectTasks(flags: CheckFlags, cwd: string, configs: ConfigResolver): Promise<{ tasks: FileTask[]; missing: ListedFile[]; unmatched: string[] }> {
  const ignoreRules = new IgnoreRules();
  ignoreRules.addPatterns(cwd, flags.ignorePatterns);
  const listed = await listFiles(
    flags.paths.filter((path) => path !== '-'),
    cwd,
    ignoreRules,
  );
  const inThisShard = (file: ListedFile) => !flags.shard || inShard(file.path, flags.shard);
  const configIgnores = new Map<string, (path: string) => boolean>();
  const tasks: FileTask[] = [];
  for (const file of listed.files.filter(inThisShard)) {
    const loaded = await configs.forFile(file.absolute);
    if (loaded.file && loaded.config.ignorePatterns) {
      let matches = configIgnores.get(loaded.file);
      if (!matches) configIgnores.set(loaded.file, (matches = patternMatcher(dirname(loaded.file), loaded.config.ignorePatterns)));
      if (matches(file.absolute)) continue;
    }
    tasks.push({ absolute: file.absolute, path: file.path, settings: fileSettings(loaded.config, flags.reportUnused, flags.sources) });
  }
  return { tasks, missing: listed.missing.filter(inThisShard), unmatched: listed.unmatched };
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

/** Checks stdin; its text is kept in `source` under its report path, for the `html` format. */
async function checkStdin(io: CliIo, flags: CheckFlags, configs: ConfigResolver, source: Map<string, string>): Promise<FileReport> {
  const path = flags.stdinFilename ?? stdinPath;
  const folder = flags.stdinFilename === undefined ? io.cwd : dirname(resolve(io.cwd, flags.stdinFilename));
  const settings = fileSettings((await configs.forFolder(folder)).config, flags.reportUnused, flags.sources);
  let text: string;
  try {
    const bytes = await io.readStdin();
    if (bytes.length > settings.maxFileSize) {
      throw new ClaimcheckError('FILE_TOO_LARGE', `${bytes.length} bytes is over the limit of ${settings.maxFileSize} (maxFileSize)`);
    }
    text = decodeSource(bytes, path);
    source.set(path, text);
  } catch (error) {
    return failedFile(path, error);
  }
  return checkText(text, path, settings);
}

/** `--baseline`: drops known findings; with `--update-baseline`, first records the current ones. */
async function baselineReport(report: Report, baselineFile: string, update: boolean, cwd: string): Promise<Report> {
  const name = displayPath(cwd, baselineFile);
  const toBaselinePath = baselinePaths(cwd, baselineFile);
  const previous = await readBaseline(baselineFile, name);
  if (update) {
    const updated = updateBaseline(report, previous, toBaselinePath);
    await writeBaseline(baselineFile, updated, name);
    return applyBaseline(report, updated, toBaselinePath);
  }
  if (!previous) throw new ClaimcheckError('IO_ERROR', `${name}: no such file or directory (create it with --update-baseline)`);
  return applyBaseline(report, previous, toBaselinePath);
}

/**
 * Formats the report to stdout or `--output`. Failed files also go to
 * stderr, one line each, unless stylish output on the terminal shows them.
 */
async function writeOutput(report: Report, flags: CheckFlags, io: CliIo, sources?: ReadonlyMap<string, string>): Promise<void> {
  const formatter = await loadFormatter(flags.format);
  const color = useColour(flags.color, io, flags.output !== undefined);
  const text = formatter(report, { rules: ruleCatalogue(rules), color, toolVersion: version, claims: flags.claims, ...(sources === undefined ? {} : { sources }) });
  if (flags.output === undefined) io.stdout(text);
  else await writeFileAtomic(resolve(io.cwd, flags.output), text, flags.output);
  if (flags.output !== undefined || flags.format !== 'stylish') {
    for (const file of report.files) if (file.error) io.stderr(`claimcheck: ${file.path}: ${file.error.message}\n`);
  }
}

/**
 * 2 when a file failed; else 1 for an error-level finding or more warnings
 * than allowed; else 0. Too many warnings is said on stderr, since nothing
 * else in the output tells why a run with no error failed.
 */
function exitCode(report: Report, maxWarnings: number, io: CliIo): number {
  if (report.files.some((file) => file.error)) return ExitCode.failure;
  const findings = report.files.flatMap((file) => file.findings);
  const warnings = findings.filter((finding) => finding.severity === 'warning').length;
  const tooMany = maxWarnings >= 0 && warnings > maxWarnings;
  if (tooMany) io.stderr(`claimcheck: too many warnings (${warnings}, maximum ${maxWarnings})\n`);
  return findings.some((finding) => finding.severity === 'error') || tooMany ? ExitCode.findings : ExitCode.ok;
}
