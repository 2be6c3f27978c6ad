import { eventType, infoboxEvent, tableBoundHeaders, workNouns, type Aspect, type EventTypeId } from '../../lexicon/events.js';
import type { Claim } from '../../schema/claims.js';
import type { ArticleSentence } from '../../segment/index.js';
import { headingRole, honoursSection, winningPlacings } from './structures.js';
import type { Frame, FrameArgument } from './types.js';
import { startsUpperCase } from '../../util/letters.js';

// Headings of a table of the subject's members, one a row: a band's line-up, a club's squad.
const memberHeadings: ReadonlySet<string> = new Set(['members', 'line-up', 'lineup', 'personnel', 'roster', 'squad', 'players']);

// Column heads of the span a row's member belonged.
const spanHeaders: ReadonlySet<string> = new Set(['years', 'years active', 'active', 'tenure', 'period', 'span']);

function membersSection(path: readonly string[]): boolean {
  const heading = path[path.length - 1];
  return heading !== undefined && heading.toLowerCase().split(/[^\p{L}-]+/u).some((word) => memberHeadings.has(word));
}

/**
 * The frame of one table cell read as a clause of its row: the row's first
 * cell is what it is about, the column's head says what the cell's date is.
 * Under a heading that names an office (`== Mayors ==`), `From` and `To`
 * columns start and end the term of the row's person in that office; any
 * column whose head is an infobox key of the registry (`Opened`, `Born`,
 * `Founded`) dates that event of the row's subject. Under a heading of
 * members (`== Members ==`, `== Squad ==`), a `Years` column is the span the
 * row's person belonged to the article's subject. A cell with no date (a
 * dash, a blank) says nothing.
 */
export function tableCellFrames(sentence: ArticleSentence, claims: readonly Claim[], title: string | null, rowHeadClaims: readonly Claim[] = []): Frame[] {
  const cell = sentence.cell;
  if (!cell || cell.column === 0 || cell.rowHead === '') return [];
  const size = yearRowSize(sentence, claims, title, rowHeadClaims);
  if (size) return [size];
  const dates = claims.filter((claim) => claim.kind === 'date');
  if (dates.length === 0) return [];
  const header = cell.header.toLowerCase().replace(/\s+/g, ' ').trim();
  const row: FrameArgument = { text: cell.rowHead, form: 'name', strategy: 'row-head' };
  const role = headingRole(sentence.sectionPath);
  const bound = role ? tableBoundHeaders.get(header) : undefined;
  if (role && bound) {
    const body: FrameArgument = { text: title ?? '', form: 'subject', strategy: 'heading' };
    return [frame(sentence, 'office', header, dates, { agent: row, patient: body, role, aspect: bound })];
  }
  if (spanHeaders.has(header) && membersSection(sentence.sectionPath)) {
    const group: FrameArgument = { text: title ?? '', form: 'subject', strategy: 'heading' };
    return [frame(sentence, 'membership', header, dates, { agent: row, patient: group, role: null, aspect: 'state' })];
  }
  const entry = infoboxEvent(header);
  if (!entry || entry.value !== 'date') return [];
  const definition = eventType(entry.type);
  const about = definition.about === 'agent' ? { agent: row, patient: null } : { agent: null, patient: row };
  return [frame(sentence, entry.type, header, dates, { ...about, role: null, aspect: entry.aspect ?? (definition.stateful ? 'state' : null) })];
}

/**
 * `| 2020 | 13,905 |` under a `Population` column, `| 2019 | The Salt Choir
 * | 12,400 |` under `Attendance`: a count in a column whose head is a size
 * the registry maps, on a row headed by a year, is that size of the
 * article's subject in that year.
 */
function yearRowSize(sentence: ArticleSentence, claims: readonly Claim[], title: string | null, rowHeadClaims: readonly Claim[]): Frame | undefined {
  // `Seats won`, `Seats held`: the count a column gives, whatever verb its head adds.
  const header = (sentence.cell?.header ?? '').toLowerCase().replace(/\s+/g, ' ').trim().replace(/ (?:won|held|gained|taken)$/u, '');
  const entry = infoboxEvent(header);
  const figure = claims.find((claim) => claim.kind === 'quantity' || claim.kind === 'money');
  const year = rowHeadClaims.length === 1 && rowHeadClaims[0]?.kind === 'date' ? rowHeadClaims[0] : undefined;
  if (title === null || entry?.type !== 'size' || !figure || !year || year.text !== sentence.cell?.rowHead) return undefined;
  const subject: FrameArgument = { text: title, form: 'subject', strategy: 'heading' };
  return { ...frame(sentence, 'size', header, [year], { agent: subject, patient: null, role: null, aspect: null }), figures: [figure], measure: header };
}

function frame(
  sentence: ArticleSentence,
  type: EventTypeId,
  header: string,
  dates: readonly Claim[],
  parts: { agent: FrameArgument | null; patient: FrameArgument | null; role: string | null; aspect: Aspect | null },
): Frame {
  return {
    type,
    predicate: `column ${header}`,
    trigger: [0, sentence.plain.length],
    span: [0, sentence.plain.length],
    voice: 'structure',
    ...parts,
    dates: dates.map((claim) => ({ claim })),
    figures: [],
    place: null,
    negated: false,
    repeated: false,
    source: 'prose',
  };
}

/**
 * `| 1998 | Challenge Cup | Winners |` under `== Honours ==`: a row whose
 * result cell says the subject won is a title the article's subject won in
 * the competition the row names (its first capitalised cell with no date),
 * in the row's dates. The frame stands on the result cell. A row of a
 * placing below the first (`Runners-up`) wins nothing.
 */
export function honoursRowFrames(row: readonly ArticleSentence[], claimsOf: (sentence: number) => readonly Claim[], title: string | null): Map<number, Frame[]> {
  const frames = new Map<number, Frame[]>();
  const first = row[0];
  if (title === null || !first || !honoursSection(first.sectionPath)) return frames;
  const result = row.find((cell) => winningPlacings.has(cell.plain.trim().toLowerCase()));
  const dates = row.flatMap((cell) => claimsOf(cell.index).filter((claim) => claim.kind === 'date'));
  const competition = row.find((cell) => cell !== result && startsUpperCase(cell.plain.trim()) && !claimsOf(cell.index).some((claim) => claim.kind === 'date'));
  if (!result || !competition || dates.length === 0) return frames;
  const prize: FrameArgument = { text: competition.plain.trim(), form: 'name', strategy: 'row-head' };
  const agent: FrameArgument = { text: title, form: 'subject', strategy: 'heading' };
  frames.set(result.index, [frame(result, 'award', 'honours row', dates, { agent, patient: prize, role: null, aspect: null })]);
  return frames;
}

// Column heads that name the work a row lists (a work noun of the registry, or these), and the heads of the column
// that dates it. `Title` names a work only under a heading of works (a boxer's record has a `Title` column too).
const titleHeaders: ReadonlySet<string> = new Set(['title', 'work']);
const worksHeadings = /\b(?:works|bibliography|discography|filmography|publications|albums|novels|books|films|singles|plays|operas|compositions|writings|recordings|releases)\b/iu;
const workYearHeaders: ReadonlySet<string> = new Set(['year', 'released', 'published', 'release date', 'date', 'first published', 'premiere']);

/**
 * `| 1914 || The Salt Marsh || Methuen |`, `| 2 | Lanterns | 2011 |`: a row
 * of a table of works, with a title column and a year column, tells when the
 * work it names first came out. The frame stands on the title cell.
 */
export function worksRowFrames(row: readonly ArticleSentence[], claimsOf: (sentence: number) => readonly Claim[]): Map<number, Frame[]> {
  const frames = new Map<number, Frame[]>();
  const headed = (heads: ReadonlySet<string>): ArticleSentence | undefined => row.find((cell) => heads.has((cell.cell?.header ?? '').toLowerCase().trim()));
  const work = headed(workNouns) ?? (row[0]?.sectionPath.some((heading) => worksHeadings.test(heading)) ? headed(titleHeaders) : undefined);
  const year = headed(workYearHeaders);
  if (!work || !year || work === year || work.plain.trim() === '') return frames;
  const dates = claimsOf(year.index).filter((claim) => claim.kind === 'date' && claim.value.granularity !== 'range');
  if (dates.length !== 1) return frames;
  const title: FrameArgument = { start: 0, end: work.plain.length, text: work.plain.trim(), form: 'name', strategy: 'row-head' };
  frames.set(work.index, [frame(work, 'publication', 'works row', dates, { agent: null, patient: title, role: null, aspect: null })]);
  return frames;
}
