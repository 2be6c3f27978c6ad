import type { SegmentedArticle } from '../../segment/index.js';
import { nameSpansOf, tokenizeSentence } from './candidates.js';
import { ORGANIZATION_SUFFIX_ABBREVIATIONS, ORGANIZATION_SUFFIXES, SHIP_NOUNS, shipName } from '../../lexicon/organizations.js';
import { occupationNouns, roleNouns } from '../../lexicon/roles.js';
import { DEMONYMS, KNOWN_PLACES } from './gazetteer.js';
import { NEVER_NAMES, ORGANIZATION_HEADS, PERSON_ROLES_BEFORE, PLACE_HEADS } from './lexicon.js';
import type { EntityKind } from './typing.js';

/**
 * What the article is about: its title, the kind of entity the title names
 * (if any), and the nouns the article uses for it (`party`, `group` from
 * `… is a political party and militant group …`).
 */
export interface ArticleSubject {
  title: string;
  kind: EntityKind | undefined;
  /** Lower-case nouns that describe the subject: its head word and the first sentence's predicate nouns. */
  nouns: string[];
}

/** Nouns in a first sentence's predicate that make the subject an organization. */
const ORGANIZATION_NOUNS = new Set(`
  party group organization organisation movement company corporation firm business club team band university
  college school institute institution society association charity agency council parliament legislature army
  front union league federation newspaper magazine publisher label brand airline bank network broadcaster
  museum library foundation church order militia faction coalition alliance government ministry department
  manufacturer brewery retailer conglomerate cooperative tribe dynasty house franchise orchestra choir ensemble
  regiment battalion squadron maker producer automaker carmaker distiller insurer lender supplier wholesaler
  exporter importer duo trio quartet quintet sextet octet foundry ironworks refinery shipyard dairy bakery pottery
  colliery diocese archdiocese bishopric eparchy festival observatory hospital infirmary sanatorium asylum hospice
  railway tramway theatre theater hotel gazette glassworks steelworks brickworks factory distillery tannery
`.split(/\s+/u).filter((word) => word.length > 0));

/** Nouns in a first sentence's predicate that make the subject a place. */
const PLACE_NOUNS = new Set(`
  city town village country state province region parish county capital island islands municipality district
  neighborhood neighbourhood suburb community settlement port river lake mountain bridge census-designated
  borough commune prefecture territory kingdom republic emirate continent peninsula valley area hamlet
  bridge viaduct aqueduct tunnel dam canal lighthouse castle tower stadium pier
`.split(/\s+/u).filter((word) => word.length > 0));

// Nouns of a body that also name a country's division: `an overseas department and region of France`.
const territorialUnits: ReadonlySet<string> = new Set(['department', 'division']);

const COPULAS = new Set(['is', 'was', 'are', 'were']);
const PREDICATE_STOPS = new Set(['of', 'in', 'that', 'which', 'who', 'from', 'for', 'with', 'by', 'whose', 'to', 'on', 'at']);
const LEAD_PRONOUNS = /(?:^|[.;]\s)(?:She|He|Her|His)\s/u;
const MAX_PREDICATE_WORDS = 10;

/**
 * Types the article's subject from its title (`… Party`, a country) and its
 * first prose sentence: a lifespan after the name or a role noun (`was an
 * English mathematician`) make a person; `is a political party` an
 * organization; `is a civil parish and historic town` a place; `is the debut
 * album` nothing. `He`/`She` opening sentences of the lead make a person.
 */
export function articleSubject(article: SegmentedArticle): ArticleSubject | undefined {
  const title = article.title;
  if (title === null || title.length === 0) return undefined;
  const titleSpan = nameSpansOf(title)[0];
  const nouns: string[] = [];
  let kind: EntityKind | undefined;
  // `SS Calloway Star`: a ship, told like a body that acts and ends, and called `the ship` (whatever its name's last word).
  if (shipName(title) !== null) {
    kind = 'organization';
    nouns.push('ship');
  } else if (titleSpan && titleSpan.words.length > 1 && ORGANIZATION_HEADS.has(titleSpan.head)) kind = 'organization';
  else if (titleSpan && titleSpan.words.length > 1 && PLACE_HEADS.has(titleSpan.head)) kind = 'place';
  else if (KNOWN_PLACES.has(title)) kind = 'place';
  if (titleSpan && shipName(title) === null) nouns.push(titleSpan.head.toLowerCase());
  // A line holding only the title (an infobox's name line read as prose) opens no lead.
  const lead = article.sentences.filter((sentence) => sentence.where === 'prose' && sentence.plain.trim() !== title.trim()).slice(0, 6);
  const first = lead[0];
  if (first) {
    const predicate = predicateKind(first.plain);
    nouns.push(...predicate.nouns);
    // `The Southern Poverty Law Center (SPLC) is an American nonprofit legal advocacy organization`: a building's head
    // word in a title (`Center`, `Hall`) names a body when the lead says it is one.
    if (kind === 'place' && predicate.kind === 'organization' && !KNOWN_PLACES.has(title)) kind = 'organization';
    kind ??= predicate.kind;
    // `Ardent Star was a British whaling ship`: a vessel without a prefix is told as one with it.
    if (kind === undefined && predicate.firstHead !== undefined && shipNouns.has(predicate.firstHead) && shipName(title) === null) {
      kind = 'organization';
      nouns.push('ship');
    }
    if (kind === undefined && LEAD_PRONOUNS.test(lead.map((sentence) => sentence.plain).join(' '))) kind = 'person';
  }
  return { title, kind, nouns };
}

const shipNouns: ReadonlySet<string> = new Set(SHIP_NOUNS);

function predicateKind(text: string): { kind: EntityKind | undefined; nouns: string[]; firstHead?: string } {
  const { tokens, parenDepth } = tokenizeSentence(text);
  const copula = tokens.findIndex((token, index) => COPULAS.has(token.text) && parenDepth[index] === 0);
  if (copula < 0) return { kind: undefined, nouns: [] };
  const lifespan = tokens.slice(0, copula).some((token, index) => parenDepth[index] === 1 && /^\d{3,4}(?:[–-]\d{2,4})?$/u.test(token.text));
  const nouns: string[] = [];
  // The head of the first noun phrase is its last typed noun: `a Maoist political party and …` → party.
  let head: EntityKind | undefined;
  let inFirstPhrase = true;
  let guessedPerson = false;
  let previousComma = false;
  let firstHead: string | undefined;
  let words = 0;
  // `was one of the most influential monarchs of …`: the partitive's plural is the subject's kind.
  const partitive = tokens[copula + 1]?.text === 'one' && tokens[copula + 2]?.text === 'of' ? (tokens[copula + 3]?.text === 'the' ? 4 : 3) : 1;
  for (let at = copula + partitive; at < tokens.length; at++) {
    const token = tokens[at] as (typeof tokens)[number];
    // `a farmers' organization`: a plural's apostrophe is inside the phrase.
    if (token.kind === 'punct' && token.text !== '-' && token.text !== ',' && token.text !== "'" && token.text !== '’') break;
    if (token.text === ',' || token.text === 'and') {
      previousComma ||= token.text === ',' && inFirstPhrase;
      inFirstPhrase = false;
    }
    if (token.kind !== 'word') continue;
    const word = token.text.toLowerCase();
    if (PREDICATE_STOPS.has(word) || ++words > MAX_PREDICATE_WORDS) break;
    // `a British cargo liner built for …`: a participle after the first phrase's noun opens a reduced relative.
    if (words > 2 && participleBeforeStop(word, tokens[at + 1]?.text)) break;
    const singular = partitive > 1 && word.endsWith('s') ? word.slice(0, -1) : word;
    const found = nounKind(singular);
    // `was a Flower-class corvette of the Royal Navy`: the first phrase's last word names the subject's kind, typed or not.
    if (inFirstPhrase) firstHead = singular;
    if (found === undefined) continue;
    nouns.push(singular);
    // `a Cornish nationalist, centre-left political party`: an -ist word before a comma may be an adjective; a
    // body's or a place's noun after it names the kind.
    if (inFirstPhrase) {
      head = found;
      guessedPerson = found === 'person' && !PERSON_ROLES_BEFORE.has(singular);
    } else if (guessedPerson && found !== 'person' && previousComma) head = found;
    // `an overseas department and region of France`: a department coordinated with a place noun is a territory's.
    else if (found === 'place' && nouns.length === 2 && territorialUnits.has(nouns[0] as string)) head = 'place';
  }
  if (firstHead !== undefined && !nouns.includes(firstHead)) nouns.push(firstHead);
  // `a British Army officer`, `a Premier League footballer`: a body's or a place's noun that only modifies an
  // occupation does not say what the subject is; the occupation does.
  const occupation = firstHead !== undefined && nounKind(firstHead) === undefined && (occupationNouns.has(firstHead) || roleNouns.has(firstHead));
  return { kind: lifespan || occupation ? 'person' : head, nouns, ...(firstHead !== undefined ? { firstHead } : {}) };
}

/** `built for`, `launched by`, `founded in`: a past participle right before a preposition. */
function participleBeforeStop(word: string, next: string | undefined): boolean {
  return word.length > 4 && word.endsWith('ed') && next !== undefined && PREDICATE_STOPS.has(next.toLowerCase());
}

function nounKind(word: string): EntityKind | undefined {
  if (ORGANIZATION_NOUNS.has(word)) return 'organization';
  if (PLACE_NOUNS.has(word)) return 'place';
  if (PERSON_ROLES_BEFORE.has(word)) return 'person';
  // Occupations are an open class; their suffixes are not: `botanist`, `pianist`, `mathematician`, `optician`.
  if (word.length > 5 && (word.endsWith('ist') || word.endsWith('ician'))) return 'person';
  return undefined;
}

const NAME_KEY = /^(?:(official|native|other|birth|full|local|alternative|common|conventional|long|short|former|[\p{L}-]{2,30})\s+)?names?$/iu;

/**
 * Whether an infobox key holds another name of the article's subject:
 * `Name`, `Official Name`, `Native Name`, `Other Name`, `Cornish Name` — but
 * not `Leader Name` or `Subdivision Name`, which name someone or something else.
 */
export function isSubjectNameKey(key: string): boolean {
  const match = NAME_KEY.exec(key.trim());
  if (!match) return false;
  const qualifier = match[1];
  if (qualifier === undefined || /^(?:official|native|other|birth|full|local|alternative|common|conventional|long|short|former)$/iu.test(qualifier)) return true;
  const word = qualifier[0]?.toUpperCase() + qualifier.slice(1).toLowerCase();
  return DEMONYMS.has(word) || NEVER_NAMES.has(word);
}

/**
 * The title without its disambiguation: `Dollar Point, California` → `Dollar
 * Point`, `Terrence Murphy (American football)` → `Terrence Murphy`. The text
 * names its subject by the short form.
 */
export function baseTitle(title: string): string {
  const open = title.indexOf(' (');
  const withoutParenthesis = open > 0 && title.endsWith(')') ? title.slice(0, open) : title;
  const comma = withoutParenthesis.indexOf(', ');
  const base = (comma > 0 ? withoutParenthesis.slice(0, comma) : withoutParenthesis).trim();
  // `Manchester United F.C.`, `Acme Inc.`: the text names a club or a firm without its legal suffix.
  const space = base.lastIndexOf(' ');
  return space > 0 && legalSuffixes.has(base.slice(space + 1).replace(/\.$/, '')) ? base.slice(0, space) : base;
}

const legalSuffixes: ReadonlySet<string> = new Set([...ORGANIZATION_SUFFIXES, ...ORGANIZATION_SUFFIX_ABBREVIATIONS].map((suffix) => suffix.replace(/\.$/, '')));

/**
 * The title's words after the place name it opens with (`Bengals` of
 * `Cincinnati Bengals`), the longest place first, or null when no opening
 * run of words is a place by `isPlace`.
 */
export function titleAfterPlace(titleWords: readonly string[], isPlace: (name: string) => boolean): string | null {
  for (let cut = titleWords.length - 1; cut > 0; cut--) if (isPlace(titleWords.slice(0, cut).join(' '))) return titleWords.slice(cut).join(' ');
  return null;
}
