/**
 * The lexicon: every word list of claimcheck's grammars, once, each with a
 * note of where it came from. Stages import the module they need
 * (`src/lexicon/months.js`); this index gathers them for the validation test
 * and for tools that list the vocabulary.
 */
import { lexicon as abbreviations } from './abbreviations.js';
import { lexicon as acronyms } from './acronyms.js';
import { lexicon as colours } from './colours.js';
import { lexicon as cues } from './cues.js';
import { lexicon as currencies } from './currencies.js';
import { lexicon as demonyms } from './demonyms.js';
import { lexicon as durations } from './durations.js';
import { lexicon as eras } from './eras.js';
import { lexicon as events } from './events.js';
import { lexicon as gazetteer } from './gazetteer.js';
import { lexicon as givenNames } from './given-names.js';
import { lexicon as grammar } from './grammar.js';
import { lexicon as holidays } from './holidays.js';
import { lexicon as honorifics } from './honorifics.js';
import { lexicon as kin } from './kin.js';
import type { LexiconList, LexiconModule } from './list.js';
import { lexicon as magnitudes } from './magnitudes.js';
import { lexicon as months } from './months.js';
import { lexicon as namespaces } from './namespaces.js';
import { lexicon as numbers } from './numbers.js';
import { lexicon as organizations } from './organizations.js';
import { lexicon as particles } from './particles.js';
import { lexicon as places } from './places.js';
import { lexicon as roles } from './roles.js';
import { lexicon as seasons } from './seasons.js';
import { lexicon as units } from './units.js';
import { lexicon as weekdays } from './weekdays.js';

export { AMBIGUOUS, type Ambiguity } from './ambiguous.js';
export type { LexiconList, LexiconModule } from './list.js';

/** Every lexicon module, by file name. */
export const LEXICON_MODULES: readonly LexiconModule[] = [
  abbreviations,
  acronyms,
  colours,
  cues,
  currencies,
  demonyms,
  durations,
  eras,
  events,
  gazetteer,
  givenNames,
  grammar,
  holidays,
  honorifics,
  kin,
  magnitudes,
  months,
  namespaces,
  numbers,
  organizations,
  particles,
  places,
  roles,
  seasons,
  units,
  weekdays,
];

/** Every list of every module, named `module.list`. */
export function lexiconLists(): LexiconList[] {
  return LEXICON_MODULES.flatMap((entry) => Object.entries(entry.lists).map(([list, listWords]) => ({ name: `${entry.module}.${list}`, words: listWords })));
}
