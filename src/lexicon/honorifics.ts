import { type LexiconModule, words } from './list.js';

/**
 * Titles written before a person's name (`Dr.`, `Queen`, `Comrade`), the
 * letters written after one (`MP`, `Jr.`), and the words that head a title of
 * office (`President of Peru`). Lists are disjoint by what they say of the
 * person: a man, a woman, a nom de guerre, or nothing.
 */

/** Where these words come from. */
export const source =
  'English forms of address and titles of nobility, office, rank and religion as encyclopedic biographies use them (Wikipedia Manual of Style, MOS:HONORIFIC and MOS:POSTNOM; Debrett\'s forms of address), with the Spanish and French ones common in Latin American and European articles, and the abbreviations of the Chicago Manual of Style §10.';

/** Honorifics that say a man is meant. */
export const MALE_HONORIFICS: readonly string[] = words(`
  Sir Lord King Prince Emperor Sultan Caliph Emir Shah Tsar Czar Pope Duke Earl Baron Marquis Marquess
  Monsieur Señor Shogun Pharaoh Khan
`);

/** Honorifics that say a woman is meant. */
export const FEMALE_HONORIFICS: readonly string[] = words(`
  Miss Dame Lady Queen Princess Empress Duchess Countess Baroness Madame Señora
`);

/**
 * The honorifics above that go before a ruler's given name, never before a
 * surname: `Duke Albrecht`, `Queen Mary`, `Pope John` (not `Lord Byron`,
 * `Earl Grey`). Drawn from the lists above, not a list of its own.
 */
const regnal: ReadonlySet<string> = new Set(words('King Queen Prince Princess Emperor Empress Duke Duchess Tsar Czar Sultan Pope Shah Caliph Emir Pharaoh Shogun'));
export const REGNAL_HONORIFICS: readonly string[] = [...MALE_HONORIFICS, ...FEMALE_HONORIFICS].filter((word) => regnal.has(word));

/** Honorifics that make the name a nom de guerre: `Comrade José` is a nickname. */
export const NICKNAME_HONORIFICS: readonly string[] = words('Comrade Comrades Commander Comandante');

/** Honorifics that say nothing of the person but that a person is meant. */
export const NEUTRAL_HONORIFICS: readonly string[] = words(`
  Professor Reverend Rabbi Imam Sheikh Ayatollah Mullah President Chancellor Governor Senator Congressman Congresswoman
  Mayor General Colonel Captain Lieutenant Sergeant Admiral Marshal Chairman Chairwoman Judge Justice Bishop
  Archbishop Cardinal Regent Canon Pastor Monsignor Abbot Deacon
`);

/** Two-word honorifics, the words joined by `_`: `Prime Minister`, `General Secretary`. */
export const HONORIFIC_PAIRS: readonly string[] = words(`
  Prime_Minister Vice_President General_Secretary Secretary_General Field_Marshal
  Lieutenant_General Major_General Brigadier_General Vice_Admiral Rear_Admiral Chief_Justice
  Grand_Duke Crown_Prince Foreign_Minister Defence_Minister Defense_Minister
`);

/**
 * Abbreviated titles written with or without a full stop (`Mr Smith`,
 * `Dr. Smith`), by the gender they say; none after a name ends a sentence.
 */
export const MALE_TITLE_ABBREVIATIONS: readonly string[] = words('Mr');
export const FEMALE_TITLE_ABBREVIATIONS: readonly string[] = words('Mrs Ms');
export const NEUTRAL_TITLE_ABBREVIATIONS: readonly string[] = words('Mx Dr Prof Hon Rev');

/** Abbreviated titles written with a full stop only (`Gen. Jones`, `Sen. Smith`): without it several are words or names. */
export const DOTTED_TITLE_ABBREVIATIONS: readonly string[] = words(`
  Gen Col Capt Lt Sgt Cmdr Adm Maj Brig Gov Sen Rep Pres Fr Messrs Mme Mlle Cpl Pvt Supt Insp Det
`);

/**
 * Words of address that say a person's gender but stay part of the name
 * (`Father Brown`, `Sister Mary`): religious forms, not stripped like honorifics.
 */
export const MALE_FORMS_OF_ADDRESS: readonly string[] = words('Father Brother');
export const FEMALE_FORMS_OF_ADDRESS: readonly string[] = words('Sister');

/** Letters after a name (`Scott Mann MP`, `Louis XIV`): not part of the name. */
export const POST_NOMINALS: readonly string[] = words('MP MPs MEP QC KC OBE MBE CBE KBE GBE VC GC FRS PhD III CB KCB GCB CMG KCMG GCMG DSO DFC DSC KCVO GCVO CVO MVO');

/** `Junior` and `Senior` after a name, with or without a full stop (`John Smith Jr.`); they may end a sentence. */
export const POST_NOMINAL_ABBREVIATIONS: readonly string[] = words('Jr Sr');

/**
 * Words that head a title of office or nobility before `of` (`President of
 * Peru`, `Countess of Lovelace`): the title is not a name, and what follows
 * `of` is never the person.
 */
export const OFFICE_TITLE_WORDS: readonly string[] = words(`
  President Prime King Queen Emperor Empress Duke Duchess Earl Count Countess Baron Baroness Marquis Marquess
  Prince Princess Lord Lady Governor Mayor Secretary Minister Chancellor Archbishop Bishop Chief Leader Head
  Member Chairman General Director Commander Sultan Emir Caliph Shah Viceroy Regent Speaker Dean Rector
`);

/** This module's lists by name, as `src/lexicon/index.ts` gathers them. */
export const lexicon: LexiconModule = {
  module: 'honorifics',
  source,
  lists: {
    male: MALE_HONORIFICS,
    female: FEMALE_HONORIFICS,
    nickname: NICKNAME_HONORIFICS,
    neutral: NEUTRAL_HONORIFICS,
    pairs: HONORIFIC_PAIRS,
    maleAbbreviations: MALE_TITLE_ABBREVIATIONS,
    femaleAbbreviations: FEMALE_TITLE_ABBREVIATIONS,
    neutralAbbreviations: NEUTRAL_TITLE_ABBREVIATIONS,
    dottedAbbreviations: DOTTED_TITLE_ABBREVIATIONS,
    maleAddress: MALE_FORMS_OF_ADDRESS,
    femaleAddress: FEMALE_FORMS_OF_ADDRESS,
    postNominals: POST_NOMINALS,
    postNominalAbbreviations: POST_NOMINAL_ABBREVIATIONS,
    officeTitles: OFFICE_TITLE_WORDS,
  },
};
