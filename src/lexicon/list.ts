/**
 * How the lexicon is written and read: lists are whitespace-separated words
 * in a template string (one place to read them, no quotes and commas to keep
 * in step), and patterns are built from them by code, never typed into a
 * regular expression — the way chrono-node builds `matchAnyPattern` from its
 * dictionaries.
 */

/** The words of a whitespace-separated list, in the order written. */
export function words(list: string): readonly string[] {
  return list.split(/\s+/u).filter((word) => word !== '');
}

/** The entries of a `|`-separated list, for entries of several words (`New York|Cape Verde`); line breaks after a `|` are layout. */
export function phrases(list: string): readonly string[] {
  return list.split('|').map((entry) => entry.replace(/\s+/gu, ' ').trim()).filter((entry) => entry !== '');
}

/** The keys of a word → value table, for code that needs the words alone. */
export function keysOf(table: ReadonlyMap<string, unknown> | Readonly<Record<string, unknown>>): readonly string[] {
  return table instanceof Map ? [...table.keys()] : Object.keys(table);
}

/** A regular expression source that matches `text` literally. */
export function escapePattern(text: string): string {
  // Only syntax characters: `\-` is an error in a `u` pattern outside a class.
  return text.replace(/[\\^$.*+?()[\]{}|/]/gu, '\\$&');
}

/**
 * A non-capturing group matching any of `alternatives` literally, longest
 * first so that `sept` is tried before `sep` and `twenty-first` before
 * `twenty`; equal lengths keep alphabetical order, so the pattern is the same
 * whatever order the list is written in. Every alternative is a literal, so
 * the group matches in time linear in the text; callers add their own
 * boundaries (`(?![\p{L}])`).
 */
export function anyOf(alternatives: Iterable<string>): string {
  const unique = [...new Set(alternatives)];
  if (unique.length === 0) throw new Error('anyOf needs at least one alternative');
  unique.sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  return `(?:${unique.map(escapePattern).join('|')})`;
}

/** The words of several lists as one lower-case set, for look-ups of words already lower-cased. */
export function lowerSet(...lists: ReadonlyArray<readonly string[]>): ReadonlySet<string> {
  return new Set(lists.flatMap((list) => list.map((word) => word.toLowerCase())));
}

/** A named list of one lexicon module, as the validation test reads it. */
export interface LexiconList {
  /** `module.list`, as `ambiguous.ts` names it. */
  name: string;
  words: readonly string[];
}

/** What every lexicon module declares: where its words come from, and its lists by name. */
export interface LexiconModule {
  /** The module's file name without extension. */
  module: string;
  /** Where the words come from and how they were chosen. */
  source: string;
  lists: Readonly<Record<string, readonly string[]>>;
}
