/**
 * Words that tell of more than one marriage: `his second wife`, `remarried`,
 * `divorced`, `widowed`, `former wife`, and of more than one spouse at once:
 * `his chief wife`, `his wives`, `the harem`.
 *
 * Without the `u` flag: the words are ASCII, and V8 matches a case-insensitive
 * Unicode pattern by case-folding every character it reads, ten to thirty
 * times slower here (the pattern runs over every sentence and the whole
 * article; it was 2% of `analyze`). The two can differ only on `ſ` and the
 * Kelvin sign, which Unicode folds to `s` and `k`.
 */
export const remarried = /\b(?:second|third|first|former|late|ex-|new|chief|senior|junior|principal)\s+(?:wife|husband|spouse)|\b(?:wives|husbands|harem|concubines?)\b|\bremarr|\bdivorc|\bwidow|\bmarried\s+(?:again|twice|three times)/i;

/**
 * Words that tell of a second marriage of someone: not `widow` or `late
 * wife`, which name the last spouse, nor the chief wife of several at once.
 */
export const marriedAgain = /\b(?:second|third|former|ex-|new)\s+(?:wife|husband|spouse)|\b(?:wives|husbands)\b|\bremarr|\bdivorc|\bmarried\s+(?:again|twice|three times)/i;

/** Whether two names share a word of three letters or more: `Florence Cayzer` and `Florence Gwendoline Cayzer` are one person named two ways. */
export function sharesWord(a: string, b: string): boolean {
  const words = new Set(a.toLowerCase().split(/\s+/u).filter((word) => word.length > 2));
  return b.toLowerCase().split(/\s+/u).some((word) => words.has(word));
}
