import { FEMALE_GIVEN_NAMES as FEMALE, MALE_GIVEN_NAMES as MALE, UNISEX_GIVEN_NAMES as UNISEX } from '../../lexicon/given-names.js';

/**
 * The lexicon's given names as sets, for look-ups by the name grammar and by
 * `src/resolve` (which imports them from here). A name borne by men and
 * women alike is in both sets.
 */

/** Given names usually borne by men, and those borne by both. */
export const MALE_GIVEN_NAMES: ReadonlySet<string> = new Set([...MALE, ...UNISEX]);

/** Given names usually borne by women, and those borne by both. */
export const FEMALE_GIVEN_NAMES: ReadonlySet<string> = new Set([...FEMALE, ...UNISEX]);

/** The gender a given name usually marks, or undefined when unknown or both. */
export function genderOfGivenName(name: string): 'male' | 'female' | undefined {
  const male = MALE_GIVEN_NAMES.has(name);
  const female = FEMALE_GIVEN_NAMES.has(name);
  if (male === female) return undefined;
  return male ? 'male' : 'female';
}
