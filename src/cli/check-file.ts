import { analyze, analyzeAsync } from '../analyze.js';
import type { Config } from '../schema/config.js';
import type { DirectiveReporting } from '../schema/options.js';
import type { FileReport } from '../schema/report.js';
import { ClaimcheckError } from '../util/errors.js';
import { defaultMaxFileSize } from './limits.js';
import { loadSourcesFolder } from './cited-sources.js';
import { createFetcher, type FetchFailure, type FetchSettings } from './fetch-source.js';
import { readSource } from './read-source.js';

/** What analysing one file needs: plain data, so it can be posted to a worker. */
export interface FileTask {
  absolute: string;
  /** The path reported. */
  path: string;
  settings: FileSettings;
}

/** A file's resolved settings: its config with the command line's overrides. */
export interface FileSettings {
  format: NonNullable<Config['format']>;
  referenceDate?: string;
  rules: NonNullable<Config['rules']>;
  maxFileSize: number;
  reportUnusedDisableDirectives: DirectiveReporting;
  /** Where the cited sources come from: `--sources DIR` (absolute) and `--fetch`. */
  sources?: SourceSettings;
}

/** `--sources DIR` and `--fetch`, as plain data for a worker. */
export interface SourceSettings {
  folder?: string;
  /** The working folder, against which source files are named in the report. */
  cwd: string;
  fetch?: FetchSettings;
}

/** A file's settings from its config, `--report-unused-disable-directives`, `--sources` and `--fetch`. */
export function fileSettings(config: Config, reportUnused: boolean, sources?: SourceSettings): FileSettings {
  return {
    ...(sources === undefined ? {} : { sources }),
    format: config.format ?? 'auto',
    ...(config.referenceDate === undefined ? {} : { referenceDate: config.referenceDate }),
    rules: config.rules ?? {},
    maxFileSize: config.maxFileSize ?? defaultMaxFileSize,
    reportUnusedDisableDirectives: reportUnused ? 'warning' : (config.reportUnusedDisableDirectives ?? 'off'),
  };
}

/** Reads a file once and analyses it; any failure becomes a report with `error`, never an exception. */
export async function checkFile(task: FileTask): Promise<FileReport> {
  let text: string;
  try {
    text = await readSource(task.absolute, task.settings.maxFileSize, task.path);
  } catch (error) {
    return failedFile(task.path, error);
  }
  return checkText(text, task.path, task.settings);
}

/**
 * Analyses text already read (stdin too); failures become a report with
 * `error`. With `--sources` the folder's sources are given to the analysis;
 * with `--fetch` the cited pages the folder does not have are fetched, and
 * those that could not be are listed in the report.
 */
export async function checkText(text: string, path: string, settings: FileSettings): Promise<FileReport> {
  try {
    const options = {
      path,
      // A `.wiki` file is MediaWiki source whatever it holds, unless the config says otherwise.
      format: settings.format === 'auto' && path.toLowerCase().endsWith('.wiki') ? ('wikitext' as const) : settings.format,
      rules: settings.rules,
      reportUnusedDisableDirectives: settings.reportUnusedDisableDirectives,
      ...(settings.referenceDate === undefined ? {} : { referenceDate: settings.referenceDate }),
    };
    const sources = settings.sources?.folder === undefined ? undefined : await loadSourcesFolder(settings.sources.folder, settings.sources.cwd, settings.maxFileSize);
    const failures: FetchFailure[] = [];
    const report = settings.sources?.fetch
      ? await analyzeAsync(text, { ...options, ...(sources ? { sources } : {}), resolveSource: createFetcher(settings.sources.fetch, failures) })
      : analyze(text, { ...options, ...(sources ? { sources } : {}) });
    const file = report.files[0] ?? failedFile(path, new Error('analysis answered no file'));
    return failures.length > 0 ? { ...file, unreadSources: failures.sort((a, b) => (a.citation < b.citation ? -1 : a.citation > b.citation ? 1 : 0)) } : file;
  } catch (error) {
    return failedFile(path, error);
  }
}

/** The report of a file that could not be checked: its path, a stable code and the reason. */
export function failedFile(path: string, error: unknown): FileReport {
  const code = error instanceof ClaimcheckError ? error.code : 'INTERNAL_ERROR';
  const message = error instanceof Error ? error.message : String(error);
  const reason = message.startsWith(`${path}: `) ? message.slice(path.length + 2) : message;
  return { path, claims: [], entities: [], findings: [], corroborations: [], error: { code, message: reason } };
}
