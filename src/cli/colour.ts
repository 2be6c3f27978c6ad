import type { CliIo } from './io.js';

/**
 * Whether to colour the output, as Node tools agree: `--color`/`--no-color`
 * first; then `FORCE_COLOR` (any value but `0` or `false` forces colour,
 * those two turn it off), as chalk and Node's own `util.inspect` read it;
 * then `NO_COLOR` (any non-empty value); else colour when stdout is a
 * terminal and the output is not going to a file.
 */
export function useColour(flag: boolean | null, io: Pick<CliIo, 'env' | 'stdoutIsTTY'>, toFile: boolean): boolean {
  if (flag !== null) return flag;
  const forced = io.env.FORCE_COLOR;
  if (forced !== undefined) return forced !== '0' && forced.toLowerCase() !== 'false';
  if (io.env.NO_COLOR) return false;
  return !toFile && io.stdoutIsTTY;
}
