import { eventType, infoboxEvent, tableBoundHeaders, type Aspect, type EventTypeId } from '../../lexicon/events.js';
import type { Claim } from '../../schema/claims.js';
import type { ArticleSentence } from '../../segment/index.js';
import { headingRole } from './structures.js';
import type { Frame, FrameArgument } from './types.js';

/**
 * The frame of one table cell read as a clause of its row: the row's first
 * cell is what it is about, the column's head says what the cell's date is.
 * Under a heading that names an office (`== Mayors ==`), `From` and `To`
 * columns start and end the term of the row's person in that office; any
 * column whose head is an infobox key of the registry (`Opened`, `Born`,
 * `Founded`) dates that event of the row's subject. A cell with no date (a
 * dash, a blank) says nothing.
 */
export function tableCellFrames(sentence: ArticleSentence, claims: readonly Claim[], title: string | null): Frame[] {
  const cell = sentence.cell;
  if (!cell || cell.column === 0 || cell.rowHead === '') return [];
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
  const entry = infoboxEvent(header);
  if (!entry || entry.value !== 'date') return [];
  const definition = eventType(entry.type);
  const about = definition.about === 'agent' ? { agent: row, patient: null } : { agent: null, patient: row };
  return [frame(sentence, entry.type, header, dates, { ...about, role: null, aspect: entry.aspect ?? (definition.stateful ? 'state' : null) })];
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
