import { lowerSet, anyOf, keysOf } from '../../lexicon/list.js';
import { BEFORE_ERA_MARKS, COMMON_ERA_MARKS } from '../../lexicon/eras.js';
import { DOZEN_WORDS, SCALE_ABBREVIATIONS, SCALE_WORDS } from '../../lexicon/magnitudes.js';
import { MONTH_ABBREVIATIONS, MONTH_NAMES, MONTH_NAMES_ALSO_WORDS } from '../../lexicon/months.js';
import { ORDINAL_TEEN_WORDS, ORDINAL_TEN_WORDS, ORDINAL_UNIT_WORDS, TEEN_WORDS, TEN_WORDS, UNIT_WORDS } from '../../lexicon/numbers.js';
import { SEASONS } from '../../lexicon/seasons.js';
import { LENGTH_SYMBOLS, PERCENT_WORDS, POWER_PREFIXES, SPELLED_UNITS, TYPOGRAPHIC_UNITS, UNIT_SYMBOL_VARIANTS, UNIT_SYMBOLS } from '../../lexicon/units.js';
import { CODES_IN_ANY_CASE, CURRENCY_PREFIX_WORDS, CURRENCY_SYMBOLS, CURRENCY_WORDS, DOLLAR_PREFIXES } from '../../lexicon/currencies.js';
import { abbreviationsFor } from '../../lexicon/abbreviations.js';
import { WEEKDAY_ABBREVIATIONS, WEEKDAY_NAMES } from '../../lexicon/weekdays.js';

// Built once: esbuild writes a `\p{…}` literal as `new RegExp(…)`, which inside a function is made again at each call.
const capitalisedWord = /^\p{Lu}\p{Ll}/u;

/**
 * The words of the date grammar as its parsers use them: maps from the
 * lexicon's month, weekday, season and number words to their values, and the
 * patterns built from them, so a month spelling added to `src/lexicon/` is
 * known to every parser at once. The nouns and words around a number that
 * tell a year from a count stay here: they are this grammar's, not a class of
 * words.
 */

export { SEASONS };

/** Month names and abbreviations (lower case, without a trailing dot) → month number. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ...MONTH_NAMES.map((name, index) => [name.toLowerCase(), index + 1] as const),
  ...[...MONTH_ABBREVIATIONS].map(([abbreviation, month]) => [abbreviation.toLowerCase(), month] as const),
]);

/**
 * A month name or abbreviation, with an optional dot. Every alternative is a
 * literal and the group is followed by a boundary check, so it runs in linear time.
 */
export const MONTH_PATTERN = `(?:${anyOf(MONTH_NAMES.map(lower))}(?![a-z])|${anyOf(keysOf(MONTH_ABBREVIATIONS).map(lower))}(?![a-z])\\.?)`;

/** Full month names that are also ordinary lower-case words (`may`, `march`, `august`). */
const AMBIGUOUS_MONTH_WORDS = lowerSet(MONTH_NAMES_ALSO_WORDS);

/** Weekday names and abbreviations (lower case) → ISO weekday (1 = Monday). */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ...WEEKDAY_NAMES.map((name, index) => [name.toLowerCase(), index + 1] as const),
  ...[...WEEKDAY_ABBREVIATIONS].map(([abbreviation, day]) => [abbreviation.toLowerCase(), day] as const),
]);

/** A full weekday name (abbreviations are too often other words to stand alone). */
export const WEEKDAY_PATTERN = `${anyOf(WEEKDAY_NAMES.map(lower))}(?![a-z])`;

/** A weekday, full or abbreviated, as it may stand before a written date (`Tue, 5 May 2020`). */
export const WEEKDAY_PREFIX_PATTERN = `${anyOf(WEEKDAYS.keys())}(?![a-z])\\.?`;

/** An era mark: `BC`, `B.C.E.`, `AD`, `CE`, matched as written. */
export const ERA_PATTERN = anyOf([...BEFORE_ERA_MARKS, ...COMMON_ERA_MARKS]);

/**
 * What may not follow an era mark: a letter (`BCE` is not `BC`), or a
 * capitalised word, since `BC` before one is British Columbia (`the 2010 BC
 * Green Party`, `BC Hydro`), not the era.
 */
export const AFTER_ERA = '(?![\\p{L}])(?![\\s\\u00a0]\\p{Lu}\\p{Ll})';

/**
 * An era mark as written right after a number, up to two spaces on
 * (`32 BC`); case-sensitive, so `bc` is no era and `BC Hydro` is none either.
 * The group is the mark.
 */
export const ERA_AFTER_NUMBER = new RegExp(`^[\\s\\u00a0]{0,2}(${ERA_PATTERN})${AFTER_ERA}`, 'u');

/** Whether an era mark as written is one of years before year one. */
export function isBeforeEra(mark: string): boolean {
  return BEFORE_ERA_MARKS.includes(mark.toUpperCase());
}

/**
 * A cardinal number below a hundred in words: `thirteen`, `twenty-one`,
 * `thirty five`, `Ninety-nine`. A ten takes its unit after a hyphen or one
 * space, longest forms first.
 */
export const CARDINAL_WORD_PATTERN = `(?:${anyOf(TEN_WORDS.keys())}(?:-|[\\s\\u00a0])${anyOf(UNIT_WORDS.keys())}|${anyOf([...TEN_WORDS.keys(), ...TEEN_WORDS.keys(), ...UNIT_WORDS.keys()])})(?![\\p{L}-])`;

/** The value of a cardinal written in words below a hundred (`Twenty-one` → 21), or undefined. */
export function cardinalValue(written: string): number | undefined {
  const parts = written.toLowerCase().split(/[-\s\u00a0]+/u);
  if (parts.length === 1) return TEN_WORDS.get(parts[0] as string) ?? TEEN_WORDS.get(parts[0] as string) ?? UNIT_WORDS.get(parts[0] as string);
  const tens = TEN_WORDS.get(parts[0] as string);
  const unit = UNIT_WORDS.get(parts[1] as string);
  return parts.length === 2 && tens !== undefined && unit !== undefined ? tens + unit : undefined;
}

const ORDINALS: ReadonlyMap<string, number> = new Map([...ORDINAL_UNIT_WORDS, ...ORDINAL_TEEN_WORDS, ...ORDINAL_TEN_WORDS]);

/** The number of an ordinal word, compounds included (`twenty second`, `Twenty-First` → 22, 21). */
export function ordinalValue(written: string): number | undefined {
  const parts = written.toLowerCase().split(/[-\s]+/u);
  if (parts.length === 1) return ORDINALS.get(parts[0] as string);
  const tens = TEN_WORDS.get(parts[0] as string);
  const unit = ORDINAL_UNIT_WORDS.get(parts[1] as string);
  return parts.length === 2 && tens !== undefined && unit !== undefined ? tens + unit : undefined;
}

/** An ordinal word, compounds first so `twenty-first` is not read as `twenty`. */
export const ORDINAL_WORD_PATTERN = `(?:${anyOf(TEN_WORDS.keys())}[-\\s]${anyOf(ORDINAL_UNIT_WORDS.keys())}|${anyOf(ORDINALS.keys())})(?![a-z])`;

/**
 * Words after a number that make it a measure, an amount or a score, never a
 * year: units (`125px`, `1,280 m`, `3.5 km`), scales (`5 million`),
 * currencies that need no qualifier (`500 dollars`) and the scores of games.
 * Lower case; matched against the word right after the number.
 */
export const UNITS: ReadonlySet<string> = lowerSet(
  TYPOGRAPHIC_UNITS,
  LENGTH_SYMBOLS.filter((symbol) => symbol !== 'in'),
  UNIT_SYMBOLS,
  keysOf(UNIT_SYMBOL_VARIANTS),
  Object.values(UNIT_SYMBOL_VARIANTS),
  keysOf(SPELLED_UNITS),
  keysOf(POWER_PREFIXES),
  PERCENT_WORDS,
  keysOf(SCALE_WORDS),
  keysOf(DOZEN_WORDS),
  keysOf(SCALE_ABBREVIATIONS),
  Object.entries(CURRENCY_WORDS).flatMap(([word, entry]) => (entry.needs ? [] : [word])),
  ['per', 'pts', 'runs', 'wickets', 'calories', 'kcal'],
);

/**
 * Plural nouns that a number before them counts (`18 people`, `300 members`).
 * A year can modify a noun (`the 2023 protests`), so only nouns that are
 * counted far more often than dated are listed. Units and currencies are
 * read from the lexicon (`UNITS`).
 */
export const COUNT_NOUNS = new Set([
  'people', 'persons', 'men', 'women', 'children', 'boys', 'girls', 'soldiers', 'troops', 'fighters', 'members', 'workers',
  'employees', 'staff', 'students', 'pupils', 'teachers', 'residents', 'inhabitants', 'citizens', 'voters', 'households',
  'families', 'refugees', 'prisoners', 'casualties', 'deaths', 'dead', 'victims', 'wounded', 'injured', 'civilians', 'policemen',
  'officers', 'police', 'guerrillas', 'militants', 'rebels', 'copies', 'units', 'vehicles', 'cars', 'tanks', 'aircraft', 'planes',
  'ships', 'boats', 'guns', 'rifles', 'weapons', 'horses', 'cattle', 'animals', 'species', 'books', 'pages', 'words', 'items',
  'pieces', 'games', 'matches', 'appearances', 'caps', 'episodes', 'songs', 'tracks', 'albums', 'films', 'titles', 'wins',
  'losses', 'cases', 'times', 'years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds', 'km²', 'spectators',
  'fans', 'seats', 'beds', 'rooms', 'houses', 'homes', 'buildings', 'villages', 'towns', 'cities', 'schools', 'churches',
  'stores', 'shops', 'branches', 'offices', 'stations', 'lifeboats', 'crew', 'passengers', 'delegates', 'candidates',
  'athletes', 'players', 'plants', 'trees', 'genes', 'patients', 'votes', 'points', 'goals', 'languages', 'volumes', 'articles',
  'barrels', 'shares', 'stars', 'coins', 'sheep', 'pigs', 'deer', 'visitors', 'tourists', 'readers',
  'subscribers', 'listeners', 'viewers', 'followers', 'supporters', 'protesters', 'demonstrators', 'miners',
  'sailors', 'marines', 'cavalry', 'infantry', 'hoplites', 'galleys', 'vessels', 'islands', 'lakes',
]);

/** Reference abbreviations, with and without their full stop: `No. 1990`, `p. 1990`, `vol. 3`. */
const REFERENCE_ABBREVIATIONS = abbreviationsFor('reference').flatMap((abbreviation) => [abbreviation, `${abbreviation}.`]);

/** Currency signs and codes as `wordBefore` reads them (lower case, a trailing dot kept): `$`, `us$`, `€`, `usd`, `rs.`. */
const CURRENCY_PREFIXES = [
  '$',
  ...keysOf(DOLLAR_PREFIXES).map((letters) => `${letters}$`),
  ...keysOf(CURRENCY_SYMBOLS),
  ...CODES_IN_ANY_CASE.map(lower),
  ...keysOf(CURRENCY_PREFIX_WORDS).flatMap((word) => [word.toLowerCase(), `${word.toLowerCase()}.`]),
  's/',
];

/**
 * Words before a number that make it an identifier, a page, a price or a
 * measure, never a year: `No. 1990`, `p. 1990`, `Route 1900`, `Resolution 1973`.
 */
export const NON_YEAR_PREFIXES: ReadonlySet<string> = new Set([
  ...REFERENCE_ABBREVIATIONS,
  ...CURRENCY_PREFIXES,
  'number', 'numbers', '#', 'page', 'pages', 'volume', 'isbn',
  'issn', 'tel', 'tel.', 'phone', 'fax', 'route', 'highway', 'interstate', 'flight', 'room', 'suite', 'box', 'apt', 'apt.',
  'version', 'model', 'type', 'article', 'section', 'chapter', 'rule', 'resolution', 'platform', 'track', 'gate', 'pier',
  'opus', 'bwv', 'k.', 'kv', 'catalogue', 'code', 'postcode', 'zip', 'score', 'scored', 'population', 'pop.',
  'elevation', 'altitude', 'height', 'length', 'width', 'depth', 'area', 'capacity', 'attendance', 'mm', 'km', 'size', 'total', 'totalling',
  'totaling', 'numbering', 'some', 'over', 'nearly', 'almost', 'roughly', 'than', 'least', 'most', 'exactly',
  // Numbered documents, tickets and ports of software and standards: `RFC 1122`, `PEP 8`, `issue 1033`, `port 1080`.
  'rfc', 'rfcs', 'pep', 'peps', 'iso', 'iec', 'ieee', 'ecma', 'cve', 'http', 'jira', 'issue', 'issues', 'pr', 'prs', 'pull',
  'ticket', 'tickets', 'bug', 'bugs', 'port', 'ports', 'commit', 'build', 'errno',
]);

/** Words right after a number that make it a time of day: `1500 UTC`, `1400 hours`, `0900Z`. */
export const TIME_OF_DAY_AFTER = new Set([
  'utc', 'gmt', 'z', 'zulu', 'hours', 'hrs', 'hr', 'h', 'cet', 'cest', 'eet', 'eest', 'wet', 'west', 'bst', 'ist', 'jst', 'kst',
  'aest', 'aedt', 'pst', 'pdt', 'mst', 'mdt', 'cst', 'cdt', 'est', 'edt', 'akst', 'hst', 'local',
]);

/** Words that follow a year without being counted by it: `in 1992 and 1993`, `in 2018 when`, `in 1968 she`. */
export const FUNCTION_WORDS = new Set([
  'and', 'or', 'to', 'until', 'till', 'through', 'when', 'while', 'where', 'after', 'before', 'during', 'since', 'as', 'at', 'on',
  'in', 'by', 'for', 'from', 'of', 'with', 'under', 'against', 'the', 'a', 'an', 'that', 'which', 'who', 'but', 'he', 'she', 'it',
  'they', 'we', 'his', 'her', 'its', 'their', 'was', 'were', 'is', 'are', 'had', 'has', 'have', 'saw', 'onwards', 'onward', 'alone',
  'only', 'again', 'then', 'there', 'also', 'respectively', 'later', 'earlier', 'census', 'season', 'election', 'elections',
]);

/** Verbs of change after which `by 2000` or `to 2000` is an amount, not a date. */
export const CHANGE_VERBS = new Set([
  'increased', 'increase', 'increases', 'decreased', 'decrease', 'rose', 'risen', 'rise', 'fell', 'fallen', 'grew', 'grown',
  'reduced', 'declined', 'dropped', 'raised', 'cut', 'climbed', 'jumped', 'shrank', 'expanded', 'boosted', 'lowered', 'up',
  'down', 'exceeded', 'reached', 'reaching', 'amounted', 'amounting', 'totalled', 'totaled',
]);

/**
 * Whether a month word as written can stand for a month without a number
 * next to it: a capitalised name or abbreviation can (`in May`, `by Sept.`),
 * and a lower-case full name that is no other word (`in october`); a
 * lower-case `may` or `march` is a verb until a number makes it a date.
 */
export function isStandaloneMonthWord(written: string): boolean {
  const word = written.replace(/\.$/, '');
  // `May`, `Sept.`; not `DEC` or `MAR`, which are acronyms far more often.
  if (capitalisedWord.test(word)) return true;
  return word.length > 4 && !AMBIGUOUS_MONTH_WORDS.has(word);
}

/** The month number of a written month (`Sept.`, `jan`, `August`), or undefined. */
export function monthOf(written: string): number | undefined {
  return MONTHS.get(written.replace(/\.$/, '').toLowerCase());
}

/** The English name of month `month` (1–12). */
export function monthName(month: number): string {
  return MONTH_NAMES[month - 1] as string;
}

function lower(word: string): string {
  return word.toLowerCase();
}
