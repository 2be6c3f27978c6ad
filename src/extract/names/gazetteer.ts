import { KNOWN_PLACES as PLACES } from '../../lexicon/gazetteer.js';
import { DEMONYMS } from './lexicon.js';

/** The lexicon's gazetteer as a set: a name found here is a place without further cues. */
export const KNOWN_PLACES: ReadonlySet<string> = new Set(PLACES);

export { DEMONYMS };
