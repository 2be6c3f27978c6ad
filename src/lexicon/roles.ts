import { KIN_NOUNS, SPOUSE_AND_CHILD_NOUNS } from './kin.js';
import { keysOf, type LexiconModule, lowerSet, words } from './list.js';
import { ORGANIZATION_HEADS, SHIP_NOUNS } from './organizations.js';
import { PLACE_HEADS, PLACE_NOUNS_AFTER, STRUCTURE_HEADS } from './places.js';

/**
 * Nouns that name an office, a relative or a kind of organization. Role
 * nouns are the offices, ranks and leading roles of encyclopedic text
 * (heads of state and government, of companies, clubs, universities,
 * churches, armies); kin nouns the family relations biographies name; group
 * nouns the generic heads (`the company`, `the band`) that refer back to an
 * organization. Gathered from the corpus articles' wording.
 */

/** Role nouns (lemmas; phrases with spaces) and the office each names, for telling two wordings of one office apart. */
export const roleNouns: ReadonlyMap<string, string> = new Map([
  ['chief executive officer', 'chief executive'],
  ['chief executive', 'chief executive'],
  ['ceo', 'chief executive'],
  ['general secretary', 'general secretary'],
  ['secretary-general', 'general secretary'],
  ['secretary general', 'general secretary'],
  ['prime minister', 'prime minister'],
  ['premier', 'prime minister'],
  ['vice-president', 'vice president'],
  ['vice president', 'vice president'],
  ['head coach', 'manager'],
  ['managing director', 'managing director'],
  ['editor-in-chief', 'editor'],
  ['commander-in-chief', 'commander'],
  ['commander in chief', 'commander'],
  // The head of a German state's government, not one of its ministers.
  ['minister-president', 'prime minister'],
  ['minister president', 'prime minister'],
  ['first minister', 'prime minister'],
  ['chief of staff', 'chief of staff'],
  ['vice-chancellor', 'vice-chancellor'],
  ['head of state', 'head of state'],
  ['commandant', 'commandant'],
  // `who remained his closest adviser until 1828`: a post held beside someone.
  ['adviser', 'adviser'],
  ['advisor', 'adviser'],
  ['chancellor', 'chancellor'],
  ['speaker', 'speaker'],
  ['secretary', 'secretary'],
  ['minister', 'minister'],
  ['superintendent', 'superintendent'],
  ['provost', 'provost'],
  ['headmaster', 'principal'],
  ['headmistress', 'principal'],
  ['headteacher', 'principal'],
  ['principal', 'principal'],
  ['abbot', 'abbot'],
  ['leader', 'leader'],
  ['head', 'leader'],
  ['chief', 'leader'],
  ['chairman', 'chair'],
  ['chairwoman', 'chair'],
  ['chairperson', 'chair'],
  ['chair', 'chair'],
  ['president', 'president'],
  ['director', 'director'],
  ['director-general', 'director'],
  ['manager', 'manager'],
  ['coach', 'manager'],
  ['captain', 'captain'],
  ['rector', 'rector'],
  ['dean', 'dean'],
  ['mayor', 'mayor'],
  ['governor', 'governor'],
  ['governor-general', 'governor'],
  ['commander', 'commander'],
  ['spokesman', 'spokesperson'],
  ['spokeswoman', 'spokesperson'],
  ['spokesperson', 'spokesperson'],
  ['treasurer', 'treasurer'],
  ['counsellor', 'counsellor'],
  ['counselor', 'counsellor'],
  ['ambassador', 'ambassador'],
  ['editor', 'editor'],
  ['publisher', 'publisher'],
  ['king', 'monarch'],
  ['queen', 'monarch'],
  ['emperor', 'monarch'],
  ['empress', 'monarch'],
  ['sultan', 'monarch'],
  ['caliph', 'monarch'],
  ['emir', 'monarch'],
  ['shogun', 'monarch'],
  ['monarch', 'monarch'],
  ['pharaoh', 'monarch'],
  ['tsar', 'monarch'],
  ['czar', 'monarch'],
  ['prince', 'prince'],
  ['duke', 'duke'],
  // Titles of the peerage a list of holders is headed by (`== Counts of Vallancourt ==`, `== Earls of Mar ==`).
  ['earl', 'earl'],
  ['count', 'count'],
  ['countess', 'count'],
  ['baron', 'baron'],
  ['baroness', 'baron'],
  ['marquess', 'marquess'],
  ['marquis', 'marquess'],
  ['viscount', 'viscount'],
  ['pope', 'pope'],
  ['bishop', 'bishop'],
  ['archbishop', 'archbishop'],
  ['vicar', 'vicar'],
  ['pastor', 'pastor'],
  ['general', 'general'],
  ['admiral', 'admiral'],
  ['first sea lord', 'first sea lord'],
  ['commissioner', 'commissioner'],
  ['senator', 'senator'],
  ['judge', 'judge'],
  ['justice', 'justice'],
  ['magistrate', 'magistrate'],
  ['chairman of the board', 'chair'],
  ['chief justice', 'chief justice'],
  ['curator', 'curator'],
  ['conductor', 'conductor'],
  ['frontman', 'frontman'],
]);

/** Words that make a role another office: a `lieutenant governor` is not the governor. */
export const roleModifiers: ReadonlySet<string> = new Set(['deputy', 'vice', 'lieutenant', 'assistant', 'acting', 'associate', 'interim', 'honorary', 'joint', 'co', 'sub', 'under']);

/** Offices held for a portfolio: `minister of finance`, `secretary of state`. */
export const portfolioOffices: ReadonlySet<string> = new Set(['minister', 'secretary']);

/** A government portfolio by the word that names it before or after the office (`interior minister`, `Minister of the Interior`). */
export const portfolios: ReadonlyMap<string, string> = new Map([
  ['interior', 'interior'], ['home', 'interior'], ['finance', 'finance'], ['treasury', 'finance'], ['foreign', 'foreign affairs'],
  ['defence', 'defence'], ['defense', 'defence'], ['war', 'defence'], ['education', 'education'], ['health', 'health'], ['justice', 'justice'],
  ['agriculture', 'agriculture'], ['labour', 'labour'], ['labor', 'labour'], ['trade', 'trade'], ['economy', 'economy'], ['economic', 'economy'],
  ['transport', 'transport'], ['environment', 'environment'], ['culture', 'culture'],
]);

/** The portfolio an office's `of` phrase names: `the Interior`, `Foreign Affairs`, `the Treasury`. */
export function portfolioOfPhrase(text: string): string | undefined {
  const words = text.toLowerCase().replace(/^the\s+/, '').split(/\s+/);
  return words.length <= 2 ? portfolios.get(words[0] ?? '') : undefined;
}

function firstWordOf(phrase: string): string {
  const space = phrase.indexOf(' ');
  return space < 0 ? phrase : phrase.slice(0, space);
}

const roleOpeningWords: ReadonlySet<string> = new Set([...roleNouns.keys()].map(firstWordOf));

/**
 * The office a phrase names, modifiers kept: `Lieutenant Governor of
 * Eastmarch` → `lieutenant governor`, `Chief Executive Officer` → `chief
 * executive`, `the club's head coach` → `manager`. Null when it names none.
 */
export function roleOfWords(words: readonly string[]): string | null {
  // `co-chair`, `co-president`: a post shared is read as the post's noun and named as shared, a role of its own.
  const written = words.map((word) => word.toLowerCase());
  const lower = written.map((word) => (word.startsWith('co-') && word.length > 5 ? word.slice(3) : word));
  for (let start = 0; start < lower.length; start++) {
    // Phrases are joined only from a word that opens some office's name: the reader asks this of every noun phrase.
    if (!roleOpeningWords.has(firstWordOf(lower[start] as string))) continue;
    for (let length = Math.min(4, lower.length - start); length >= 1; length--) {
      const phrase = lower.slice(start, start + length).join(' ');
      const office = roleNouns.get(phrase);
      if (office === undefined) continue;
      const before = lower[start - 1];
      // `interior minister`, `Home Secretary`: a minister's portfolio is part of the post.
      const portfolio = before !== undefined && portfolioOffices.has(office) ? portfolios.get(before) : undefined;
      if (portfolio) return `${office} of ${portfolio}`;
      const shared = written[start] === lower[start] ? office : `co-${office}`;
      return before !== undefined && roleModifiers.has(before) ? `${before} ${shared}` : shared;
    }
  }
  return null;
}

/** The gender a kin noun of `kin.ts` implies (`father` a man), for agreeing pronouns; nouns not listed imply none. */
export const kinGenders: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ['father', 'male'], ['mother', 'female'], ['son', 'male'], ['daughter', 'female'], ['brother', 'male'], ['sister', 'female'],
  ['husband', 'male'], ['wife', 'female'], ['widow', 'female'], ['widower', 'male'], ['uncle', 'male'], ['aunt', 'female'],
  ['nephew', 'male'], ['niece', 'female'], ['grandfather', 'male'], ['grandmother', 'female'], ['grandson', 'male'], ['granddaughter', 'female'],
]);

/** Kin nouns of `kin.ts` and the relations of succession (`his predecessor`): a noun that, owned by a person, names another person. */
export const kinNouns: ReadonlySet<string> = new Set([...KIN_NOUNS, ...SPOUSE_AND_CHILD_NOUNS, 'predecessor', 'successor', 'stepfather', 'stepmother', 'half-brother', 'half-sister', 'partner', 'spouse', 'parent']);

// Generic nouns the capitalised name heads of `organizations.ts` and `places.ts` do not cover.
// Ships are told like bodies (`SS Caledonia … was sold`, `the ship`); their nouns are the organizations lexicon's.
const moreOrganizationNouns = words('firm charity faction duo trio quartet ensemble label airline franchise side squad magazine newspaper paper brewery regime');
const morePlaceNouns = words('country nation settlement suburb site monastery');

/**
 * Nouns of people held or freed as a group: what `released` frees (`Workers arrested on 20 March were released`,
 * `released the hostages`), where a work released is published.
 */
export const peopleNouns: ReadonlySet<string> = new Set(words('prisoner captive hostage detainee inmate slave worker soldier civilian protester demonstrator passenger refugee man woman people person'));

/** Words before a role that count a part of its holders: `the first female rector`, `the second Catholic mayor`. */
export const subsetQualifiers: ReadonlySet<string> = new Set(words('female male indigenous openly native native-born foreign foreign-born elected paid salaried full-time permanent professional gay lady'));

/**
 * Nouns of occupations a person's lead gives as what they are (`a British Army officer`, `a Premier League
 * footballer`), besides the offices of `roleNouns`: the subject is a person whatever names the words before them hold.
 */
export const occupationNouns: ReadonlySet<string> = new Set(words(`
  officer footballer cricketer player athlete boxer wrestler jockey cyclist swimmer runner golfer sprinter skater
  politician priest clergyman cleric monk nun missionary theologian
  writer poet novelist author playwright journalist broadcaster presenter critic historian
  painter sculptor architect engineer inventor scientist physician surgeon nurse lawyer barrister solicitor
  actor actress singer songwriter musician composer dancer comedian filmmaker photographer
  businessman businesswoman entrepreneur industrialist banker merchant philanthropist activist diplomat
  sailor aviator pilot explorer navigator mountaineer farmer teacher scholar academic economist
`));

/** Head nouns of organizations: `the company`, `the group`, `the band` refer back to one. */
export const organizationNouns: ReadonlySet<string> = lowerSet(ORGANIZATION_HEADS, moreOrganizationNouns, SHIP_NOUNS);

/** Head nouns of places: `the city`, `the town` refer back to one. */
export const placeNouns: ReadonlySet<string> = lowerSet(PLACE_HEADS, STRUCTURE_HEADS, PLACE_NOUNS_AFTER, morePlaceNouns);

/** Where these words come from. */
export const source = 'The offices, ranks and leading roles and the generic organisation and place nouns of the 64 corpus articles and the frames gold (docs/frames.md), with the role modifiers of English titles (deputy, vice, lieutenant).';

/** This module's lists by name, as `src/lexicon/index.ts` gathers them. */
export const lexicon: LexiconModule = {
  module: 'roles',
  source,
  lists: { roles: keysOf(roleNouns), modifiers: [...roleModifiers], moreOrganizationNouns, morePlaceNouns, people: [...peopleNouns], subsetQualifiers: [...subsetQualifiers], occupations: [...occupationNouns] },
};
