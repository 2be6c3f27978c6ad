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
  both('places.heads', 'places.nounsAfter', 'Province Valley River Region City Town Village County District Island Coast Peninsula Basin Mountains Parish Municipality Area', 'capitalized it ends a place\'s name (`Satipo Province`), in lower case after a name it types that name (`the Ayacucho province`)'),
  both('organizations.heads', 'places.nounsAfter', 'Department', 'capitalized it ends a body\'s name (`Department of State`), in lower case after a name it is a region (`the Ayacucho department`); capitalization decides'),
  both('places.heads', 'places.nameAbbreviations', 'Mt', '`Mt.` is written before a mountain\'s name and is its head word; the tokenizer keeps its full stop'),

  // Names that are also places, peoples or words.
  both('gazetteer.places', 'given-names.female', 'Virginia Florence Sofia', 'a place and a woman\'s name; the gazetteer outranks a given name, so a person needs another cue (an honorific, a role noun, a second name word)'),
  both('gazetteer.places', 'given-names.male', 'Santiago', 'a city and a man\'s name; the gazetteer outranks a given name, so a person needs another cue (an honorific, a role noun, a second name word)'),
  both('demonyms.demonyms', 'given-names.male', 'Christian Norman', 'an adjective of a faith or a people and a man\'s name; a span of demonyms alone is no name, `Christian Dior` is'),
  both('demonyms.demonyms', 'gazetteer.places', 'Caribbean Mediterranean', 'the sea or region and its adjective are written alike; either way not a person'),
  both('given-names.male', 'months.abbreviations', 'Jan', 'a Dutch, Scandinavian and Slavic man\'s name and the abbreviation of January; the names grammar reads it as the month'),
  both('given-names.male', 'particles.particles', 'Ben', 'capitalized a man\'s name (`Ben Jonson`), in lower case the Hebrew `son of` (`Simeon ben Yochai`); particles are matched in lower case only'),
  both('currencies.words', 'given-names.male', 'Mark', 'a man\'s name and the German mark; the currency needs a qualifier (`Deutsche marks`) and follows an amount'),
  both('currencies.codesInCapitals', 'given-names.male', 'Ron Bob', 'ISO codes are read only in capitals (`RON`, `BOB`), names as written (`Ron`, `Bob`)'),

  // Currency notation: letters glued to `$` or before an amount.
  both('currencies.codesInAnyCase', 'currencies.dollarPrefixes', 'usd aud cad nzd mxn', 'a dollar code stands alone (`USD 5`) or glued before `$` (`USD$5`)'),
  both('currencies.dollarPrefixes', 'gazetteer.places', 'us u.s', '`US$` and `U.S.$` are dollars; `US` alone is the country'),
  both('currencies.dollarPrefixes', 'honorifics.neutralAbbreviations', 'mx', 'glued before `$` (`Mx$`) the Mexican peso, before a name (`Mx Smith`) a title'),
  both('currencies.prefixWords', 'honorifics.dottedAbbreviations', 'Fr', 'before an amount Swiss francs (`Fr. 10`), before a name Father (`Fr. Brown`)'),
  both('abbreviations.abbreviations', 'currencies.dollarPrefixes', 'c ca r s', 'with a full stop in lower case a mark of dates (`c. 1200`), glued before `$` a dollar (`C$`, `R$`, `S$`)'),

  // Letters that are units, scales and abbreviations.
  both('abbreviations.abbreviations', 'magnitudes.moneyAbbreviations', 'b m', 'with a full stop in lower case a mark of dates (`b. 1950`, `m. 1920`), after money a scale (`$5b`, `$5m`)'),
  both('abbreviations.abbreviations', 'units.lengthSymbols', 'm', 'with a full stop in lower case a mark of dates (`m. 1920`), after a number metres'),
  both('magnitudes.moneyAbbreviations', 'units.lengthSymbols', 'm mm', 'after money a scale (`$2.5m`, `$3mm`), after any other number a length; only the money reader takes the scale'),
  both('abbreviations.abbreviations', 'units.typographic', 'pt', '`pt.` before a number a part of a work, `pt` after one a point size'),
  both('abbreviations.abbreviations', 'particles.articles', 'al', '`et al.` in citations, `al-` the Arabic article in names'),
  both('places.prepositions', 'units.lengthSymbols', 'in', 'a preposition before a place and the normal form of `inches`; `in` after a number is never read as a unit'),
  both('places.nameAbbreviations', 'units.lengthSymbols', 'Ft', '`Ft.` before a name is Fort, `ft` after a number feet'),
  both('acronyms.common', 'units.percent', 'PC', 'in capitals a personal computer (`a PC`), in lower case after a number per cent (`12 pc`)'),
  both('places.heads', 'units.powerPrefixes', 'Square', 'capitalized it ends a place\'s name (`Trafalgar Square`), in lower case before a unit of length it makes one of area (`square miles`)'),
  both('units.symbolVariants', 'units.symbols', 'ml KB', 'case variants of one symbol (`ml` for `mL`, `KB` for `kB`)'),
  both('currencies.words', 'units.spelled', 'pound pounds', 'a weight and the pound sterling: the money reader takes it only with a scale word or a qualifier (`361 million pounds`, `pounds sterling`)'),
];
