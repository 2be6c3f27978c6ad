import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { defaultSetting } from '../check/index.js';
import { rules } from '../rules/index.js';
import { ClaimcheckError } from '../util/errors.js';
import { parseCommandArgs } from './args.js';
import { ruleCatalogue } from './catalogue.js';
import { ExitCode } from './exit-codes.js';
import type { CliIo } from './io.js';
import { packageRoot } from './package-root.js';

/**
 * `claimcheck rules`: every rule with its default severity and what it
 * catches, one per line; `--format json` gives the rule descriptors (id,
 * description, default severity, docs URL) as a JSON array.
 */
export function rulesCommand(argv: readonly string[], io: CliIo): number {
  const { values, positionals } = parseCommandArgs(argv, { format: { type: 'string', default: 'text' }, debug: { type: 'boolean', default: false } });
  if (positionals.length > 0) throw new ClaimcheckError('USAGE', `rules takes no arguments, got \`${positionals[0]}\``);
  const format = values.format as string;
  if (format !== 'text' && format !== 'json') throw new ClaimcheckError('USAGE', `unknown format \`${format}\` for rules, expected \`text\` or \`json\``);
  if (format === 'json') {
    // The same descriptors the SARIF output carries, unused-directive findings included.
    io.stdout(`${JSON.stringify(ruleCatalogue(rules), null, 2)}\n`);
    return ExitCode.ok;
  }
  const width = Math.max(...rules.map((rule) => rule.id.length));
  const lines = rules.map((rule) => `${rule.id.padEnd(width)}  ${defaultSetting(rule.meta).padEnd(7)}  ${rule.meta.description}`);
  io.stdout(`${lines.join('\n')}\n`);
  return ExitCode.ok;
}

/** `claimcheck explain <rule-id>`: prints the rule's documentation, published with the package. */
export async function explainCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { positionals } = parseCommandArgs(argv, { debug: { type: 'boolean', default: false } });
  const known = rules.map((rule) => rule.id);
  const [id, ...extra] = positionals;
  if (id === undefined || extra.length > 0) throw new ClaimcheckError('USAGE', 'explain needs exactly one rule id (see claimcheck rules)');
  if (!known.includes(id)) {
    throw new ClaimcheckError('USAGE', `unknown rule \`${id}\`, expected one of ${known.map((name) => `\`${name}\``).join(', ')}`);
  }
  io.stdout(await readFile(join(packageRoot(), 'docs', 'rules', `${id}.md`), 'utf8'));
  return ExitCode.ok;
}
