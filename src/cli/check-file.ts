import { analyze } from '../analyze.js';
import type { Config } from '../schema/config.js';
import type { DirectiveReporting } from '../schema/options.js';
import type { FileReport } from '../schema/report.js';
import { ClaimcheckError } from '../util/errors.js';
import { defaultMaxFileSize } from './limits.js';
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
}

/** A file's settings from its config and `--report-unused-disable-directives`. */
export function fileSettings(config: Config, reportUnused: boolean): FileSettings {
  return {
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

/** Analyses text already read (stdin); failures become a report with `error`. */
export function checkText(text: string, path: string, settings: FileSettings): FileReport {
  try {
    const report = analyze(text, {
      path,
      format: settings.format,
      rules: settings.rules,
      reportUnusedDisableDirectives: settings.reportUnusedDisableDirectives,
      ...(settings.referenceDate === undefined ? {} : { referenceDate: settings.referenceDate }),
    });
    return report.files[0] ?? failedFile(path, new Error('analysis answered no file'));
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
