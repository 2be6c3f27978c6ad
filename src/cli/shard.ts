import { ClaimcheckError } from '../util/errors.js';
import { fnv1a64 } from '../util/hash.js';

/** One of `count` parts of the file set, `index` 1-based: `--shard 2/4`. */
export interface Shard {
  index: number;
  count: number;
}

/** Parses `--shard i/n`; a usage error unless 1 ≤ i ≤ n. */
export function parseShard(text: string): Shard {
  const match = /^(\d{1,6})\/(\d{1,6})$/.exec(text);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) {
    throw new ClaimcheckError('USAGE', `invalid --shard \`${text}\`, expected i/n with 1 ≤ i ≤ n, e.g. 1/4`);
  }
  return { index, count };
}

/**
 * Whether a file belongs to a shard: a stable hash of its path relative to
 * the working folder picks the shard, so n machines given 1/n … n/n check
 * every file exactly once, whatever order they list files in.
 */
export function inShard(path: string, shard: Shard): boolean {
  return BigInt(`0x${fnv1a64(path)}`) % BigInt(shard.count) === BigInt(shard.index - 1);
}
