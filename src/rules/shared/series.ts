import { COLOURS } from '../../lexicon/colours.js';
import { DEMONYMS } from '../../lexicon/demonyms.js';
import { peopleNouns, subsetQualifiers } from '../../lexicon/roles.js';

// `the first Catholic mayor`, `the first Asian curator`, `the first Black mayor`: a creed, a nation or a colour counts a part of the holders.
const partWords: ReadonlySet<string> = new Set([...DEMONYMS, ...COLOURS].map((word) => word.toLowerCase()));

/**
 * Whether the words before an office's noun (`woman` of `first woman
 * rector`, `Asian` of `first Asian curator`) count only a part of its
 * holders: an ordinal of that part is a series of its own, not a place among
 * all of them.
 */
export function countsPartOfHolders(words: readonly string[]): boolean {
  return words.slice(0, -1).some((word) => {
    const lower = word.toLowerCase();
    return peopleNouns.has(lower) || subsetQualifiers.has(lower) || partWords.has(lower);
  });
}
