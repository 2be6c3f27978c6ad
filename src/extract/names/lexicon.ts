import { COMMON_ACRONYMS as COMMON_ACRONYM_LIST } from '../../lexicon/acronyms.js';
import { DEMONYMS as DEMONYM_LIST, LANGUAGES } from '../../lexicon/demonyms.js';
import { BEFORE_ERA_MARKS, COMMON_ERA_MARKS } from '../../lexicon/eras.js';
import {
  DOTTED_TITLE_ABBREVIATIONS,
  FEMALE_FORMS_OF_ADDRESS,
  FEMALE_HONORIFICS as FEMALE_HONORIFIC_WORDS,
  FEMALE_TITLE_ABBREVIATIONS,
  HONORIFIC_PAIRS as HONORIFIC_PAIR_LIST,
  MALE_FORMS_OF_ADDRESS,
  MALE_HONORIFICS as MALE_HONORIFIC_WORDS,
  MALE_TITLE_ABBREVIATIONS,
  NEUTRAL_HONORIFICS,
  NEUTRAL_TITLE_ABBREVIATIONS,
  NICKNAME_HONORIFICS as NICKNAME_HONORIFIC_WORDS,
  OFFICE_TITLE_WORDS,
  POST_NOMINAL_ABBREVIATIONS,
  POST_NOMINALS as POST_NOMINAL_LIST,
} from '../../lexicon/honorifics.js';
import { FAMILY_NOUNS, KIN_NOUNS, KIN_PLURALS, SPOUSE_AND_CHILD_NOUNS } from '../../lexicon/kin.js';
import { MONTH_ABBREVIATIONS, MONTH_NAMES } from '../../lexicon/months.js';
import { ORGANIZATION_HEADS as ORGANIZATION_HEAD_WORDS, ORGANIZATION_SUFFIX_ABBREVIATIONS, ORGANIZATION_SUFFIXES } from '../../lexicon/organizations.js';
import { NAME_ARTICLES, NAME_PARTICLES } from '../../lexicon/particles.js';
import {
  PLACE_HEADS as PLACE_HEAD_WORDS,
  STRUCTURE_HEADS as STRUCTURE_HEAD_WORDS,
  POSSESSIVE_PLACE_HEADS as POSSESSIVE_PLACE_HEAD_WORDS,
  PLACE_NAME_ABBREVIATIONS,
  PLACE_NOUNS_AFTER as PLACE_NOUN_WORDS,
  PLACE_PREPOSITIONS as PLACE_PREPOSITION_WORDS,
  PLACE_VERB_PHRASES as PLACE_VERB_PHRASE_LIST,
} from '../../lexicon/places.js';
import { WEEKDAY_NAMES } from '../../lexicon/weekdays.js';

/**
 * The word classes the name grammar reads, as sets: most are built from the
 * lexicon (`src/lexicon/`: honorifics, particles, head nouns, months, kin
 * nouns), the rest are this grammar's own — the words that look like names at
 * the start of a sentence, the verbs and nouns around a name that type it —
 * until the lexicon holds them (roles, events and group nouns are being moved
 * there with the rewrite of resolution).
 */

function set(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/u).filter((word) => word.length > 0));
}

/** An abbreviation as the tokenizer gives it: with its full stop, and without when it may be written so. */
const withStop = (abbreviations: readonly string[]): string[] => abbreviations.map((abbreviation) => `${abbreviation}.`);
const withAndWithoutStop = (abbreviations: readonly string[]): string[] => [...abbreviations, ...withStop(abbreviations)];

/** Lower-case words that may sit between the capitalized words of one name. */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'on', ...NAME_PARTICLES, ...NAME_ARTICLES]);

/** Connectors that may follow `of`/`de` before the next capitalized word: `of the`, `de la`. */
export const SECOND_CONNECTORS: ReadonlySet<string> = new Set(['the', ...NAME_ARTICLES]);

/** Honorifics that say a man is meant, religious forms of address included (`Father`). */
export const MALE_HONORIFICS: ReadonlySet<string> = new Set([...MALE_HONORIFIC_WORDS, ...withAndWithoutStop(MALE_TITLE_ABBREVIATIONS), ...MALE_FORMS_OF_ADDRESS]);

/** Honorifics that say a woman is meant, religious forms of address included (`Sister`). */
export const FEMALE_HONORIFICS: ReadonlySet<string> = new Set([...FEMALE_HONORIFIC_WORDS, ...withAndWithoutStop(FEMALE_TITLE_ABBREVIATIONS), ...FEMALE_FORMS_OF_ADDRESS]);

/** Honorifics that make the name a nom de guerre: `Comrade José` is a nickname. */
export const NICKNAME_HONORIFICS: ReadonlySet<string> = new Set(NICKNAME_HONORIFIC_WORDS);

/**
 * Titles written before a person's name and left out of it. Multi-word
 * titles are matched first; `General Secretary Xi Jinping` keeps `General
 * Secretary` as the honorific.
 */
export const HONORIFICS: ReadonlySet<string> = new Set([
  ...MALE_HONORIFIC_WORDS,
  ...FEMALE_HONORIFIC_WORDS,
  ...NICKNAME_HONORIFIC_WORDS,
  ...NEUTRAL_HONORIFICS,
  ...withAndWithoutStop([...MALE_TITLE_ABBREVIATIONS, ...FEMALE_TITLE_ABBREVIATIONS, ...NEUTRAL_TITLE_ABBREVIATIONS]),
  ...withStop(DOTTED_TITLE_ABBREVIATIONS),
]);

/** Two-word honorifics (`Prime Minister`, `General Secretary`), joined by `_`. */
export const HONORIFIC_PAIRS: ReadonlySet<string> = new Set(HONORIFIC_PAIR_LIST);

/** Letters after a name (`Scott Mann MP`, `John Smith Jr.`): not part of the name. */
export const POST_NOMINALS: ReadonlySet<string> = new Set([...POST_NOMINAL_LIST, ...withAndWithoutStop(POST_NOMINAL_ABBREVIATIONS)]);

/** Words the tokenizer keeps a full stop on (`Dr.`, `Inc.`, `St.`): it belongs to the name, not the sentence. */
export const ABBREVIATIONS_IN_NAMES: ReadonlySet<string> = new Set([
  ...MALE_TITLE_ABBREVIATIONS,
  ...FEMALE_TITLE_ABBREVIATIONS,
  ...NEUTRAL_TITLE_ABBREVIATIONS,
  ...DOTTED_TITLE_ABBREVIATIONS,
  ...POST_NOMINAL_ABBREVIATIONS,
  ...ORGANIZATION_SUFFIX_ABBREVIATIONS,
  ...PLACE_NAME_ABBREVIATIONS,
]);

/** Legal forms that close a body's name: `plc`, `Ltd`, `Inc.`. */
export const LEGAL_FORMS: ReadonlySet<string> = new Set([...ORGANIZATION_SUFFIXES, ...withAndWithoutStop(ORGANIZATION_SUFFIX_ABBREVIATIONS)]);

/** Head nouns and legal-form suffixes of organization names. */
export const ORGANIZATION_HEADS: ReadonlySet<string> = new Set([...ORGANIZATION_HEAD_WORDS, ...LEGAL_FORMS]);

/** Head nouns of place names. */
export const PLACE_HEADS: ReadonlySet<string> = new Set([...PLACE_HEAD_WORDS, ...STRUCTURE_HEAD_WORDS]);
export const POSSESSIVE_PLACE_HEADS: ReadonlySet<string> = new Set(POSSESSIVE_PLACE_HEAD_WORDS);

/** Heads that name an event or an idea, not an entity: the span is left to other extractors. */
export const NON_ENTITY_HEADS = set(`
  War Wars Battle Siege Revolution Rebellion Uprising Massacre Incident Crisis Campaign Offensive Operation
  Treaty Accord Agreement Act Acts Declaration Constitution Election Elections Referendum Protests Riots Strike
  Prize Award Awards Medal Cup Championship Championships Tournament Games Olympics Festival Grand Final
  Thought Doctrine Theory Plan Era Period Age Dynasty Restoration Reformation Renaissance Day Week
  Engine Program Programme Project Album Song Novel Film Series Show Census Code Law Bill Report
  Symposium Lecture Lectures Colloquium Seminar Workshop Exhibition Expo Summit Conference Convention Day
`);

/** Lower-case nouns after a name that make it an event name (`San Miguel del Ene attack`). */
export const EVENT_NOUNS_AFTER = set(`
  attack attacks bombing bombings massacre incident protests protest riots riot war battle siege uprising
  revolution election elections campaign offensive operation crisis affair scandal strike coup earthquake
  agreement treaty accord referendum trial festival award prize census disaster fire flood
`);

/** Nouns after a name that make it a family, not a person: `the Quispe Palomino siblings`, `the Tudor dynasty`. */
export const FAMILY_NOUNS_AFTER: ReadonlySet<string> = new Set([...FAMILY_NOUNS, ...KIN_PLURALS]);

/** Lower-case nouns after a name that make it an organization: `the Shining Path guerilla group`. */
export const ORGANIZATION_NOUNS_AFTER = set(`
  group groups party parties organization organisation movement company club band guerrilla guerrillas guerilla
  militants militia faction's newspaper magazine corporation firm government's army brand label network
  charity foundation union team squad
`);

/** Lower-case nouns after a name that make it a place: `the VRAEM area`. */
export const PLACE_NOUNS_AFTER: ReadonlySet<string> = new Set(PLACE_NOUN_WORDS);

/** Lower-case role nouns right before a name that make it a person: `politician Guillermo Bermejo`. Kin nouns are added from the lexicon. */
export const ROLE_NOUNS_BEFORE = set(`
  president vice-president politician leader spokesman spokeswoman spokesperson secretary minister senator
  governor mayor general colonel commander captain lieutenant sergeant admiral chairman chairwoman founder poet
  author writer novelist playwright journalist mathematician physicist chemist scientist engineer historian
  philosopher economist painter artist sculptor architect composer singer songwriter musician guitarist drummer
  bassist pianist rapper actor actress director producer player footballer coach manager striker defender
  midfielder goalkeeper quarterback wrestler boxer skater athlete cyclist fiancé fiancée friend tutor teacher
  student pupil disciple retainer retainers vassal general's rival successor predecessor king queen emperor
  prince princess lord lady bishop pope priest monk emir sultan caliph shah tsar daimyō daimyo shogun judge
  lawyer banker businessman businesswoman entrepreneur inventor explorer diplomat ambassador activist rebel
  commander-in-chief prime premier chancellor candidate member co-founder fellow colleague partner bandmate
  teammate monarch ruler chieftain dictator schoolteacher schoolmaster schoolmistress merchant farmer fisherman
  shopkeeper clerk nurse physician surgeon carpenter weaver miner sailor
`);

/** Kin nouns right before a name that make it a person: `her son Tupac`, `her siblings Mauro and Bacilia`. */
export const KIN_NOUNS_BEFORE: ReadonlySet<string> = new Set([...SPOUSE_AND_CHILD_NOUNS, ...KIN_NOUNS, ...KIN_PLURALS]);

/** Lower-case role and kin nouns right before a name that make it a person: `politician Guillermo Bermejo`, `her siblings Mauro and Bacilia`. */
export const PERSON_ROLES_BEFORE: ReadonlySet<string> = new Set([...ROLE_NOUNS_BEFORE, ...KIN_NOUNS_BEFORE]);

/** Nouns whose `of` names a person: `the death of X`, `the assassination of X`, `the widow of X`. */
export const PERSON_EVENT_NOUNS: ReadonlySet<string> = new Set([
  ...set('death murder assassination arrest execution funeral kidnapping abduction killing burial birth marriage'),
  ...SPOUSE_AND_CHILD_NOUNS,
]);

/** Kinship nouns: `X's son`, `X's father` make X a person. */
export const KINSHIP_NOUNS: ReadonlySet<string> = new Set([...SPOUSE_AND_CHILD_NOUNS, ...KIN_NOUNS, ...KIN_PLURALS]);

/** Verbs right after a name that say it is a person. */
export const PERSON_VERBS_AFTER = set('born died married divorced graduated resigned retired remains remained said says wrote recalled argued claimed admitted denied replied testified confessed');
/**
 * Verbs of a person's career after a name of two words or more: `Edmund Stoiber took over`,
 * `Burhanuddin Rabbani was sworn in`. Weaker than the verbs above: an organization head word wins.
 */
export const CAREER_VERBS_AFTER = set('took became served succeeded assumed inherited returned joined married resigned studied taught won defeated fled escaped ruled reigned commanded coached captained chaired headed');
export const CAREER_PARTICIPLES = set('sworn elected appointed named crowned promoted ordained knighted killed captured arrested executed assassinated murdered exiled imprisoned released married buried');
/** Participles after a name of two words or more and `was` that make it a body: `The Boston Daily Advertiser was established in 1813`. */
export const ORGANIZATION_PARTICIPLES = set('founded established formed incorporated dissolved disbanded merged headquartered renamed');
/** Verbs whose `by` agent is a company more often than a person: `was acquired in June 1998 by Compaq`. */
export const BUYING_VERBS = set('acquired bought purchased absorbed taken');

/** Verbs that give their object an office named after it: `appointed X Minister for Health`, `made X Governor of Y`. */
export const APPOINTING_VERBS = set('appointed named made elected created nominated proclaimed crowned declared');

/** Verbs whose agent (`led by X`, `replaced by X`) is a person when nothing else says otherwise. */
export const PERSON_AGENT_VERBS = set('led headed chaired coached managed replaced succeeded founded established opened started invented written directed painted composed murdered assassinated killed appointed elected nominated signed');

/** Prepositions before a name that make it a place when nothing stronger says otherwise. */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(PLACE_PREPOSITION_WORDS);

/** Verbs of moving, living and coming from, with their preposition (`moved to`, `born in`), as lists of words. */
export const PLACE_VERB_PHRASES: ReadonlyArray<readonly string[]> = PLACE_VERB_PHRASE_LIST.map((phrase) => phrase.split(' '));

/**
 * Capitalized words that open sentences, clauses and quotes: never a name's first word.
 * Compared in lower case.
 */
export const SENTENCE_STARTERS = set(`
  the a an in on at by for from with without after before during following according under over despite
  although though however while when whenever where wherever since until unless because whereas whether
  it its he she his her hers they their them we our you your i my me this that these those there here
  some many most much all both each every other another others such several few any no none neither either
  as also if unlike between through within among amongst upon of to and but or nor yet so then thus
  later earlier early late meanwhile moreover furthermore therefore nevertheless nonetheless instead
  today yesterday currently previously subsequently eventually finally initially originally together
  what which who whom whose why how one two three four five six seven eight nine ten first second third
  last next new old only just even still not never always often sometimes being having is was were are
  be been has had have do does did can could will would shall should may might must
  born died see note notes main category
`);

/** Months and weekdays: never part of a name (`June 2018`, `in May`). */
export const MONTHS_AND_DAYS: ReadonlySet<string> = new Set([...MONTH_NAMES, ...MONTH_ABBREVIATIONS.keys(), ...WEEKDAY_NAMES]);

/**
 * Capitalized words that are never a name on their own: months and days,
 * eras, languages, divisions of a text, political directions. They may sit
 * inside one (`Chinese Communist Party`).
 */
export const NEVER_NAMES: ReadonlySet<string> = new Set([
  ...MONTHS_AND_DAYS,
  ...BEFORE_ERA_MARKS,
  ...COMMON_ERA_MARKS,
  ...LANGUAGES,
  ...set(`
    Phase Stage Part No Nos Volume Figure Table Section Article Appendix God Internet
    Far-left Far-right Left Right Centre Center Centre-left Centre-right Center-left Center-right
  `),
]);

/** Nationality adjectives and demonyms: never a name on their own (`Peruvian`, `Chinese`). */
export const DEMONYMS: ReadonlySet<string> = new Set(DEMONYM_LIST);

/**
 * Capitalized function words inside a capitalized run mark a title's words
 * (`Anarchism: A History Of Libertarian Ideas`), not a name: the run breaks there.
 */
export const TITLE_CASE_BREAKERS = set('The A An And Or Of In On At By For From With To Is Was He She It His Her Its They This That');

/** Common-noun acronyms: `a USB drive`, `NGO Waynakuna` are not organizations. */
export const COMMON_ACRONYMS: ReadonlySet<string> = new Set(COMMON_ACRONYM_LIST);

/** Honorific-like words that start role titles (`President of Peru`): the title is not a name. */
export const TITLE_WORDS_BEFORE_OF: ReadonlySet<string> = new Set(OFFICE_TITLE_WORDS);

/** Collective nouns whose possessive sits inside names: `People's Guerrilla Army`, `King's College`. */
export const INNER_POSSESSIVES = set(`
  people women men children workers farmers peasants students nations citizens veterans soldiers teachers
  boys girls king queen st saint lloyd
`);

/** Words ending in these letters name an ideology or its follower (`Marxism`, `Maoist`): not names alone. */
export const IDEOLOGY_SUFFIXES = ['ism', 'isms', 'ist', 'ists'] as const;
