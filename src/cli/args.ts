import { parseArgs } from 'node:util';
import { ClaimcheckError } from '../util/errors.js';

/** The options a command accepts, in `node:util` `parseArgs` form. */
export type OptionSpec = Record<string, { type: 'string' | 'boolean'; default?: string | boolean; multiple?: boolean; short?: string }>;

/** A command's parsed flags and positional arguments. */
export interface ParsedArgs {
  values: Record<string, string | boolean | Array<string | boolean> | undefined>;
  positionals: string[];
}

/** Parses a command's arguments strictly; a bad flag is a usage error with Node's one-line reason. */
export function parseCommandArgs(argv: readonly string[], options: OptionSpec): ParsedArgs {
  try {
    return parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    // Node's message is one sentence plus advice on `--`; the sentence is the error.
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0]?.split('. ')[0];
    throw new ClaimcheckError('USAGE', (message || 'bad arguments').replace(/\.$/, ''));
  }
}

/** Parses an integer flag, with a usage error naming the flag when it is not one. */
export function parseIntegerFlag(name: string, value: string, minimum: number): number {
  const number = /^-?\d{1,9}$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isInteger(number) || number < minimum) {
    throw new ClaimcheckError('USAGE', `invalid --${name} \`${value}\`, expected an integer of at least ${minimum}`);
  }
  return number;
}
