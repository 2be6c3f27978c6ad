import { genderOfGivenName } from '../extract/names/given-names.js';
import { FEMALE_HONORIFICS, MALE_HONORIFICS, NICKNAME_HONORIFICS } from '../extract/names/lexicon.js';
import { ORGANIZATION_ABBREVIATION_EXPANSIONS } from '../lexicon/organizations.js';
import type { NameValue } from '../schema/claims.js';

/** What a pronoun or an honorific says of a person. */
export type Gender = 'male' | 'female';

/**
 * A word as compared between mentions: lower case, diacritics dropped, so
 * `Perú` meets `Peru` and `GUZMÁN` meets `Guzmán`.
 */
export function normalizeWord(word: string): string {
  // Most words are ASCII, which decomposition leaves as it is and which holds no mark.
  if (isAscii(word)) return word.toLowerCase();
  return word.normalize('NFD').replace(combiningMarks, '').toLowerCase();
}

// Built once: the bundler writes a `\p{…}` literal as `new RegExp(…)`, which
// inside a function is made again at every call, and names are compared by
// the thousand.
const combiningMarks = /\p{M}/gu;
const lowerInitial = /^\p{Ll}/u;

function isAscii(word: string): boolean {
  for (let index = 0; index < word.length; index++) if (word.charCodeAt(index) >= 0x80) return false;
  return true;
}

/**
 * The words of a name that identify it: connectors (`of`, `de`, `del`),
 * articles and quotes left out, each word normalized.
 */
export function nameWords(name: string): string[] {
  return name
    .split(/[\s"“”]+/u)
    .filter((word) => word.length > 0 && !lowerInitial.test(word))
    .flatMap((word) => {
      const normal = normalizeWord(word);
      // `F.C.`, `Ltd`: an abbreviated organization word counts as the words it stands for.
      const expanded = ORGANIZATION_ABBREVIATION_EXPANSIONS.get(normal.replaceAll('.', ''));
      return expanded ? expanded.split(' ') : [normal];
    });
}

/** A name's identity for exact matching: its words joined, `the` dropped. */
export function nameKey(name: string): string {
  return nameWords(name).join(' ');
}

/** Where `part` occurs as a contiguous run in `whole`, or -1. */
export function indexOfRun(whole: readonly string[], part: readonly string[]): number {
  if (part.length === 0) return -1;
  for (let start = 0; start + part.length <= whole.length; start++) {
    if (part.every((word, offset) => whole[start + offset] === word)) return start;
  }
  return -1;
}

/** Whether a claim's honorific makes its name a nom de guerre (`Comrade José`). */
export function isNomDeGuerre(value: NameValue): boolean {
  return value.honorific !== undefined && NICKNAME_HONORIFICS.has(value.honorific);
}

/**
 * How an alias is shown: a nom de guerre keeps its title in the singular
 * (`Comrade José`, also from `Comrades Alipio and …`); a one-word name keeps
 * any title (`Lord Byron`), since the word alone would not say who is meant.
 */
export function displayName(value: NameValue): string {
  if (value.honorific === undefined) return value.name;
  if (isNomDeGuerre(value)) return `${singular(value.honorific)} ${value.name}`;
  return value.name.includes(' ') ? value.name : `${value.honorific} ${value.name}`;
}

function singular(honorific: string): string {
  return honorific.endsWith('s') ? honorific.slice(0, -1) : honorific;
}

/** The gender a name's honorific or given name marks, when it marks one. */
export function genderOf(value: NameValue): Gender | undefined {
  if (value.honorific !== undefined) {
    const first = value.honorific.split(' ')[0] as string;
    if (MALE_HONORIFICS.has(first)) return 'male';
    if (FEMALE_HONORIFICS.has(first)) return 'female';
  }
  if (value.form !== 'full' && value.form !== 'given') return undefined;
  return genderOfGivenName(value.name.split(' ')[0] as string);
}
