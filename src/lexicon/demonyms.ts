import { type LexiconModule, phrases, words } from './list.js';

/**
 * Capitalized adjectives of peoples, regions, religions, periods and
 * political movements (`Peruvian`, `Catholic`, `Maoist`), and the names of
 * languages: never a name on their own, though they may open one
 * (`Chinese Communist Party`, which the organization head then types).
 */

/** Where these words come from. */
export const source =
  'English demonyms and adjectives of the countries in the gazetteer (Wikipedia "List of adjectival and demonymic forms for countries and nations"), of world religions and their branches, of historical periods and peoples, and of the political families named in party articles; languages from the ISO 639-1 names of the languages most spoken or most cited in English articles.';

/** Adjectives of peoples, places, religions, periods and movements. */
export const DEMONYMS: readonly string[] = phrases(`
  Afghan|Albanian|Algerian|American|Andean|Angolan|Arab|Arabian|Argentine|Argentinian|Armenian|Asian|Australian|
  Austrian|Azerbaijani|Bahamian|Bangladeshi|Bavarian|Belgian|Bolivian|Bolivarian|Bosnian|Brazilian|British|Bulgarian|
  Burmese|Cambodian|Cameroonian|Canadian|Catalan|Chilean|Chinese|Colombian|Congolese|Croatian|Cuban|Cypriot|Czech|
  Danish|Dutch|Ecuadorian|Egyptian|English|Eritrean|Estonian|Ethiopian|European|Filipino|Finnish|Flemish|French|
  Georgian|German|Ghanaian|Greek|Guatemalan|Haitian|Honduran|Hungarian|Icelandic|Indian|Indonesian|Iranian|Iraqi|
  Irish|Israeli|Italian|Ivorian|Jamaican|Japanese|Jordanian|Kazakh|Kenyan|Korean|Kurdish|Kuwaiti|Lao|Latvian|Lebanese|
  Liberian|Libyan|Lithuanian|Malaysian|Malian|Maltese|Mexican|Mongolian|Moroccan|Nepalese|Nepali|Nigerian|Norwegian|
  Pakistani|Palestinian|Panamanian|Paraguayan|Persian|Peruvian|Polish|Portuguese|Prussian|Qatari|Romanian|Russian|
  Rwandan|Saudi|Scottish|Senegalese|Serbian|Sicilian|Slovak|Slovenian|Somali|Soviet|Spanish|Sri Lankan|Sudanese|
  Swedish|Swiss|Syrian|Taiwanese|Thai|Tibetan|Tunisian|Turkish|Ugandan|Ukrainian|Uruguayan|Uzbek|Venezuelan|
  Vietnamese|Welsh|Yemeni|Zambian|Zimbabwean|Western|Eastern|Northern|Southern|African|Latin|Nordic|Balkan|Caribbean|
  Mediterranean|Roman|Byzantine|Ottoman|Mughal|Aztec|Inca|Incan|Mayan|Islamic|Muslim|Christian|Catholic|Protestant|
  Orthodox|Jewish|Hindu|Buddhist|Sikh|Sunni|Shia|Shiite|Anglican|Lutheran|Methodist|Baptist|Presbyterian|Calvinist|
  Quaker|Mormon|Celtic|Germanic|Slavic|Norse|Viking|Anglo-Saxon|Norman|Frankish|Gothic|Victorian|Edwardian|
  Elizabethan|Tudor|Stuart|Republican|Democratic|Democrat|Conservative|Liberal|Labour|Socialist|Communist|Nationalist|
  Maoist|Marxist|Leninist|Trotskyist|Stalinist|Fascist|Nazi|Anarchist|Zionist|Jihadist|Salafi|Salafist|Confucian|
  Shinto|Zen|Vedic|Hellenistic|Classical|Neolithic|Paleolithic|Medieval|Renaissance|Baroque
`);

/** Languages whose name is not their people's adjective (that one is among the demonyms: `English`, `French`). */
export const LANGUAGES: readonly string[] = words(`
  Arabic Hebrew Hindi Cornish Basque Quechua Aymara Swahili Zulu Urdu Bengali Tamil Sanskrit
`);

/** This module's lists by name, as `src/lexicon/index.ts` gathers them. */
export const lexicon: LexiconModule = { module: 'demonyms', source, lists: { demonyms: DEMONYMS, languages: LANGUAGES } };
