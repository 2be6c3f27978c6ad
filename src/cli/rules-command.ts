import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { rules } from '../rules/index.js';
import { ClaimcheckError } from '../util/errors.js';
import { parseCommandArgs } from './args.js';
import { ExitCode } from './exit-codes.js';
import type { CliIo } from './io.js';
import { packageRoot } from './package-root.js';

/** `claimcheck rules`: every rule with its default severity and what it catches, one per line. */
export function rulesCommand(argv: readonly string[], io: CliIo): number {
  parseCommandArgs(argv, { debug: { type: 'boolean', default: false } });
  const width = Math.max(...rules.map((rule) => rule.id.length));
  const lines = rules.map((rule) => `${rule.id.padEnd(width)}  ${rule.meta.defaultSeverity.padEnd(7)}  ${rule.meta.description}`);
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
