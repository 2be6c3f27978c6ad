import { type LexiconModule, words } from './list.js';

/** Nouns of family relations: `son of X`, `X's widow`, `her siblings Mauro and Bacilia`, `the Quispe Palomino siblings`. */

/** Where these words come from. */
export const source = 'English kinship terms of the nuclear and extended family and by marriage (Oxford English Dictionary; the kin terms of the Wikipedia "Family" infobox keys: spouse, children, parents, relatives).';

/**
 * Spouses and children: `the wife of X`, `the son of X` name X's relative,
 * a person. (`father of`, `mother of` are as often figurative: `the father
 * of modern surgery`, `the Mother of Parliaments`.)
 */
export const SPOUSE_NOUNS: readonly string[] = words('wife husband widow widower');
/** Children: the name after their `of` is a parent's (`the son of Josiah Penhaligon`). */
export const CHILD_NOUNS: readonly string[] = words('son daughter child heir');
export const SPOUSE_AND_CHILD_NOUNS: readonly string[] = [...SPOUSE_NOUNS, ...CHILD_NOUNS];

/** Other relatives: the person named beside them is a person (`his uncle Tupac`, `X's father`). */
export const KIN_NOUNS: readonly string[] = words(`
  father mother brother sister sibling uncle aunt nephew niece cousin grandson granddaughter grandfather grandmother
  father-in-law mother-in-law son-in-law daughter-in-law brother-in-law sister-in-law
`);

/** Several relatives: after a name they make it a family (`the Quispe Palomino siblings`). */
export const KIN_PLURALS: readonly string[] = words('sons daughters children parents brothers sisters siblings cousins');

/** Nouns of a whole family: after a name they make it a family, not a person (`the Tudor dynasty`). */
export const FAMILY_NOUNS: readonly string[] = words('family families clan dynasty household twins');

/** This module's lists by name, as `src/lexicon/index.ts` gathers them. */
/** Words between a possessive and a kin noun that tell which relative: `his elder son`, `her late husband`. */
export const KIN_MODIFIERS: readonly string[] = words('elder eldest younger youngest late twin eventual future');

export const lexicon: LexiconModule = { module: 'kin', source, lists: { spouses: SPOUSE_NOUNS, children: CHILD_NOUNS, nouns: KIN_NOUNS, plurals: KIN_PLURALS, family: FAMILY_NOUNS, modifiers: KIN_MODIFIERS } };
