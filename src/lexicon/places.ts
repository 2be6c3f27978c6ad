import { type LexiconModule, phrases, words } from './list.js';

/**
 * The words that say a name is a place: the head noun that ends it
 * (`Satipo Province`), a noun after it (`the VRAEM area`), a preposition
 * before it (`in Satipo`), a verb of moving, living or coming from before it
 * (`moved to Austin`, `born in Austin`), and the abbreviations written before
 * a place's name (`St. Louis`, `Mt. Everest`).
 */

/** Where these words come from. */
export const source =
  'Generic terms of English place names (the US Board on Geographic Names feature classes, the UK Ordnance Survey gazetteer\'s feature types) and of administrative divisions worldwide (Wikipedia "List of administrative divisions by country"), the locative prepositions of English grammars, and the verbs of motion, residence and origin that take a place (Levin, English Verb Classes and Alternations, 1993: classes 9.1 "put", 45–51 "motion", 46 "lodge").';

/** Capitalized nouns that end a place's name: `Satipo Province`, `Golden Gate Bridge`. */
export const PLACE_HEADS: readonly string[] = words(`
  Province Valley River Region City Town Village County District Republic Kingdom Empire Island Islands Isles
  Bay Lake Sea Ocean Gulf Strait Channel Coast Peninsula Basin Cape Mountains Mountain Mount Mt. Hills Hill
  Heights Desert Forest Plain Plains Plateau Moor Harbour Harbor Parish Borough
  Municipality Prefecture Territory Governorate Oblast Canton Emirate Sultanate Colony Protectorate
  Highlands Lowlands Delta Falls Glacier Archipelago Estuary Isle Area Beach
`);

/**
 * Heads that end the name of a thing built (`Victoria Dock`, `Corn Hall`):
 * places that open, are completed or close on a date, unlike a town or a
 * river. Names ending in them are places all the same (`STRUCTURE_HEADS` is a
 * part of what makes a name a place).
 */
export const STRUCTURE_HEADS: readonly string[] = words(`
  Canal Square Street Road Avenue Boulevard Bridge Tower Stadium Park
  Airport Port Station Castle Palace Cathedral Abbey Temple Ground Arena Oval Field
  Reservoir Fort
  Building Hall Centre Center Theatre Theater Hotel Memorial Monument Gardens Garden Pavilion Cemetery Prison
  Dam Viaduct Aqueduct Tunnel Causeway Wharf Lighthouse Pier Quay Lane Crescent Terrace Manor Estate Farm Mill Mine House Cottage Shrine Mosque Barracks Stand Grandstand
  Dock Docks Dockyard Shipyard Chapel Minster Priory Synagogue Convent Tavern Junction Depot Gatehouse
`);

/** Lower-case nouns after a name that make it a place: `the VRAEM area`, `the Ene river`. */
export const PLACE_NOUNS_AFTER: readonly string[] = words(`
  area region province valley district city town village county state river basin department municipality
  parish island peninsula mountains coast border borders capital
`);

/** Prepositions before a name that make it a place when nothing stronger says otherwise: `in Satipo`, `near Poole`. */
export const PLACE_PREPOSITIONS: readonly string[] = words('in at near outside inside throughout across around');

/**
 * Verbs of moving, living and coming from, with the preposition that takes
 * the place: a name right after one is a place unless the article gives it
 * as a person (`He moved to Austin in 1990`). Each entry is the words as
 * written before the name; verbs whose object is as often a body or a person
 * (`joined`, `went to`, `returned to` Parliament, `came from` Plaid Cymru)
 * are left out.
 */
export const PLACE_VERB_PHRASES: readonly string[] = phrases(`
  moved to|moved from|moving to|relocated to|relocated from|emigrated to|emigrated from|immigrated to|migrated to|
  fled to|fled from|travelled to|traveled to|sailed to|deported to|exiled to|
  born in|raised in|grew up in|lived in|lives in|living in|resided in|resides in|settled in|died in|buried in|
  based in|headquartered in|located in|stationed in|
  hailed from|hails from|native of|his native|her native|their native|native town of|native city of|native village of
`);

/**
 * Capitalized heads of natural features and landings a possessive name stays
 * inside: `Ferrier's Bay`, `Hunter's Point`, `Harpers Ferry`'s older
 * `Harper's Ferry`, `Gray's Inn`. Other heads after a possessive start a new
 * name (`London's Hyde Park`).
 */
export const POSSESSIVE_PLACE_HEADS: readonly string[] = words('Bay Island Isle Hill Lake Harbour Harbor Creek Cove Point Wood Landing Sound Ferry Inn Cross Vineyard');

/** Abbreviations written before a place's name, with or without a full stop: `St. Louis`, `Mt. Everest`, `Ft. Worth`. */
export const PLACE_NAME_ABBREVIATIONS: readonly string[] = words('St Mt Ft');

/** Abbreviations of street names, which may end a sentence: `Fifth Ave.`. */
export const STREET_ABBREVIATIONS: readonly string[] = words('Ave Blvd Rd');

/** This module's lists by name, as `src/lexicon/index.ts` gathers them. */
export const lexicon: LexiconModule = {
  module: 'places',
  source,
  lists: {
    heads: PLACE_HEADS,
    structureHeads: STRUCTURE_HEADS,
    possessiveHeads: POSSESSIVE_PLACE_HEADS,
    nounsAfter: PLACE_NOUNS_AFTER,
    prepositions: PLACE_PREPOSITIONS,
    verbPhrases: PLACE_VERB_PHRASES,
    nameAbbreviations: PLACE_NAME_ABBREVIATIONS,
    streetAbbreviations: STREET_ABBREVIATIONS,
  },
};
