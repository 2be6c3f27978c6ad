/**
 * The words of the date grammar, shared by every date parser: month, weekday
 * and season names, number and ordinal words, and the nouns and units after
 * which a number is a count or a measure, not a year.
 *
 * Keeping them in one module keeps the parsers' regular expressions in step:
 * a month spelling added here is known to every parser at once.
 */

/** Month names and abbreviations (lower case, without a trailing dot) → month number. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1],
  ['february', 2], ['feb', 2], ['febr', 2],
  ['march', 3], ['mar', 3],
  ['april', 4], ['apr', 4],
  ['may', 5],
  ['june', 6], ['jun', 6],
  ['july', 7], ['jul', 7],
  ['august', 8], ['aug', 8],
  ['september', 9], ['sep', 9], ['sept', 9],
  ['october', 10], ['oct', 10],
  ['november', 11], ['nov', 11],
  ['december', 12], ['dec', 12],
]);

/**
 * A month name or abbreviation, with an optional dot. Every alternative is a
 * literal and the group is followed by a boundary check, so it runs in linear time.
 */
export const MONTH_PATTERN =
  '(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)(?![a-z])|(?:jan|febr?|mar|apr|jun|jul|aug|sept?|oct|nov|dec)(?![a-z])\\.?)';

/** Full month names that are also ordinary lower-case words (`may`, `march`, `august`). */
const AMBIGUOUS_MONTH_WORDS = new Set(['may', 'march', 'august']);

/** Weekday names and abbreviations (lower case) → ISO weekday (1 = Monday). */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['monday', 1], ['mon', 1],
  ['tuesday', 2], ['tue', 2], ['tues', 2],
  ['wednesday', 3], ['wed', 3],
  ['thursday', 4], ['thu', 4], ['thur', 4], ['thurs', 4],
  ['friday', 5], ['fri', 5],
  ['saturday', 6], ['sat', 6],
  ['sunday', 7], ['sun', 7],
]);

/** A full weekday name (abbreviations are too often other words to stand alone). */
export const WEEKDAY_PATTERN = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![a-z])';

/** A weekday, full or abbreviated, as it may stand before a written date (`Tue, 5 May 2020`). */
export const WEEKDAY_PREFIX_PATTERN = '(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?(?![a-z])\\.?';

/** Seasons (lower case) → TIMEX3 season code. */
export const SEASONS: ReadonlyMap<string, 'SP' | 'SU' | 'FA' | 'WI'> = new Map([
  ['spring', 'SP'],
  ['summer', 'SU'],
  ['autumn', 'FA'],
  ['fall', 'FA'],
  ['winter', 'WI'],
]);

/** Number words a relative expression may count with (`two years later`). */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['a', 1], ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['fifteen', 15], ['twenty', 20],
  ['thirty', 30], ['forty', 40], ['fifty', 50], ['several', Number.NaN], ['a few', Number.NaN],
]);

/** Ordinal words (`first` … `twenty-first`) → number, for days and centuries. */
export const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7], ['eighth', 8],
  ['ninth', 9], ['tenth', 10], ['eleventh', 11], ['twelfth', 12], ['thirteenth', 13], ['fourteenth', 14],
  ['fifteenth', 15], ['sixteenth', 16], ['seventeenth', 17], ['eighteenth', 18], ['nineteenth', 19],
  ['twentieth', 20], ['twenty-first', 21], ['twenty-second', 22], ['twenty-third', 23],
]);

/** The number of an ordinal word, compounds included (`twenty second` → 22). */
export function ordinalValue(written: string): number | undefined {
  const words = written.toLowerCase().split(/[-\s]+/);
  const tens = words.length === 2 ? { twenty: 20, thirty: 30 }[words[0] as 'twenty' | 'thirty'] : 0;
  const unit = ORDINAL_WORDS.get(words[words.length - 1] as string);
  return tens === undefined || unit === undefined ? undefined : tens + unit;
}

/** An ordinal word, longest forms first so `twenty-first` is not read as `twenty`. */
export const ORDINAL_WORD_PATTERN =
  '(?:(?:twenty|thirty)[-\\s](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|twenty-first|twenty-second|twenty-third|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth)(?![a-z])';

/**
 * Units after which a number is a measure: `125px`, `1,280 m`, `3.5 km`, `45%`.
 * Lower case; matched against the word right after the number.
 */
export const UNITS = new Set([
  'px', 'pt', 'em', 'mm', 'cm', 'm', 'km', 'mi', 'ft', 'yd', 'nmi', 'ha', 'acres', 'acre', 'sq', 'km2', 'm2', 'mg', 'g', 'kg',
  't', 'lb', 'lbs', 'oz', 'l', 'ml', 'gal', 'kw', 'mw', 'gw', 'kwh', 'hp', 'cc', 'mph', 'kph', 'km/h', 'rpm', 'hz', 'khz', 'mhz',
  'ghz', 'kb', 'mb', 'gb', 'tb', 'bps', 'k', 'metres', 'meters', 'metre', 'meter', 'kilometres', 'kilometers', 'miles', 'feet',
  'foot', 'inches', 'yards', 'hectares', 'tonnes', 'tons', 'pounds', 'kilograms', 'grams', 'litres', 'liters', 'degrees', 'percent',
  'per', 'million', 'billion', 'trillion', 'thousand', 'hundred', 'bn', 'mn', 'crore', 'lakh', 'dollars', 'euros', 'soles', 'yen',
  'pesos', 'rupees', 'francs', 'marks', 'shillings', 'pence', 'cents', 'points', 'pts', 'goals', 'runs', 'wickets', 'votes', 'seats',
  'calories', 'kcal',
]);

/**
 * Plural nouns that a number before them counts (`18 people`, `300 members`).
 * A year can modify a noun (`the 2023 protests`), so only nouns that are
 * counted far more often than dated are listed.
 */
export const COUNT_NOUNS = new Set([
  'people', 'persons', 'men', 'women', 'children', 'boys', 'girls', 'soldiers', 'troops', 'fighters', 'members', 'workers',
  'employees', 'staff', 'students', 'pupils', 'teachers', 'residents', 'inhabitants', 'citizens', 'voters', 'households',
  'families', 'refugees', 'prisoners', 'casualties', 'deaths', 'dead', 'victims', 'wounded', 'injured', 'civilians', 'policemen',
  'officers', 'police', 'guerrillas', 'militants', 'rebels', 'copies', 'units', 'vehicles', 'cars', 'tanks', 'aircraft', 'planes',
  'ships', 'boats', 'guns', 'rifles', 'weapons', 'horses', 'cattle', 'animals', 'species', 'books', 'pages', 'words', 'items',
  'pieces', 'games', 'matches', 'appearances', 'caps', 'episodes', 'songs', 'tracks', 'albums', 'films', 'titles', 'wins',
  'losses', 'cases', 'times', 'years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds', 'km²', 'sq', 'spectators',
  'fans', 'seats', 'beds', 'rooms', 'houses', 'homes', 'buildings', 'villages', 'towns', 'cities', 'schools', 'churches',
  'stores', 'shops', 'branches', 'offices', 'stations', 'lifeboats', 'crew', 'passengers', 'delegates', 'candidates',
  'athletes', 'players', 'hectares', 'acres', 'dollars', 'metres', 'meters', 'feet', 'miles', 'kilometres', 'kilometers',
  'employees', 'plants', 'trees', 'genes', 'patients', 'yards', 'votes', 'points', 'goals', 'languages', 'volumes', 'articles',
  'tons', 'tonnes', 'barrels', 'shares', 'stars', 'coins', 'sheep', 'pigs', 'deer', 'visitors', 'tourists', 'readers',
  'subscribers', 'listeners', 'viewers', 'followers', 'supporters', 'protesters', 'demonstrators', 'workers', 'miners',
  'sailors', 'marines', 'cavalry', 'infantry', 'hoplites', 'ships', 'galleys', 'vessels', 'islands', 'lakes',
]);

/**
 * Words before a number that make it an identifier, a page, a price or a
 * measure, never a year: `No. 1990`, `p. 1990`, `Route 1900`, `Resolution 1973`.
 */
export const NON_YEAR_PREFIXES = new Set([
  'no', 'no.', 'nos', 'nos.', 'number', 'numbers', '#', 'p', 'p.', 'pp', 'pp.', 'page', 'pages', 'vol', 'vol.', 'volume', 'isbn',
  'issn', 'tel', 'tel.', 'phone', 'fax', 'route', 'highway', 'interstate', 'flight', 'room', 'suite', 'box', 'apt', 'apt.',
  'version', 'model', 'type', 'article', 'section', 'chapter', 'rule', 'resolution', 'platform', 'track', 'gate', 'pier',
  'opus', 'op.', 'op', 'bwv', 'k.', 'kv', 'catalogue', 'code', 'postcode', 'zip', 'score', 'scored', 'population', 'pop.',
  'elevation', 'altitude', 'height', 'length', 'width', 'depth', 'area', 'capacity', 'attendance', 'us$', '$', '€', '£', '¥',
  'usd', 'eur', 'gbp', 'jpy', 'cad', 'aud', 'chf', 'inr', 'pen', 's/', 'rs', 'rs.', 'mm', 'km', 'size', 'total', 'totalling',
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
  if (/^\p{Lu}\p{Ll}/u.test(word)) return true;
  return word.length > 4 && !AMBIGUOUS_MONTH_WORDS.has(word);
}

/** The month number of a written month (`Sept.`, `jan`, `August`), or undefined. */
export function monthOf(written: string): number | undefined {
  return MONTHS.get(written.replace(/\.$/, '').toLowerCase());
}
