import { type LexiconModule, words } from './list.js';

/** Nouns of family relations: `son of X`, `X's widow`, `her siblings Mauro and Bacilia`, `the Quispe Palomino siblings`. */
export const source = 'English kinship terms of the nuclear and extended family and by marriage (Oxford English Dictionary; the kin terms of the Wikipedia "Family" infobox keys: spouse, children, parents, relatives).';

/** One relative: the person named beside it is a person. */
export const KIN_NOUNS: readonly string[] = words(`
  son daughter child wife husband father mother brother sister sibling uncle aunt nephew niece cousin
  grandson granddaughter grandfather grandmother widow widower heir
`);

/** Several relatives: after a name they make it a family (`the Quispe Palomino siblings`). */
export const KIN_PLURALS: readonly string[] = words('sons daughters children parents brothers sisters siblings cousins');

/** Nouns of a whole family: after a name they make it a family, not a person (`the Tudor dynasty`). */
export const FAMILY_NOUNS: readonly string[] = words('family families clan dynasty household twins');

export const lexicon: LexiconModule = { module: 'kin', source, lists: { nouns: KIN_NOUNS, plurals: KIN_PLURALS, family: FAMILY_NOUNS } };
