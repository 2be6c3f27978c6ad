import { eventType, infoboxEvent, tellsShipReturn, type Aspect, type EventTypeId } from '../../lexicon/events.js';
import { roleOfWords } from '../../lexicon/roles.js';
import type { Claim } from '../../schema/claims.js';
import type { ArticleSentence, SegmentedArticle } from '../../segment/index.js';
import type { Frame, FrameArgument } from './types.js';

// Built once: esbuild writes a `\p{…}` literal as `new RegExp(…)`, which inside a function is made again at each call.
const capitalisedLead = /^\p{Lu}[^(,;]*/u;

/** One infobox line: its sentence, its key split into a base and a group number, and its claims. */
interface Field {
  sentence: ArticleSentence;
  /** `established date` of `Established_Date1`. */
  base: string;
  /** `1` of `Established_Date1`; empty when the key has no number. */
  group: string;
  claims: readonly Claim[];
  /** The unit the key gives a bare value: `km²` of `area_total_km2`. */
  unit?: string;
}

/** What a line means once its companions are read: the type, what its value holds, and the extras. */
interface Meaning {
  type: EventTypeId;
  value: 'date' | 'place' | 'figure' | 'name' | 'span';
  aspect?: Aspect;
  role?: string | null;
  measure?: string;
  /** Date claims a companion line gives (`Population As Of: 2010`). */
  dates?: readonly Claim[];
}

// `Num_employees`, `Number of staff`, `Ship length`, `Longest span`: words before a key's measure that change nothing of it.
const countingPrefix = /^(?:num|number of|no\.? of|ship|longest) (?=\S)/;

/** The unit written at the end of a key (`area_total_km2`, `elevation_ft`), after the words it follows. */
const keyUnitSuffix = /(?<=\S) (?:km2|km²|sq ?km|sq ?mi|mi2|km|mi|m|ft|ha|acres?)$/u;

// Units a key may end with, as the figure reader writes them.
const keyUnits: ReadonlyMap<string, string> = new Map([['km2', 'km²'], ['km²', 'km²'], ['sqkm', 'km²'], ['sq km', 'km²'], ['sqmi', 'mi²'], ['sq mi', 'mi²'], ['mi2', 'mi²'], ['km', 'km'], ['mi', 'mi'], ['m', 'm'], ['ft', 'ft'], ['ha', 'ha'], ['acre', 'acre'], ['acres', 'acre']]);

// A line that dates a size line of the same base: `Num_employees_year: 2023` for `Num_employees`.
const sizeYearSuffixes = [' year', ' as of', ' date'];

// The words of a ship's `Fate` that end it: sold, laid up or preserved it goes on.
const shipEnd = /\b(?:scrapped|sunk|scuttled|wrecked|broken up|torpedoed|foundered|destroyed)\b/i;

// The words of a body's `Fate` that end it: merged or taken over it may go on under another name.
const bodyEnd = /\b(?:liquidated|dissolved|disbanded|wound up|bankrupt|bankruptcy|ceased trading)\b/i;

// Keys whose value only qualifies another line of the same group.
const companionBases = new Set(['established title', 'population as of', 'pop ref', 'population date', 'population year', 'population ref', 'office', 'title', 'population footnotes']);
const populationBases = new Set(['population', 'population total', 'pop', 'population estimate', 'population census']);
const populationCompanions = ['population as of', 'pop ref', 'population date', 'population year', 'population ref'];

/**
 * The frames of an article's infobox, each line read with its companion
 * lines: `Established_Title1: Incorporated` says what `Established_Date1`
 * dates; `Population_As_Of: 2010` dates `Population_Total`; `Office1:
 * Governor of Eastmarch` names the role `Term_Start1` starts. Every frame is
 * about the article's subject. Lines the registry does not know give none.
 */
export function infoboxFrames(article: SegmentedArticle, claimsOf: (sentence: number) => readonly Claim[]): Map<number, Frame[]> {
  const fields: Field[] = [];
  for (const sentence of article.sentences) {
    if (sentence.where !== 'infobox' || sentence.infoboxKey === undefined) continue;
    // `Population (2016)`, `Revenue (2019 est.)`: the bracket qualifies the value; the key is what is left.
    // `area_total_km2`, `elevation_m`: the unit the key gives its bare value is no part of what the key measures.
    const words = sentence.infoboxKey.toLowerCase().replace(/\([^()]*\)/g, ' ').replace(/[_\s]+/g, ' ').trim().replace(countingPrefix, '');
    const unit = keyUnitSuffix.exec(words)?.[0].trim();
    const key = words.replace(keyUnitSuffix, '');
    const number = /^(.*?)\s?(\d{1,2})$/.exec(key);
    fields.push({ sentence, base: number ? (number[1] as string).trim() : key, group: number ? (number[2] as string) : '', claims: claimsOf(sentence.index), ...(unit && keyUnits.has(unit) ? { unit: keyUnits.get(unit) as string } : {}) });
  }
  const companion = (base: string, group: string): Field | undefined => fields.find((field) => field.base === base && field.group === group);
  const result = new Map<number, Frame[]>();
  // A ship the article raises or rebuilds had more than one end: its `Fate` is not the one end to hold the prose to.
  const returns = fields.some((field) => field.base === 'fate') && tellsShipReturn(article.text);
  for (const field of fields) {
    if (companionBases.has(field.base) || (returns && field.base === 'fate') || datesSize(field)) continue;
    const meaning = meaningOf(field, companion);
    if (!meaning) continue;
    const frames = framesOf(article, field, meaning);
    if (frames.length > 0) result.set(field.sentence.index, frames);
  }
  return result;
}

function meaningOf(field: Field, companion: (base: string, group: string) => Field | undefined): Meaning | undefined {
  if (field.base === 'established date' || field.base === 'established') {
    // `Established_Title1: Incorporated` says what the date is; a numbered date with no known title (`Acts of Union`) says nothing.
    // A numbered date needs its title: `Established_Date1: 1535` beside `Established_Title1: Laws in Wales Acts` is no founding.
    const title = companion('established title', field.group)?.sentence.plain ?? (field.group === '' ? 'established' : '');
    const entry = infoboxEvent(title.toLowerCase().trim());
    return entry ? { type: entry.type, value: 'date' } : undefined;
  }
  if (populationBases.has(field.base)) {
    const year = populationCompanions.map((base) => companion(base, field.group)).find((found) => found !== undefined);
    return { type: 'size', value: 'figure', measure: 'population', ...(year ? { dates: year.claims.filter((claim) => claim.kind === 'date') } : {}) };
  }
  // A footballer's `Years4: 1994–1995` spans `Clubs4`, a membership, not an office.
  if (field.base === 'years' && companion('clubs', field.group)) return { type: 'membership', value: 'span', aspect: 'state' };
  // A ship's `Fate: Scrapped 1933`, `Fate: Sunk by U-boat, 1942`: the end of the ship, when the words say it ended.
  if (field.base === 'fate' && shipEnd.test(field.sentence.plain)) return { type: 'closure', value: 'date' };
  // A company's `Fate: Liquidated in 1931; assets sold to …`: the end of the body, when the words say it ended.
  if (field.base === 'fate' && bodyEnd.test(field.sentence.plain)) return { type: 'dissolution', value: 'date' };
  // A battle's `Location` beside its `Date` places the event the date dates.
  if (field.base === 'location' && companion('date', '')) return { type: 'occurrence', value: 'place', aspect: 'point' };
  // `Leader_Name1: Norm Kelly` holds the office `Leader_Title1: Deputy Mayor` names, of the subject.
  if (field.base === 'leader name') {
    const title = companion('leader title', field.group)?.sentence.plain ?? '';
    return { type: 'office', value: 'name', aspect: 'state', role: roleOfWords(title.split(/\s+/)) ?? (title.trim() || null) };
  }
  // `area_total_km2`: wikitext writes the qualifier after the measure (`area total`, the registry's `total area`).
  const entry = infoboxEvent(field.base) ?? infoboxEvent(field.base.replace(/^(.+) (total|land|water)$/u, '$2 $1')) ?? roleKey(field, companion);
  if (!entry) return undefined;
  if (entry.type === 'office') {
    const office = companion('office', field.group) ?? companion('title', field.group);
    // `Office: Member of the Assembly for Harlowe East`: an office no role noun names is still that office, no other.
    const role = office ? (roleOfWords(office.sentence.plain.split(/\s+/)) ?? (office.sentence.plain.trim().toLowerCase() || null)) : null;
    return { ...entry, role: role ?? (entry.value === 'name' ? roleOfWords(field.base.split(' ')) ?? field.base : null) };
  }
  if (entry.type !== 'size') return entry;
  const year = sizeYearSuffixes.map((suffix) => companion(`${field.base}${suffix}`, field.group)).find((found) => found !== undefined);
  return { ...entry, measure: field.base.replace(/^(?:total|main) /, '').replace(/ (?:total|estimate)$/, ''), ...(year ? { dates: year.claims.filter((claim) => claim.kind === 'date') } : {}) };
}

/**
 * `President: Colin Carter`, `Current Chair: Cho Jung-tai`: a key that is an
 * office names who holds it over the subject — unless the infobox is a
 * holder's own (`Office1` … `President1`), where such a key names a superior.
 */
function roleKey(field: Field, companion: (base: string, group: string) => Field | undefined): Meaning | undefined {
  if (companion('office', field.group) || companion('office', '') || companion('office', '1')) return undefined;
  const words = field.base.replace(/^current /, '').split(' ');
  const role = roleOfWords(words);
  if (role === null || words.length > role.split(' ').length + 1) return undefined;
  return { type: 'office', value: 'name', aspect: 'state', role };
}

/** `Num_employees_year: 2023`: a line that only dates a size line. */
function datesSize(field: Field): boolean {
  return sizeYearSuffixes.some((suffix) => field.base.endsWith(suffix) && infoboxEvent(field.base.slice(0, -suffix.length))?.type === 'size');
}

function framesOf(article: SegmentedArticle, field: Field, meaning: Meaning): Frame[] {
  const { sentence } = field;
  const placed = field.claims.map((claim) => ({ claim, start: sentence.fromSource(claim.position.start.offset), end: sentence.fromSource(claim.position.end.offset) }));
  const dates = [...placed.filter((entry) => entry.claim.kind === 'date').map((entry) => entry.claim), ...(meaning.dates ?? [])];
  const figures = placed.filter((entry) => entry.claim.kind === 'quantity' || entry.claim.kind === 'money').map((entry) => entry.claim);
  const place = placed.find((entry) => entry.claim.kind === 'place')?.claim ?? null;
  const names: Array<{ start: number; end: number; text: string; claim?: Claim }> = placed.filter((entry) => entry.claim.kind === 'person' || entry.claim.kind === 'organization').map((entry) => ({ ...entry, text: entry.claim.text }));
  // `Clubs9: Cleveland Crunch (indoor)`: a name no extractor knew is still the value, up to its first bracket or comma.
  const bare = capitalisedLead.exec(sentence.plain)?.[0].trimEnd();
  if (meaning.value === 'name' && names.length === 0 && bare) names.push({ start: 0, end: bare.length, text: bare });
  const definition = eventType(meaning.type);
  const subject: FrameArgument = { text: article.title ?? '', form: 'subject', strategy: 'infobox' };
  const base: Frame = {
    type: meaning.type,
    predicate: `infobox ${sentence.infoboxKey ?? field.base}`,
    trigger: [0, sentence.plain.length],
    span: [0, sentence.plain.length],
    voice: 'structure',
    agent: null,
    patient: null,
    dates: dates.map((claim) => ({ claim })),
    figures: meaning.value === 'figure' ? figures : [],
    // `Born: 3 April 1911, Dundee, Scotland`: a date field may name the place too.
    place: meaning.value === 'place' || (meaning.value === 'date' && dates.length > 0) ? place : null,
    role: meaning.role ?? null,
    aspect: meaning.aspect ?? (definition.stateful ? 'state' : null),
    negated: false,
    repeated: false,
    source: 'infobox',
    ...(meaning.measure ? { measure: meaning.measure } : {}),
    ...(meaning.value === 'figure' && field.unit ? { unit: field.unit } : {}),
  };
  const withSubject = (other: FrameArgument | null): Pick<Frame, 'agent' | 'patient'> => (definition.about === 'agent' ? { agent: subject, patient: other } : { agent: other, patient: subject });
  if (meaning.value === 'name') {
    // `Allies: X, ASPRET (2018–2022)`: each name is an item of its own, up to the next name, with the dates written in it.
    const ordered = [...names].sort((a, b) => a.start - b.start);
    const items = ordered.map((entry, index) => {
      let end = ordered[index + 1]?.start ?? sentence.plain.length;
      while (end > entry.end && /[\s,;]/u.test(sentence.plain.charAt(end - 1))) end--;
      const own = placed.filter((date) => date.claim.kind === 'date' && date.start >= entry.end && date.end <= end);
      // `Henry Falk (m. 1931; died 1960)`: the wedding is the date after `m.`; a divorce or a death ends it, no second wedding.
      const wedded = meaning.type === 'marriage' ? own.filter((date) => weddingMark.test(sentence.plain.slice(Math.max(entry.end, date.start - 12), date.start))) : [];
      return { entry, end, dates: (wedded.length > 0 ? wedded : own).map((date) => date.claim) };
    });
    // One spouse too: `Britt Lund (m. 1956; died 2003)` is wed in 1956 only.
    const itemised = (items.length > 1 || meaning.type === 'marriage') && items.some((item) => item.dates.length > 0);
    return items.map(({ entry, end, dates: own }) => {
      const name: FrameArgument = { start: entry.start, end: entry.end, text: entry.text, ...(entry.claim ? { claim: entry.claim.id } : {}), form: 'name', strategy: 'infobox' };
      const item: Frame = itemised ? { ...base, span: [entry.start, end], dates: own.map((claim) => ({ claim })) } : base;
      // `Leader: X`, `Founder: X` and `Builder: X` name the holder, founder or builder of the subject; `Spouse: X` the subject's partner.
      return { ...item, ...(meaning.type === 'office' || meaning.type === 'founding' || meaning.type === 'construction' ? { agent: name, patient: subject } : withSubject(name)) };
    });
  }
  if (meaning.value === 'figure' && figures.length === 0) return [];
  if ((meaning.value === 'date' || meaning.value === 'span') && dates.length === 0) return [];
  if (meaning.value === 'place' && !place) return [];
  // `Term_Start: 2015` is the subject's own office: the subject holds it.
  if (meaning.type === 'office') return [{ ...base, agent: subject, patient: null }];
  return [{ ...base, ...withSubject(null) }];
}

// The mark before a wedding's date in a spouse field: `(m. 1931)`, `(married 1931)`.
const weddingMark = /\b(?:m\.|married)\s*$/u;
