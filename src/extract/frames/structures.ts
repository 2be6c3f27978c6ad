import { agentNouns, eventNoun, type EventTypeId } from '../../lexicon/events.js';
import { roleOfWords } from '../../lexicon/roles.js';
import type { Claim } from '../../schema/claims.js';
import type { ArticleSentence } from '../../segment/index.js';
import { listOffice, structureFrame, type ParsedSentence, type ReaderContext } from './reader.js';
import type { Frame, FrameArgument, Unit } from './types.js';
import { startsUpperCase } from '../../util/letters.js';

type Read = (parsed: ParsedSentence, context: ReaderContext) => Frame[];

/**
 * The frames of a prose sentence or list row: a list row that opens with a
 * noun phrase and a colon (`- X (Alias): killed in 2013`) is read with that
 * phrase as the subject of its clauses.
 */
export function structureFrames(sentence: ArticleSentence, parsed: ParsedSentence, read: Read, title: string | null, announced: EventTypeId | null = null, announcedRole: string | null = null, announcedDeed: EventTypeId | null = null): Frame[] {
  const head = sentence.where === 'list' ? listHead(parsed) : undefined;
  const role = sentence.where === 'list' ? (headingRole(sentence.sectionPath) ?? announcedRole) : null;
  const frames = read(parsed, {
    ...(head ? { implicitSubject: head } : {}),
    ...(role ? { listRole: role, listBody: { text: title ?? '', form: 'subject', strategy: 'heading' } } : {}),
  });
  const listed = sentence.where === 'list' ? (announced ?? headingEvent(sentence.sectionPath)) : null;
  const row = listed && !frames.some((frame) => frame.type === listed) ? rowEvent(parsed, listed, title) : null;
  const holder = head && !frames.some((frame) => frame.type === 'office') ? officeRow(parsed, head, title) : null;
  const honours = head && sentence.where === 'list' && honoursSection(sentence.sectionPath) && !frames.some((frame) => frame.type === 'award') ? honoursRow(parsed, head, title) : [];
  const deed = sentence.where === 'list' && role === null ? (headingDeed(sentence.sectionPath) ?? announcedDeed) : null;
  const doer = deed && !frames.some((frame) => frame.type === deed) ? deedRow(parsed, deed, title) : null;
  const withPatients = deed && title !== null ? frames.map((frame) => withDeedPatient(frame, deed, title)) : frames;
  return [...withPatients, ...(row ? [row] : []), ...(holder ? [holder] : []), ...honours, ...(doer ? [doer] : [])];
}

/**
 * The event type a plural noun of doers names (`alumni`, `graduates`,
 * `members`, `former employees`): the agent nouns of the registry, with the
 * Latin plurals of `alumnus` and `alumna`.
 */
function deedOfPlural(word: string): EventTypeId | null {
  const singulars = [singularOf(word), ...(word.endsWith('i') ? [`${word.slice(0, -1)}us`] : []), ...(word.endsWith('ae') ? [word.slice(0, -1)] : [])];
  for (const singular of singulars) if (singular !== word && agentNouns.has(singular)) return agentNouns.get(singular) ?? null;
  return null;
}

/** `== Notable alumni ==`, `=== Former members ===`: the deed each person a section lists did with the article's subject. */
function headingDeed(path: readonly string[]): EventTypeId | null {
  const heading = path[path.length - 1];
  const last = heading?.toLowerCase().split(/[^\p{L}-]+/u).filter(Boolean).pop();
  return last === undefined ? null : deedOfPlural(last);
}

/**
 * `Some of the former employees of DEC's Research Labs include:`: the deed of
 * the people the list after a sentence ending on a colon names, by the plural
 * noun of doers it announces them with.
 */
export function announcedDeed(plain: string): EventTypeId | null {
  if (!plain.trimEnd().endsWith(':')) return null;
  for (const word of plain.toLowerCase().split(/[^\p{L}-]+/u)) {
    const deed = word.endsWith('s') || word.endsWith('i') || word.endsWith('ae') ? deedOfPlural(word) : null;
    if (deed) return deed;
  }
  return null;
}

/**
 * `- Mats Hillert, metallurgist` under `== Notable alumni ==`: the name a
 * row opens with did the section's deed with the article's subject (studied
 * at it, worked for it, was a member of it). Undated: a year on such a row
 * is as often a class year or a prize's as the deed's.
 */
function deedRow(parsed: ParsedSentence, type: EventTypeId, title: string | null): Frame | null {
  const first = parsed.phrases[0];
  if (first?.type !== 'np' || first.form !== 'name' || title === null) return null;
  const [start, end] = [(parsed.units[first.first] as Unit).start, (parsed.units[first.last] as Unit).end];
  const head = parsed.units[first.head] as Unit;
  if (head.claim !== undefined && head.claim.kind !== 'person') return null;
  const agent: FrameArgument = { start, end, text: parsed.input.plain.slice(start, end), ...(head.claim ? { claim: head.claim.id } : {}), form: 'name', strategy: 'list-head' };
  return structureFrame(type, `list ${type}`, [start, end], [0, parsed.input.plain.length], { agent, patient: { text: title, form: 'subject', strategy: 'heading' }, dates: [], role: null, aspect: 'state', source: 'list' });
}

/**
 * `- Eleanor Vance, who graduated in 1889` under `== Notable alumni ==`: a
 * clause of the section's deed that names no one it was done with was done
 * with the article's subject, as the row itself says by being listed there.
 */
function withDeedPatient(frame: Frame, deed: EventTypeId, title: string): Frame {
  if (frame.type !== deed || frame.patient !== null || frame.negated) return frame;
  return { ...frame, patient: { text: title, form: 'subject', strategy: 'heading' } };
}

// Headings of a list of what the subject won, one competition or prize a row.
const honoursHeadings: ReadonlySet<string> = new Set(['honours', 'honors', 'titles', 'trophies', 'achievements']);

/** Placings that say the subject won: `Serie B champions`, a table's `Winners` cell. */
export const winningPlacings: ReadonlySet<string> = new Set(['champion', 'champions', 'winner', 'winners']);

// Words after a competition that say how the subject placed in it: `Serie B champions`, `Golden Boy runner-up`.
const placings: ReadonlySet<string> = new Set([...winningPlacings, 'runner-up', 'runners-up']);

/** Whether a section lists what the subject won: `== Honours ==`, `=== Titles ===`. */
export function honoursSection(path: readonly string[]): boolean {
  return path.some((heading) => heading.toLowerCase().split(/[^\p{L}]+/u).some((word) => honoursHeadings.has(word)));
}

/**
 * `- Serie B champions: 1956–57, 1981–82` under `== Honours ==`: each season
 * the row dates is a title the article's subject won in the competition the
 * row opens with (its placing, `champions`, `runner-up`, left off).
 */
function honoursRow(parsed: ParsedSentence, head: FrameArgument, title: string | null): Frame[] {
  if (title === null) return [];
  const words = head.text.split(' ');
  const competition = (placings.has((words[words.length - 1] ?? '').toLowerCase()) ? words.slice(0, -1) : words).join(' ').trim();
  if (competition === '' || !startsUpperCase(competition)) return [];
  const prize: FrameArgument = { start: head.start ?? 0, end: (head.start ?? 0) + competition.length, text: competition, form: 'name', strategy: 'list-head' };
  return parsed.units.flatMap((unit) => {
    if (unit.claim?.kind !== 'date' || unit.start < (head.end ?? 0)) return [];
    const agent: FrameArgument = { text: title, form: 'subject', strategy: 'heading' };
    return [structureFrame('award', 'list honour', [head.start ?? 0, head.end ?? 0], [0, parsed.input.plain.length], { agent, patient: prize, dates: [{ claim: unit.claim }], role: null, aspect: null, source: 'list' })];
  });
}

/**
 * `- Chairman: Martin Crowe`, `- Current Chair: Cho Jung-tai (2019-)`: a
 * row whose head is an office and whose text is a person's name says the
 * person holds that office of the article's subject, over the row's dates.
 */
function officeRow(parsed: ParsedSentence, head: FrameArgument, title: string | null): Frame | null {
  // `- Chairman: Cho Jung-tai`: an office written capitalised is read as a name, and is still the row's office.
  if ((head.form !== 'nominal' && head.form !== 'name') || title === null) return null;
  const words = head.text.toLowerCase().replace(/^current /, '').split(/\s+/);
  const role = roleOfWords(words);
  if (role === null || words.length > role.split(' ').length + 1) return null;
  // A name the tagger split (`Luo Wen-jia`, its last part in lower case) opens on a proper noun.
  const named = (phrase: ParsedSentence['phrases'][number]): boolean => phrase.type === 'np' && (phrase.form === 'name' || (phrase.form === 'nominal' && (parsed.units[phrase.first] as Unit).pos === 'PROPN'));
  const name = parsed.phrases.find((phrase) => phrase.type === 'np' && (parsed.units[phrase.first] as Unit).start >= (head.end ?? 0) && named(phrase));
  const person = name?.type === 'np' ? (parsed.units[name.head] as Unit) : undefined;
  // `- Current Secretary-General: Luo Wen-jia (since January 2019)`: a name the extractor left untyped is the holder too.
  if (name?.type !== 'np' || person === undefined || (person.claim !== undefined && person.claim.kind !== 'person')) return null;
  const dates = parsed.units.flatMap((unit) => (unit.claim?.kind === 'date' ? [{ claim: unit.claim }] : []));
  const [start, end] = [(parsed.units[name.first] as Unit).start, (parsed.units[name.last] as Unit).end];
  const holder: FrameArgument = person.claim ? { start: person.start, end: person.end, text: person.text, claim: person.claim.id, form: 'name', strategy: 'list-head' } : { start, end, text: parsed.input.plain.slice(start, end), form: 'name', strategy: 'list-head' };
  return listOffice(role, [head.start ?? 0, head.end ?? 0], [0, parsed.input.plain.length], holder, { text: title, form: 'subject', strategy: 'heading' }, dates, 'list');
}

// Event nouns whose plural heads a list of the article subject's own deeds, one a row, each naming what it was done to.
// Not awards: a list of honours names one prize again and again (`1998: Grammy Award`, `2002: Grammy Award`).
const listedEvents: ReadonlySet<EventTypeId> = new Set(['acquisition', 'publication']);

// The marks that end a list row's item: `Dalmuir Forge, for £2 million`, `Lowland (2012)`.
const itemEnds: ReadonlySet<string> = new Set([',', '(', ';', ':', '.', '–', '—']);

// Headings of a list of the subject's own works, one a row: each was published (released, screened) by the subject.
const workHeadings: ReadonlySet<string> = new Set(['filmography', 'discography', 'bibliography', 'works', 'albums', 'films', 'books', 'novels', 'singles', 'recordings', 'documentaries']);

/**
 * A list's rows are events of the subject that the sentence before the list
 * announces (`The band has released three studio albums:`), when that
 * sentence ends with a colon and states one of the listed events.
 */
export function announcedEvent(plain: string, frames: readonly Frame[]): EventTypeId | null {
  if (!plain.trimEnd().endsWith(':')) return null;
  return frames.find((frame) => listedEvents.has(frame.type))?.type ?? null;
}

/** `== Acquisitions ==`, `=== Publications ===`, `== Filmography ==`: the events of the article's subject a list section lists. */
function headingEvent(path: readonly string[]): EventTypeId | null {
  const heading = path[path.length - 1];
  const last = heading?.toLowerCase().split(/[^\p{L}-]+/u).filter(Boolean).pop();
  if (last !== undefined && workHeadings.has(last)) return 'publication';
  if (!last?.endsWith('s')) return null;
  const type = eventNoun(last.slice(0, -1))[0];
  return type && listedEvents.has(type) ? type : null;
}

/**
 * `- 1962: Dalmuir Forge, for £2 million` under `Acquisitions`: the row's
 * item, from its first name to its first comma or bracket, is what the
 * article's subject acquired (published), on the row's dates, for its sums.
 */
function rowEvent(parsed: ParsedSentence, type: EventTypeId, title: string | null): Frame | null {
  const name = parsed.phrases.find((phrase) => phrase.type === 'np' && phrase.form === 'name');
  if (name?.type !== 'np' || title === null) return null;
  let through = name.first;
  while (through + 1 < parsed.units.length && !itemEnds.has((parsed.units[through + 1] as Unit).text)) through++;
  const [first, last] = [parsed.units[name.first] as Unit, parsed.units[through] as Unit];
  const head = parsed.units[name.head] as Unit;
  const claims = parsed.units.flatMap((unit) => (unit.claim ? [unit.claim] : []));
  const ofKind = (...kinds: Array<Claim['kind']>): Claim[] => claims.filter((claim) => kinds.includes(claim.kind));
  const end = parsed.input.plain.length;
  return {
    type,
    predicate: `list ${type}`,
    trigger: [first.start, last.end],
    span: [0, end],
    voice: 'structure',
    agent: { text: title, form: 'subject', strategy: 'heading' },
    patient: { start: first.start, end: last.end, text: parsed.input.plain.slice(first.start, last.end), ...(head.claim && through === name.last ? { claim: head.claim.id } : {}), form: 'name', strategy: 'heading' },
    dates: ofKind('date').map((claim) => ({ claim })),
    figures: ofKind('money', 'quantity'),
    place: null,
    role: null,
    aspect: null,
    negated: false,
    repeated: false,
    source: 'list',
  };
}

/** A plural heading word's singular: `bishops`, `deputies`, `chairmen`, `directors-general` (the plural is the first part's). */
function singularOf(word: string): string {
  const dash = word.indexOf('-');
  if (dash > 0) {
    const first = word.slice(0, dash);
    const one = singularOf(first);
    if (one !== first) return `${one}${word.slice(dash)}`;
    // `vice-chancellors`, `prime-ministers`: else the plural is the last part's.
    const last = word.lastIndexOf('-');
    return `${word.slice(0, last + 1)}${singularOf(word.slice(last + 1))}`;
  }
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('men')) return `${word.slice(0, -3)}man`;
  return word.endsWith('s') ? word.slice(0, -1) : word;
}

/**
 * `The following lists all of the Presidents and Deans of Barnard College
 * from 1889 to present.`: the office a sentence that announces a list names
 * in the plural, for the rows after it (a heading's office comes first).
 */
export function announcedListRole(plain: string): string | null {
  return listAnnouncement.test(plain) ? headingRole([plain]) : null;
}

// Words of a sentence that introduces the list after it.
const listAnnouncement = /\b(?:following|lists?|listed|below)\b/i;

/** `==Leaders==`, `=== Presidents of the club ===`: the office a list or table section is a list of. */
export function headingRole(path: readonly string[]): string | null {
  const heading = path[path.length - 1];
  if (!heading) return null;
  const words = heading.toLowerCase().split(/[^\p{L}-]+/u).filter(Boolean);
  for (const word of words) {
    const singular = singularOf(word);
    const role = roleOfWords([singular]);
    if (role !== null && word !== singular) return role;
  }
  return null;
}

/**
 * `Víctor Quispe Palomino (Comrade José): leader of …`, `Second congress:
 * held in Porto` — the noun phrase a list row opens with, before its colon
 * or dash, is what the row's clauses are about.
 */
function listHead(parsed: ParsedSentence): FrameArgument | undefined {
  const first = parsed.phrases[0];
  if (first?.type !== 'np') return undefined;
  let at = 1;
  if (parsed.units[parsed.phrases[at]?.first ?? -1]?.text === '(') {
    while (at < parsed.phrases.length && parsed.units[(parsed.phrases[at] as { first: number }).first]?.text !== ')') at++;
    at++;
  }
  const separator = parsed.units[parsed.phrases[at]?.first ?? -1]?.text;
  const named = first.form === 'name';
  if (separator !== ':' && !(named && (separator === ',' || separator === '–' || separator === '—' || separator === '-'))) return undefined;
  const head = parsed.units[first.head] as Unit;
  const start = (parsed.units[first.first] as Unit).start;
  const end = (parsed.units[first.last] as Unit).end;
  return {
    start,
    end,
    text: parsed.input.plain.slice(start, end),
    ...(head.claim ? { claim: head.claim.id } : {}),
    form: first.form,
    ...(first.form === 'nominal' ? { head: head.lemma } : {}),
    strategy: 'list-head',
  };
}
