import { defaultSetting, type Rule } from '../check/index.js';
import type { LoadedConfig } from './config.js';
import { displayPath } from './files.js';

/**
 * `--print-config FILE`: the configuration that applies to the file, as JSON
 * — which config file it came from (null: none, defaults apply), then every
 * setting with its effective value: each rule's severity (the config's, else
 * the rule's default, `off` for a rule off by default), and the other keys with their defaults filled in.
 */
export function printedConfig(loaded: LoadedConfig, rules: readonly Rule[], cwd: string): string {
  const { config } = loaded;
  const severities = Object.fromEntries(
    [...rules].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((rule) => [rule.id, config.rules?.[rule.id] ?? defaultSetting(rule.meta)]),
  );
  const printed = {
    configFile: loaded.file === null ? null : displayPath(cwd, loaded.file),
    rules: severities,
    ignorePatterns: config.ignorePatterns ?? [],
    format: config.format ?? 'auto',
    ...(config.referenceDate === undefined ? {} : { referenceDate: config.referenceDate }),
    ...(config.maxFileSize === undefined ? {} : { maxFileSize: config.maxFileSize }),
    reportUnusedDisableDirectives: config.reportUnusedDisableDirectives ?? 'off',
  };
  return `${JSON.stringify(printed, null, 2)}\n`;
}
