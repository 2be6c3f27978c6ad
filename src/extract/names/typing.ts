import { roleNouns } from '../../lexicon/roles.js';
import { KNOWN_PLACES } from './gazetteer.js';
import { shipName } from '../../lexicon/organizations.js';
import { MONTH_NAMES } from '../../lexicon/months.js';
import { COMMON_GIVEN_NAMES, MALE_GIVEN_NAMES, FEMALE_GIVEN_NAMES } from './given-names.js';
import type { NameSpan, TokenizedSentence } from './candidates.js';
import {
  KINSHIP_NOUNS,
  ORGANIZATION_HEADS,
  ORGANIZATION_NOUNS_AFTER,
  CAREER_PARTICIPLES,
  ORGANIZATION_PARTICIPLES,
  CAREER_VERBS_AFTER,
  PERSON_AGENT_VERBS,
  BUYING_VERBS,
  PERSON_EVENT_NOUNS,
  KIN_NOUNS_BEFORE,
  PERSON_ROLES_BEFORE,
  PERSON_VERBS_AFTER,
  PLACE_HEADS,
  PLACE_NOUNS_AFTER,
  PLACE_PREPOSITIONS,
  PLACE_VERB_PHRASES,
  ROLE_NOUNS_BEFORE,
  SENTENCE_STARTERS,
} from './lexicon.js';
import { isCapitalized, type Token } from './tokens.js';

/** The three kinds of named entity claimcheck types. */
export type EntityKind = 'person' | 'organization' | 'place';

/** Evidence for each kind, summed over cues; the strongest kind wins at the document level. */
export type TypeVotes = Record<EntityKind, number>;

/** A cue that decides on its own (a head word, an honorific, the gazetteer). */
export const DECISIVE = 3;
/** A cue that decides unless a stronger one disagrees (a role noun, an age, `X area`). */
export const STRONG = 2;
/** A cue that only breaks a silence (`in X`, an acronym). */
export const WEAK = 1;

/** Infobox keys whose values name people, organizations or places. */
const INFOBOX_KEY_KINDS: ReadonlyArray<[RegExp, EntityKind]> = [
  [/leader|founder|president|chairman|chairperson|spouse|parents?\b|children|relatives|predecessor|successor|owner name|manager|coach|captain|chancellor|monarch|director|producer|author|editor/iu, 'person'],
  [/allies|opponents|split|parent|affiliation|alliance|league|party|employer|label|publisher|organi[sz]ation|subsidiaries|owner|successor org|merged/iu, 'organization'],
  [/area|location|headquarters|country|birth ?place|death ?place|place|city|state|region|county|ground|stadium|capital|seat|province|territory|residence|nationality|map type|unitary|lieutenancy/iu, 'place'],
];

// Infobox keys of a birth or a death, whose value gives its date and then its place.
const lifeKey = /^(?:born|died)$/iu;

/** Infobox keys whose values are never entity names (pictures, ideologies, statuses). */
export const NAMELESS_INFOBOX_KEYS = /image|logo|flag|caption|signature|alt\b|ideology|position|crimes|status|genre|motto|website|coordinates|postcode|dial code|grid reference|population|size|dates?$/iu;

const MAX_PERSON_WORDS = 5;
/** `HMS Corvid`, `SS Morven`: a ship's prefix and a name after it. */
export function isShipName(name: string): boolean {
  return shipName(name) !== null;
}
/** Capitalised particles that open Arabic and Welsh personal names: `Ibn Sahl`, `Abu Bakr`, `Ap Rhys`. */
const PATRONYMIC_OPENERS: ReadonlySet<string> = new Set(['Ibn', 'Bin', 'Bint', 'Abu', 'Umm', 'Ap']);
const NO_VOTES: TypeVotes = { person: 0, organization: 0, place: 0 };

/** An empty tally. */
export function emptyVotes(): TypeVotes {
  return { ...NO_VOTES };
}

/** Adds `extra` into `into`. */
export function addVotes(into: TypeVotes, extra: TypeVotes): void {
  into.person += extra.person;
  into.organization += extra.organization;
  into.place += extra.place;
}

/** The winning kind, when one kind leads the others. */
export function winner(votes: TypeVotes): EntityKind | undefined {
  // Compared in place: it runs for every name twice per article, and ranking a fresh array of entries each time was a sizeable share of the names' garbage.
  const { person, organization, place } = votes;
  if (person > organization && person > place) return person >= WEAK ? 'person' : undefined;
  if (organization > person && organization > place) return organization >= WEAK ? 'organization' : undefined;
  if (place > person && place > organization) return place >= WEAK ? 'place' : undefined;
  return undefined;
}

/**
 * What a span's own sentence says of its kind: its head word, an honorific,
 * the gazetteer, a role noun before it (`politician X`), an age or a lifespan
 * after it (`X (19)`), kinship (`X's son`, `son of X`), a noun after it (`X
 * guerilla group`, `X area`), a place preposition (`in X`) or a verb of
 * moving, living or coming from (`moved to X`, `born in X`) — each shared
 * along a list: `in Ene, Mantaro, and Vizcatán` — and the infobox key it is
 * the value of.
 */
export function localVotes(sentence: TokenizedSentence, spans: readonly NameSpan[], infoboxKey: string | undefined): Map<NameSpan, TypeVotes> {
  const result = new Map<NameSpan, TypeVotes>();
  let previous: NameSpan | undefined;
  let previousPlace = 0;
  let previousRole = false;
  for (const [index, span] of spans.entries()) {
    // `in Peru`, but not `in Faure's Encyclopedia`: a possessive is owned, not a location.
    const cue = span.possessive ? 0 : placeCueBefore(sentence.tokens, span);
    const votes = spanVotes(sentence, span, cue === STRONG);
    if (placedInKnownPlace(sentence.tokens, span, spans[index + 1])) votes.place += STRONG;
    if (infoboxKey !== undefined) addInfoboxVotes(votes, infoboxKey);
    // `Born: 3 May 1884, Saltrim`: in a birth or death line, a name after the date is the place; before it
    // (`Born: Emil Gustav Strand, 8 May 1904, Kalmar`) it may be the name given at birth.
    if (infoboxKey !== undefined && lifeKey.test(infoboxKey.trim()) && sentence.tokens.slice(0, span.first).some((token) => /^\d{4}$/u.test(token.text))) votes.place += STRONG;
    const inList = previous !== undefined && coordinated(sentence.tokens, previous, span);
    // The cue a list shares is the weak one: `Born in Sainte-Foy-lès-Lyon, Rhône, Carrel was raised` lists two places and then a person.
    previousPlace = cue > 0 || (previousPlace > 0 && inList) ? WEAK : 0;
    votes.place += Math.max(cue, previousPlace);
    // `her siblings Mauro and Bacilia`: the role noun covers the whole list.
    previousRole = hasRoleBefore(sentence.tokens, span.first) || (previousRole && inList);
    if (previousRole) votes.person += STRONG;
    // What is left of `Countess of Lovelace` is no person; nor is a run of six capitalized words.
    if (span.afterTitle || span.words.length > MAX_PERSON_WORDS) votes.person = 0;
    result.set(span, votes);
    previous = span;
  }
  return result;
}

/** `placeOfVerb`: the span is where someone was born, moved or lived (`born in Aberdeen`). */
function spanVotes(sentence: TokenizedSentence, span: NameSpan, placeOfVerb: boolean): TypeVotes {
  const { tokens } = sentence;
  const votes = emptyVotes();
  // The gazetteer outranks a head word: `West Bank` is a place, not a bank.
  if (KNOWN_PLACES.has(span.name)) votes.place += DECISIVE;
  else if (ORGANIZATION_HEADS.has(span.head) && span.words.length > 1) votes.organization += DECISIVE;
  else if (PLACE_HEADS.has(span.head) && span.words.length > 1) votes.place += DECISIVE;
  if (span.honorific !== undefined) votes.person += DECISIVE;
  const first = span.words[0] as string;
  const isGiven = MALE_GIVEN_NAMES.has(first) || FEMALE_GIVEN_NAMES.has(first);
  // A lone given name (`Trent`, `Carmen`) is also a river or an opera: it needs another cue.
  if (isGiven && votes.organization + votes.place === 0) votes.person += span.words.length > 1 ? STRONG : WEAK / 2;
  // `Mick Tolland, centre`: a first word in the long lists of given names only breaks a silence.
  else if (span.words.length === 2 && span.last === span.first + 1 && span.honorific === undefined && !span.inParens && COMMON_GIVEN_NAMES.has(first) && votes.organization + votes.place === 0 && personSlot(tokens, span)) votes.person += WEAK;
  if (isOfAfter(tokens, span.first, PERSON_EVENT_NOUNS)) votes.person += STRONG;
  // `born in Aberdeen, the daughter of a chandler`: after a place of a verb, the apposition is the subject's.
  // `the mining village of Stennet`, `the island of Corran`: the nouns that follow a place's name also come before it with `of`.
  const placeNounOf = isOfAfter(tokens, span.first, PLACE_NOUNS_AFTER);
  if (placeNounOf) votes.place += STRONG;
  if (!placeOfVerb && !placeNounOf && hasRoleAfter(tokens, span.last, span.words.length > 1)) votes.person += STRONG;
  // `led by Kwame Mensah`, `replaced by X`: the agent of a human act, when the name has two words or more.
  if (span.words.length > 1 && tokens[span.first - 1]?.text === 'by' && agentVerbBefore(tokens, span.first - 1)) votes.person += STRONG;
  // A lone word is a buyer's name only weakly: any other cue (a given name, a role) outweighs it.
  if (span.words.length === 1 && tokens[span.first - 1]?.text === 'by' && agentVerbBefore(tokens, span.first - 1, BUYING_VERBS)) votes.organization += WEAK;
  // `Kwame Mensah, who replaced …`, `Ibn Sahl, whom Latin writers nicknamed …`; not `inspector of schools in Connacht, who
  // graduated …`, where the place closes a phrase and the relative is about the noun the phrase hangs on.
  if (tokens[span.last + 1]?.text === ',' && (tokens[span.last + 2]?.text === 'who' || tokens[span.last + 2]?.text === 'whom') && !hasPlacePreposition(tokens, span.first)) votes.person += STRONG;
  // `SS Morven`, `HMS Corvid`: a ship's prefix makes a vessel, told like a body that acts and ends.
  if (isShipName(span.name)) votes.organization += DECISIVE;
  // `Ibn Sahl`, `Abu Bakr`, `Bint Ali`: a patronymic or teknonymic particle opens a personal name.
  if (span.words.length > 1 && PATRONYMIC_OPENERS.has(first)) votes.person += STRONG;
  if (isOfAfter(tokens, span.first, ORGANIZATION_MEMBERSHIP)) votes.organization += WEAK;
  if (placeNounApposed(tokens, span.last)) votes.place += STRONG;
  addFollowingVotes(votes, sentence, span);
  return votes;
}

/** `MPCP`, `NATO`, `U.S.`: two to six capitals; `PDP-11`, `VT100` and `DIGITAL` are products or trademarks more often. */
export function isOrganizationLikeAcronym(word: string): boolean {
  // Dotted pairs (`R.B.`) are a person's initials more often than a body's.
  return capitalsOnly.test(word) || dottedCapitals.test(word);
}

// Built once: the bundler writes a `\p{…}` literal as `new RegExp(…)`, made again at every call.
const capitalsOnly = /^\p{Lu}{2,6}$/u;
const dottedCapitals = /^(?:\p{Lu}\.){3,6}$/u;

function hasRoleBefore(tokens: Token[], first: number): boolean {
  const before = tokens[first - 1];
  if (isRoleNoun(tokens, first - 1)) return true;
  // `a daughter, Angélique-Françoise, was born`: a role noun and a comma before the name.
  return before?.text === ',' && isRoleNoun(tokens, first - 2);
}

/** A role noun in any case (`President, Spencer Ozawa`), or a kin noun in lower case: capitalized, kin nouns name bodies (`Hospital for Sick Children`, `Sons of Liberty`). */
function isRoleNoun(tokens: Token[], index: number): boolean {
  const token = tokens[index];
  if (token === undefined || token.kind !== 'word') return false;
  return ROLE_NOUNS_BEFORE.has(token.text.toLowerCase()) || KIN_NOUNS_BEFORE.has(token.text) || officeNouns.has(token.text);
}

// The registry's offices in one word (`conductor`, `rector`, `headmaster`), in lower case: held by people.
const officeNouns: ReadonlySet<string> = new Set([...roleNouns.keys()].filter((noun) => !noun.includes(' ')));

const APPOSITION_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its']);
const MAX_APPOSITION_WORDS = 4;
/** `During the Second Intifada, the group was a member …` is a clause, not an apposition. */
const APPOSITION_STOPS = new Set(['of', 'was', 'is', 'were', 'are', 'had', 'has', 'have', 'which', 'who', 'that', 'did', 'would', 'will']);

/** `Abimael Guzmán, the founder and leader of …`, `Eddy Villarroel Medina, the leader of ASPRET`. */
function hasRoleAfter(tokens: Token[], last: number, fullName: boolean): boolean {
  if (tokens[last + 1]?.text !== ',') return false;
  // `Eero Lahtinen, chief conductor from 1952 to 1967,`: an apposed office needs no article after a full name.
  const bare = !APPOSITION_DETERMINERS.has(tokens[last + 2]?.text ?? '');
  if (bare && !fullName) return false;
  const from = bare ? last + 2 : last + 3;
  for (let index = from; index <= from + (bare ? 1 : MAX_APPOSITION_WORDS - 1); index++) {
    const token = tokens[index];
    if (!token || token.kind !== 'word' || APPOSITION_STOPS.has(token.text)) return false;
    if (bare ? officeNouns.has(token.text) : PERSON_ROLES_BEFORE.has(token.text) || officeNouns.has(token.text)) return true;
  }
  return false;
}

/**
 * `Selce, the village of his birth`, `Corran, a small island`: a name apposed
 * to a noun phrase whose head is a place noun (the noun is the head when what
 * follows it is no other noun: not `the town clerk`).
 */
function placeNounApposed(tokens: Token[], last: number): boolean {
  if (tokens[last + 1]?.text !== ',' || !APPOSITION_DETERMINERS.has(tokens[last + 2]?.text ?? '')) return false;
  for (let index = last + 3; index <= last + 2 + MAX_APPOSITION_WORDS; index++) {
    const token = tokens[index];
    if (!token || token.kind !== 'word' || APPOSITION_STOPS.has(token.text)) return false;
    if (!PLACE_NOUNS_AFTER.has(token.text)) continue;
    const after = tokens[index + 1];
    return !after || after.kind !== 'word' || placeNounEnders.has(after.text);
  }
  return false;
}

// Words after a place noun that leave it the head of its phrase: `the village of his birth`, `a town in Ardshire`.
const placeNounEnders: ReadonlySet<string> = new Set(['of', 'in', 'on', 'near', 'where', 'which', 'that', 'north', 'south', 'east', 'west']);

/** `leader of X`, `member of X`, `faction of X`: X is a body of people. */
const ORGANIZATION_MEMBERSHIP = new Set(['member', 'members', 'faction', 'wing', 'founder', 'founders', 'leadership', 'splinter', 'affiliate', 'subsidiary', 'division']);

function isOfAfter(tokens: Token[], first: number, nouns: ReadonlySet<string>): boolean {
  const of = tokens[first - 1];
  const noun = tokens[first - 2];
  if (of?.text === 'the' || of?.text === 'a') return isOfAfter(tokens, first - 1, nouns);
  return of?.text === 'of' && noun !== undefined && nouns.has(noun.text.toLowerCase());
}

function addFollowingVotes(votes: TypeVotes, sentence: TokenizedSentence, span: NameSpan): void {
  const { tokens } = sentence;
  const next = tokens[span.last + 1];
  if (!next) return;
  if (span.possessive) {
    if (next.kind === 'word' && KINSHIP_NOUNS.has(next.text)) votes.person += STRONG;
    return;
  }
  if (next.kind === 'word' && next.spaced) {
    const word = next.text.toLowerCase();
    if (ORGANIZATION_NOUNS_AFTER.has(word)) votes.organization += STRONG;
    if (PLACE_NOUNS_AFTER.has(word)) votes.place += STRONG;
    if (PERSON_VERBS_AFTER.has(word)) votes.person += STRONG;
    if ((word === 'was' || word === 'is') && PERSON_VERBS_AFTER.has(tokens[span.last + 2]?.text ?? '')) votes.person += STRONG;
    if (span.words.length > 1 && CAREER_VERBS_AFTER.has(word)) votes.person += WEAK;
    if (span.words.length > 1 && (word === 'was' || word === 'is' || word === 'had') && CAREER_PARTICIPLES.has(tokens[span.last + 2]?.text ?? '')) votes.person += WEAK;
    if (span.words.length > 1 && (word === 'was' || word === 'is') && ORGANIZATION_PARTICIPLES.has(tokens[span.last + 2]?.text ?? '')) votes.organization += WEAK;
    return;
  }
  if (next.text === '(' && isAgeOrLifespan(tokens, span.last + 2, span.words.length)) votes.person += STRONG;
}

/** A verb of a human act before `by`, past a short `on Grey Street in 1882` between them: `opened in 1882 by X`. */
function agentVerbBefore(tokens: Token[], by: number, verbs: ReadonlySet<string> = PERSON_AGENT_VERBS): boolean {
  for (let at = by - 1; at >= 0 && by - at <= 7; at--) {
    const token = tokens[at] as Token;
    if (verbs.has(token.text)) return true;
    if (token.kind === 'punct') return false;
  }
  return false;
}


/** `(19)`, `(23; son of …)`, `(born 1968)`, `(b. 1968)`, `(1815 – 1852)`, `(c. 1534 – 1582)`, `(August 18, 1928 – June 18, 1997)`. */
function isAgeOrLifespan(tokens: Token[], index: number, words: number): boolean {
  const first = tokens[index];
  if (!first) return false;
  if (first.text === 'born' || first.text === 'née' || first.text === 'c.') return true;
  // `(b. 20 September 1940, d. 20 September 2011)`: the abbreviated `born` before a year or a day.
  if ((first.text === 'b' || first.text === 'b.') && /^\d/u.test(tokens[index + (first.text === 'b' ? 2 : 1)]?.text ?? '')) return true;
  // `(c. 1787 – 1828)`, `(circa 1787 – 1828)`: the tokenizer splits `c.` into a word and its stop.
  if ((first.text === 'c' || first.text === 'ca') && tokens[index + 1]?.text === '.') return isAgeOrLifespan(tokens, index + 2, words);
  if (first.text === 'circa') return isAgeOrLifespan(tokens, index + 1, words);
  if (MONTH_NAMES.includes(first.text) || (/^\d{1,2}$/u.test(first.text) && MONTH_NAMES.includes(tokens[index + 1]?.text ?? ''))) return isFullDateLifespan(tokens, index);
  // `(1864–1945)` as the tokenizer may give it: one token. After one word it is as often a people's or a war's span (`Curonians (1219–1290)`).
  if (/^\d{3,4}[–-]\d{2,4}$/u.test(first.text)) return words > 1 && tokens[index + 1]?.text === ')';
  if (!/^\d{1,4}$/u.test(first.text)) return false;
  const after = tokens[index + 1]?.text ?? '';
  // `(3)` after a heading-like word is a count; ages of people named in prose are two or three digits.
  if (first.text.length <= 3) return first.text.length >= 2 && Number(first.text) <= 120 && (after === ')' || after === ';' || after === ',');
  return after === '–' || after === '-' || after === '—';
}

/** `August 18, 1928 –` or `18 August 1928 –`: a whole date, then the dash of a range. */
function isFullDateLifespan(tokens: Token[], index: number): boolean {
  for (let at = index; at < index + 5; at++) {
    const token = tokens[at];
    if (!token) return false;
    if (/^\d{3,4}$/u.test(token.text)) return ['–', '-', '—'].includes(tokens[at + 1]?.text ?? '');
    if (!(token.text === ',' || /^\d{1,2}$/u.test(token.text) || MONTH_NAMES.includes(token.text))) return false;
  }
  return false;
}

/**
 * How strongly the words right before a name say it is a place: a verb of
 * moving, living or coming from with its preposition (`moved to Austin`,
 * `was born in Austin`, `came from Austin`) outweighs a given name (`Austin`
 * is also a man's name), so the name is a place unless the article gives it
 * as a person elsewhere; a preposition alone (`in Satipo`) only breaks a silence.
 */
function placeCueBefore(tokens: Token[], span: NameSpan): number {
  // `moved to CBS`, `moved to ABC`: an acronym after a verb of moving is a network or a company more often than a place.
  const acronym = span.words.length === 1 && isOrganizationLikeAcronym(span.words[0] as string);
  const before = tokens[span.first - 1];
  const phrases = before?.kind === 'word' ? placeVerbPhrasesByLastWord.get(before.text.toLowerCase()) : undefined;
  if (!acronym && endsNounPhrase(tokens, span.last) && phrases?.some((phrase) => endsBefore(tokens, span.first, phrase))) return STRONG;
  if (personFrom(tokens, span)) return STRONG;
  return hasPlacePreposition(tokens, span.first) ? WEAK : 0;
}

/**
 * Where a two-word name stands as a person's does: after no preposition (`in
 * Alta Villa`), and before a verb, a comma or a bracket (`Mick Tolland,
 * centre`, `Andre Lewis was a forward`, `Sam Kettering (2001–2012)`).
 */
function personSlot(tokens: Token[], span: NameSpan): boolean {
  const before = tokens[span.first - 1];
  if (before !== undefined && before.kind === 'word' && !isCapitalized(before.text) && /^(?:in|at|of|from|to|near|on|into|for|by|the)$/u.test(before.text)) return false;
  const after = tokens[span.last + 1];
  return after === undefined || after.text === ',' || after.text === '(' || (after.kind === 'word' && /^(?:was|is|had|has|became|joined|played|served|died|won|scored|married|took|led|left)$/u.test(after.text));
}

/** `a schoolteacher from Strömstad`, `a farmer from Hexley`: one word after a person's role noun and `from` is where they come from. */
function personFrom(tokens: Token[], span: NameSpan): boolean {
  if (span.words.length !== 1 || tokens[span.first - 1]?.text !== 'from') return false;
  const noun = tokens[span.first - 2];
  return noun !== undefined && noun.kind === 'word' && ROLE_NOUNS_BEFORE.has(noun.text) && tokens[span.first - 3]?.text.toLowerCase() === 'a';
}

// The phrases by their last word (`to`, `in`, `of`): only those ending in the word before a name can stand before it.
const placeVerbPhrasesByLastWord = new Map<string, Array<readonly string[]>>();
for (const phrase of PLACE_VERB_PHRASES) {
  const last = phrase[phrase.length - 1] as string;
  placeVerbPhrasesByLastWord.set(last, [...(placeVerbPhrasesByLastWord.get(last) ?? []), phrase]);
}

/**
 * Whether the name is the whole object of the verb, not a modifier of a
 * noun after it: `moved to Intel processors`, `moved to Citroën team` move
 * to a thing the name qualifies.
 */
function endsNounPhrase(tokens: Token[], last: number): boolean {
  const next = tokens[last + 1];
  if (next === undefined || next.kind !== 'word' || isCapitalized(next.text)) return true;
  return SENTENCE_STARTERS.has(next.text);
}

/** Whether the words of `phrase` stand right before token `first`, in any case. */
function endsBefore(tokens: Token[], first: number, phrase: readonly string[]): boolean {
  if (first < phrase.length) return false;
  return phrase.every((word, offset) => {
    const token = tokens[first - phrase.length + offset] as Token;
    return token.kind === 'word' && token.text.toLowerCase() === word;
  });
}

/**
 * `in Satipo`, `at Poole`. Not `in the Beatles` (a single-word place rarely
 * takes `the`), nor `Prize in Physics` (the preposition is inside a title).
 */
function hasPlacePreposition(tokens: Token[], first: number): boolean {
  const before = tokens[first - 1];
  if (!before || before.kind !== 'word' || !PLACE_PREPOSITIONS.has(before.text)) return false;
  const owner = tokens[first - 2];
  const ownerOpens = first - 2 === 0 || tokens[first - 3]?.kind === 'punct';
  if (!(owner && owner.kind === 'word' && isCapitalized(owner.text) && !ownerOpens)) return true;
  // `founded Acme Anvils in Tucson`: one word after the object's `in` places the clause; a title that takes
  // its field with `in` (`Prize in Physics`) or a longer run (`Administrators in Higher Education`) keeps it.
  const next = tokens[first + 1];
  const oneWord = !next || next.kind !== 'word' || !isCapitalized(next.text);
  return oneWord && !TITLES_TAKING_IN.has(owner.text);
}

/** Capitalized nouns that take their field with `in` inside one title: `Nobel Prize in Physics`, `Doctor in Theology`. */
const TITLES_TAKING_IN: ReadonlySet<string> = new Set(['Prize', 'Award', 'Medal', 'Master', 'Masters', 'Bachelor', 'Doctor', 'Doctorate', 'Professor', 'Professorship', 'Lecturer', 'Diploma', 'Certificate', 'Degree', 'Chair', 'Fellow', 'Fellowship', 'Studies', 'Institute', 'School', 'Centre', 'Center', 'Society', 'Excellence']);

/** `Dundee, Scotland`, `Linz, Austria`: a name and a known place right after it, set off by a comma, is a town of that place. */
function placedInKnownPlace(tokens: Token[], span: NameSpan, next: NameSpan | undefined): boolean {
  if (!next || next.first !== span.last + 2 || tokens[span.last + 1]?.text !== ',' || !KNOWN_PLACES.has(next.name)) return false;
  // `Smith, England's captain`: a possessive is no place.
  return !next.possessive && !span.possessive;
}

/** `A, B, and C` or `A and B`: nothing but commas and one `and`/`or` between the two spans. */
function coordinated(tokens: Token[], left: NameSpan, right: NameSpan): boolean {
  const between = tokens.slice(left.last + 1, right.first).map((token) => token.text);
  if (between.length === 0 || between.length > 2) return false;
  return between.every((text) => text === ',' || text === 'and' || text === 'or');
}

function addInfoboxVotes(votes: TypeVotes, key: string): void {
  for (const [pattern, kind] of INFOBOX_KEY_KINDS) {
    if (pattern.test(key)) {
      votes[kind] += STRONG;
      return;
    }
  }
}
