import { words } from './list.js';

/**
 * Words that belong to two lists of the lexicon on purpose, with the reason.
 * Any other word in two lists fails `test/lexicon.test.ts`: a word added to a
 * second class must be declared here, where the grammar that reads both can
 * be checked to give the right one precedence.
 */
export interface Ambiguity {
  /** The two lists, as `module.list`. */
  lists: readonly [string, string];
  /** The words in both, compared in lower case without a trailing full stop. */
  words: readonly string[];
  reason: string;
}

const both = (left: string, right: string, list: string, reason: string): Ambiguity => ({ lists: [left, right], words: words(list), reason });

export const AMBIGUOUS: readonly Ambiguity[] = [
  // Titles: the same word before a name and before `of`.
  both('honorifics.male', 'honorifics.officeTitles', 'Lord King Prince Emperor Sultan Caliph Emir Shah Duke Earl Baron Marquis Marquess', 'a title before a name (`King Louis`) also heads a title of office before `of` (`King of France`); the names grammar reads `of` first'),
  both('honorifics.female', 'honorifics.officeTitles', 'Lady Queen Princess Empress Duchess Countess Baroness', 'a title before a name (`Queen Victoria`) also heads a title of office before `of` (`Countess of Lovelace`); the names grammar reads `of` first'),
  both('honorifics.neutral', 'honorifics.officeTitles', 'President Chancellor Governor Mayor General Chairman Bishop Archbishop Regent', 'a title before a name (`President Obama`) also heads a title of office before `of` (`President of Peru`); the names grammar reads `of` first'),
  both('honorifics.nickname', 'honorifics.officeTitles', 'Commander', '`Commander Gabriel` is a nom de guerre, `Commander of the Army` a title of office; the names grammar reads `of` first'),
  both('honorifics.maleAddress', 'kin.nouns', 'Father Brother', 'capitalized before a name a religious form of address (`Father Brown`), in lower case a relative (`his father`)'),
  both('honorifics.femaleAddress', 'kin.nouns', 'Sister', 'capitalized before a name a religious form of address (`Sister Mary`), in lower case a relative (`his sister`)'),
  both('acronyms.common', 'honorifics.postNominals', 'PhD MP MPs MEP III', 'after a name letters of rank or degree (`Scott Mann MP`), alone a common noun (`an MP`, `a PhD`), never an organization'),

  // Place nouns: a capitalized head ends a name, the lower-case noun types the name before it.
  both('places.heads', 'places.possessiveHeads', 'Bay Island Isle Hill Lake Harbour Harbor', 'a head that ends a place\'s name (`Sandy Bay`) keeps a possessive before it inside the name (`Ferrier\'s Bay`)'),
  both('places.nounsAfter', 'places.possessiveHeads', 'Island', 'in lower case after a name it types the name (`the Corran island`); capitalized after a possessive it ends one name (`Smith\'s Island`)'),
  both('events.occurrenceNouns', 'places.possessiveHeads', 'Landing', 'in lower case an event (`the landing at Anzio`); capitalized after a possessive a place\'s name (`Hunter\'s Landing`)'),
  both('places.heads', 'places.nounsAfter', 'Province Valley River Region City Town Village County District Island Coast Peninsula Basin Mountains Parish Municipality Area', 'capitalized it ends a place\'s name (`Satipo Province`), in lower case after a name it types that name (`the Ayacucho province`)'),
  both('organizations.heads', 'places.nounsAfter', 'Department', 'capitalized it ends a body\'s name (`Department of State`), in lower case after a name it is a region (`the Ayacucho department`); capitalization decides'),
  both('events.occurrenceNouns', 'organizations.heads', 'expedition mission', 'capitalized it ends the name of the body that undertakes it (`Hollin Arctic Expedition`); in lower case it names the undertaking (`the expedition reached the cape`)'),
  both('places.heads', 'places.nameAbbreviations', 'Mt', '`Mt.` is written before a mountain\'s name and is its head word; the tokenizer keeps its full stop'),

  // Series of holders: a qualifier before an office counts a part of its holders.
  both('events.tableBoundHeaders', 'roles.subsetQualifiers', 'elected', 'as a column header (`Elected`) the start of a term; before an office (`the first elected mayor`) a series of its own'),
  both('grammar.irregularParticiples', 'roles.subsetQualifiers', 'paid', 'a participle after its auxiliary (`was paid`); before an office (`the first paid secretary`) a series of its own'),
  both('honorifics.female', 'roles.subsetQualifiers', 'lady', 'capitalized before a name a title (`Lady Ashby`); in lower case before an office (`the first lady mayor`) a series of its own'),
  both('honorifics.officeTitles', 'roles.subsetQualifiers', 'lady', 'capitalized before `of` a title of office (`Lady of the Manor`); in lower case before an office a series of its own'),
  both('events.occurrenceNouns', 'organizations.heads', 'synod', 'capitalized it ends the name of the body (`General Synod`); in lower case it names the meeting (`the synod met in 1910`)'),

  // Opening before use: the words of a place's making and the bounds of a use told before it.
  both('grammar.beforeOpeningWords', 'grammar.subordinators', 'before until till', 'a subordinator opening a clause (`until he died`) is also the bound that puts a use before an opening on purpose (`until the dock opened`); the check reads the word, the clause reader the clause'),
  both('events.tableBoundHeaders', 'grammar.beforeOpeningWords', 'until', 'as a column header (`Until`) the end of a term in a table, in prose the bound of a use told before an opening'),
  both('events.tableBoundHeaders', 'grammar.usePrepositions', 'from to', 'as a column header (`From`, `To`) the bounds of a term in a table, in prose prepositions before a place used'),
  both('grammar.otherThingWords', 'kin.modifiers', 'future', '`his future wife` marks a relation yet to come, `the future station` a thing not yet there; both are read as not yet so'),

  // The registry of events and the clause reader: one word, two readings the grammar tells apart.
  both('honorifics.neutral', 'roles.roles', 'abbot admiral archbishop bishop captain chairman chairwoman chancellor general governor judge justice mayor pastor president senator', 'before a name a title (`President Obama`), as a noun the office the name holds (`was president of Peru`); the frame reader reads a title before a name as that office'),
  both('honorifics.male', 'roles.roles', 'baron caliph czar duke earl emir emperor king marquess marquis pharaoh pope prince shogun sultan tsar', 'a title before a name (`King Louis`) names the office that person holds; the frame reader reads it so'),
  both('honorifics.female', 'roles.roles', 'baroness countess empress queen', 'a title before a name (`Queen Victoria`) names the office that person holds; the frame reader reads it so'),
  both('honorifics.nickname', 'roles.roles', 'commander', '`Commander Gabriel` is a nom de guerre; `was commander of the army` an office'),
  both('honorifics.officeTitles', 'roles.roles', 'archbishop baron baroness bishop caliph chairman chancellor chief commander count countess dean director duke earl emir emperor empress general governor head king leader marquess marquis mayor minister president prince queen rector secretary speaker sultan', 'a title of office before `of` in a name (`President of Peru`) and the office a clause gives someone (`became president of Peru`)'),
  both('honorifics.neutral', 'roles.modifiers', 'lieutenant', '`Lieutenant Smith` is a rank; `lieutenant governor` another office than the governor'),
  both('organizations.suffixAbbreviations', 'roles.modifiers', 'co', '`Acme Co.` ends a company\'s name; `co-chair` is another office than the chair'),
  both('acronyms.common', 'roles.roles', 'ceo', 'an acronym in capitals and the office it stands for'),
  both('acronyms.common', 'grammar.personalPronouns', 'it', '`IT` in capitals is information technology; `it` in lower case a pronoun'),
  both('acronyms.common', 'grammar.irregularParticiples', 'led', '`LED` in capitals is a diode; `led` the past of `lead`'),
  both('currencies.words', 'grammar.irregularParticiples', 'won', 'the Korean currency and the past of `win`; a currency needs a number beside it'),
  both('grammar.irregularParticiples', 'weekdays.abbreviations', 'sat', '`Sat.` abbreviates Saturday; `sat` is the past of `sit`'),
  both('currencies.codesInCapitals', 'events.nonActs', 'try', '`TRY` is the Turkish lira\'s code; `try` is no act of its own'),
  both('kin.plurals', 'organizations.heads', 'sons brothers', '`his sons` are kin; `Pryce & Sons`, `Warner Brothers` capitalised end a firm\'s name'),
  both('events.allianceNouns', 'organizations.heads', 'alliance', '`an alliance` formed is an event; `the Grand Alliance` a body'),
  both('events.foundingNouns', 'organizations.heads', 'foundation', '`the foundation of X` is its founding; `the Ford Foundation` a body'),
  both('events.occurrenceNouns', 'organizations.heads', 'congress', '`the party\'s second congress` is an event; `the United States Congress` a body'),
  both('events.residenceNouns', 'organizations.heads', 'headquarters', '`its headquarters in X` says where a body sits; `Headquarters Marine Corps` is a body'),
  both('events.datingVerbs', 'organizations.heads', 'order', '`ordered the closure` dates the closure; `the Order of the Garter` is a body'),
  both('events.datingVerbs', 'grammar.controllingVerbs', 'order', '`ordered the closure` dates the closure; `ordered a patrol to destroy the boats` makes the patrol the one to do it: a noun object or an infinitive after it tells them apart'),
  both('events.namingVerbs', 'events.nonActs', 'call know', '`(now known as X)`, `(later called X)` in a bracket after a name give its new name; `knew`, `called` in a clause are no act of their subject to check against a death'),
  both('grammar.controllingVerbs', 'organizations.heads', 'order', '`ordered a patrol to destroy` is a verb of ordering; `the Order of the Garter` is a body'),
  both('events.foundingNouns', 'events.lightVerbs', 'launch', '`her launch in 1908` is a ship\'s founding; `launched an attack` carries the attack'),
  both('events.lightVerbs', 'places.heads', 'mount', '`mounted an attack` carries the attack; `Mount Everest` is a place'),
  both('events.nonActs', 'grammar.performingVerbs', 'appear portray', '`appeared in a film` is no act of its subject to check against a death; a role after `as` on it (`appeared as a guest judge`) is a part played, no office'),
  both('events.lightVerbs', 'events.nonActs', 'begin', '`began an offensive` carries the offensive; with any other object the verb is no act of its subject to check against a death'),
  both('events.occurrenceNouns', 'events.stateEndVerbs', 'collapse', '`the collapse of the bridge` is an event; `the alliance collapsed` ends the alliance'),
  both('events.nonActs', 'events.stateStartVerbs', 'begin', '`began work` is no act to check against a death; `the alliance began in 1990` starts the alliance'),
  both('events.lightVerbs', 'events.stateStartVerbs', 'begin start', '`began an offensive` carries the offensive; `the partnership began` starts the partnership'),
  both('events.shipReturnWords', 'grammar.repeatCues', 'rebuilt reopened', 'a ship rebuilt after its sinking had no one end; any event told as rebuilt or reopened happens again'),
  both('events.consequenceVerbs', 'events.nonActs', 'see', '`1990 saw the founding of X` dates the founding; `saw` is no act of its subject to check against a death'),
  both('events.consequenceVerbs', 'events.lightVerbs', 'lead', '`led to the appointment of X` dates the appointment; `led an attack` carries the attack (`to` decides)'),
  both('events.causingVerbs', 'events.consequenceVerbs', 'result', '`resulted in the deaths of 18` names the cause of the dead, and dates them with the clause\'s fronted date'),
  both('events.datingVerbs', 'events.lightVerbs', 'announce', '`announced an alliance with X` forms the alliance; `announced the creation of X` dates the creation'),
  both('events.tableBoundHeaders', 'grammar.subordinators', 'since until', '`since he left`, `until he died` open clauses; `Since` and `Until` columns date the ends of a term'),
  both('events.stateEndVerbs', 'events.tableBoundHeaders', 'end', '`the alliance ended` ends the alliance; an `End` column dates the end of a term'),
  both('events.stateStartVerbs', 'events.tableBoundHeaders', 'start', '`the alliance started` starts the alliance; a `Start` column dates the start of a term'),
  both('events.lightVerbs', 'events.tableBoundHeaders', 'start', '`started a campaign` carries the campaign; a `Start` column dates the start of a term'),
  both('events.lightVerbs', 'events.objectDependentActs', 'make', '`made an attack` carries the attack; `made a film` is an act; `made use of` none'),
  both('events.nonActs', 'places.nounsAfter', 'state', '`stated that` is saying, no act; `the state of X` a place'),
  both('events.attackNouns', 'events.occurrenceNouns', 'rebellion siege', 'an attack on a target, and an event dated by its name (`the Siege of Bihać`)'),
  both('events.awardNouns', 'events.occurrenceNouns', 'championship', 'a title won, and an event held (`the 1990 championship`)'),
  both('events.publicationNouns', 'events.releaseNouns', 'release', 'an album\'s release, and a prisoner\'s; the frame reader reads `release from` as the prisoner\'s'),
  both('events.officeNouns', 'events.openingNouns', 'inauguration', 'a president\'s inauguration starts an office; a building\'s opens it'),
  both('events.membershipNouns', 'events.sizeNouns', 'membership', '`his membership of the party` is a state; `a membership of 300` a size'),
  both('events.officeNouns', 'grammar.repeatNouns', 'tenure term', '`his term as mayor` names an office; `a second term` counts how often it was held'),
  both('events.marriageNouns', 'grammar.repeatNouns', 'marriage', '`his marriage to X` is an event; `a second marriage` counts them'),
  both('grammar.repeatNouns', 'kin.spouses', 'husband wife', '`his wife` is a relative; `a second wife` counts marriages'),

  // Names that are also places, peoples or words.
  both('gazetteer.regions', 'given-names.female', 'Virginia', 'a state and a woman\'s name; the gazetteer outranks a given name, so a person needs another cue (an honorific, a role noun, a second name word)'),
  both('gazetteer.cities', 'given-names.female', 'Florence Sofia', 'a city and a woman\'s name; the gazetteer outranks a given name, so a person needs another cue (an honorific, a role noun, a second name word)'),
  both('gazetteer.cities', 'given-names.male', 'Santiago', 'a city and a man\'s name; the gazetteer outranks a given name, so a person needs another cue (an honorific, a role noun, a second name word)'),
  both('demonyms.demonyms', 'given-names.male', 'Christian Norman', 'an adjective of a faith or a people and a man\'s name; a span of demonyms alone is no name, `Christian Dior` is'),
  both('demonyms.demonyms', 'gazetteer.regions', 'Caribbean Mediterranean', 'the sea or region and its adjective are written alike; either way not a person'),
  both('given-names.male', 'months.abbreviations', 'Jan', 'a Dutch, Scandinavian and Slavic man\'s name and the abbreviation of January; the names grammar reads it as the month'),
  both('given-names.male', 'particles.particles', 'Ben', 'capitalized a man\'s name (`Ben Jonson`), in lower case the Hebrew `son of` (`Simeon ben Yochai`); particles are matched in lower case only'),
  both('currencies.words', 'given-names.male', 'Mark', 'a man\'s name and the German mark; the currency needs a qualifier (`Deutsche marks`) and follows an amount'),
  both('currencies.codesInCapitals', 'given-names.male', 'Ron Bob', 'ISO codes are read only in capitals (`RON`, `BOB`), names as written (`Ron`, `Bob`)'),

  // Currency notation: letters glued to `$` or before an amount.
  both('currencies.codesInAnyCase', 'currencies.dollarPrefixes', 'usd aud cad nzd mxn', 'a dollar code stands alone (`USD 5`) or glued before `$` (`USD$5`)'),
  both('currencies.dollarPrefixes', 'gazetteer.regions', 'us u.s', '`US$` and `U.S.$` are dollars; `US` alone is the country'),
  both('currencies.dollarPrefixes', 'honorifics.neutralAbbreviations', 'mx', 'glued before `$` (`Mx$`) the Mexican peso, before a name (`Mx Smith`) a title'),
  both('currencies.prefixWords', 'honorifics.dottedAbbreviations', 'Fr', 'before an amount Swiss francs (`Fr. 10`), before a name Father (`Fr. Brown`)'),
  both('abbreviations.abbreviations', 'currencies.dollarPrefixes', 'c ca r s', 'with a full stop in lower case a mark of dates (`c. 1200`), glued before `$` a dollar (`C$`, `R$`, `S$`)'),

  // Letters that are units, scales and abbreviations.
  both('abbreviations.abbreviations', 'magnitudes.moneyAbbreviations', 'b m', 'with a full stop in lower case a mark of dates (`b. 1950`, `m. 1920`), after money a scale (`$5b`, `$5m`)'),
  both('events.sizeNouns', 'places.heads', 'area', '`an area of 12 km²` is a size; `Dallas Area` and `the VRAEM area` are places'),
  both('events.sizeNouns', 'places.nounsAfter', 'area', '`an area of 12 km²` is a size; `the VRAEM area` is a place'),
  both('abbreviations.abbreviations', 'units.lengthSymbols', 'm', 'with a full stop in lower case a mark of dates (`m. 1920`), after a number metres'),
  both('magnitudes.moneyAbbreviations', 'units.lengthSymbols', 'm mm', 'after money a scale (`$2.5m`, `$3mm`), after any other number a length; only the money reader takes the scale'),
  both('abbreviations.abbreviations', 'units.typographic', 'pt', '`pt.` before a number a part of a work, `pt` after one a point size'),
  both('abbreviations.abbreviations', 'particles.articles', 'al', '`et al.` in citations, `al-` the Arabic article in names'),
  both('places.prepositions', 'units.lengthSymbols', 'in', 'a preposition before a place and the normal form of `inches`; `in` after a number is never read as a unit'),
  both('places.nameAbbreviations', 'units.lengthSymbols', 'Ft', '`Ft.` before a name is Fort, `ft` after a number feet'),
  both('acronyms.common', 'units.percent', 'PC', 'in capitals a personal computer (`a PC`), in lower case after a number per cent (`12 pc`)'),
  both('places.structureHeads', 'units.powerPrefixes', 'Square', 'capitalized it ends a place\'s name (`Trafalgar Square`), in lower case before a unit of length it makes one of area (`square miles`)'),
  both('units.symbolVariants', 'units.symbols', 'ml KB', 'case variants of one symbol (`ml` for `mL`, `KB` for `kB`)'),
  both('currencies.dollarPrefixes', 'grammar.modalAuxiliaries', 'can', 'in capitals before a dollar sign Canada\'s (`CAN$`), in lower case a modal before a verb (`can open`); the modal reading needs the word tagged an auxiliary before a verb'),
  both('grammar.modalAuxiliaries', 'months.names', 'may', 'capitalized a month (`May 1990`), in lower case a modal before a verb (`may open`); the modal reading needs the word tagged an auxiliary'),
  both('grammar.intentionNouns', 'grammar.planningVerbs', 'plan', 'a verb before its infinitive (`they plan to build`), a noun of aims after a ranking word (`the first plan to build it`); the verb reading needs a subject before it'),
  both('currencies.words', 'units.spelled', 'pound pounds', 'a weight and the pound sterling: the money reader takes it only with a scale word or a qualifier (`361 million pounds`, `pounds sterling`)'),
];
