import { access, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ClaimcheckError } from '../util/errors.js';
import { configFileNames } from './config.js';

/** The file `--init` writes, in the working folder. */
export const starterConfigName = 'claimcheck.config.json';

/**
 * A starter config that says what each key does: every rule at its default
 * severity (`off` for a rule off by default) with its description above it,
 * and the other keys at their defaults. The comments are JSONC (claimcheck's
 * config loader strips them, as TypeScript does for `tsconfig.json`).
 */
export function starterConfig(rules: ReadonlyArray<{ id: string; description: string; defaultSeverity: string }>): string {
  const sorted = [...rules].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const ruleLines = sorted.flatMap((rule, index) => [`    // ${rule.description}`, `    ${JSON.stringify(rule.id)}: ${JSON.stringify(rule.defaultSeverity)}${index === sorted.length - 1 ? '' : ','}`]);
  return [
    '// claimcheck configuration: docs/config.md explains every key. Comments are allowed.',
    '{',
    '  // The JSON Schema of this file: editors complete keys and rule ids from it.',
    '  "$schema": "./node_modules/claimcheck/docs/schema/config.schema.json",',
    '  // Severity by rule: "off", "info", "warning" or "error" (claimcheck explain <rule-id> tells more).',
    '  "rules": {',
    ...ruleLines,
    '  },',
    '  // Files not to check: .gitignore-style patterns, relative to this file.',
    '  "ignorePatterns": [],',
    '  // How files are read: "auto" (detect per file), "wiki", "wikitext" or "markdown".',
    '  "format": "auto",',
    '  // Report claimcheck-disable comments that suppress nothing, at this severity ("off" to keep quiet).',
    '  "reportUnusedDisableDirectives": "off"',
    '}',
    '',
  ].join('\n');
}

/** Writes the starter config into `folder`, refusing when the folder has a config already. */
export async function writeStarterConfig(folder: string, text: string): Promise<string> {
  for (const name of configFileNames) {
    if (name === 'package.json') continue;
    const exists = await access(join(folder, name)).then(
      () => true,
      () => false,
    );
    if (exists) throw new ClaimcheckError('USAGE', `${name} already exists here; edit it, or remove it to start again`);
  }
  await writeFile(join(folder, starterConfigName), text, { encoding: 'utf8', flag: 'wx' }).catch((error: unknown) => {
    throw new ClaimcheckError('IO_ERROR', `${starterConfigName}: cannot write: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  });
  return starterConfigName;
}
