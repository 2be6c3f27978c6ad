import { describe, expect, it } from 'vitest';
import { analyze, type Claim, type EventClaim, type FileReport } from '../src/index.js';
import { describeShared, isSharedArticle, readArticle, readFixture } from './helpers/fixtures.js';
import { expectExactPosition } from './helpers/positions.js';

/** What an expected (or forbidden) event must match; every given field must agree. */
interface EventExpectation {
  type: string;
  subject?: string;
  object?: string;
  objectText?: string;
  /** The words the subject is named by, as written (`the boatyard Marr & Dunn`), for a subject no entity stands for. */
  subjectText?: string;
  role?: string;
  aspect?: string;
  name?: string;
  quote?: string;
  /** Quotes of the date claims the event points at. */
  date?: string;
  start?: string;
  end?: string;
  datePart?: string;
  figure?: string;
  /** Where the fact is stated: `infobox`, `list`, `table` (prose when absent). */
  source?: string;
  /** What a size or casualty figure counts. */
  measure?: string;
  modality?: string;
}

interface EventTable {
  article: string;
  events: EventExpectation[];
  absent: EventExpectation[];
}

// One file of tables, keyed by the name each table had as a file of its own.
const tables = Object.entries(JSON.parse(readFixture('resolve', 'events.json')) as Record<string, EventTable>).sort(([a], [b]) => a.localeCompare(b));

function matches(file: FileReport, event: EventClaim, expected: EventExpectation): boolean {
  const claims = new Map<string, Claim>(file.claims.map((claim) => [claim.id, claim]));
  const entity = (id: string | null | undefined) => file.entities.find((candidate) => candidate.id === id)?.canonical;
  const quoteOf = (id: string | undefined) => (id === undefined ? undefined : claims.get(id)?.text);
  const value = event.value;
  const checks: Array<[unknown, unknown]> = [
    [expected.type, value.type],
    [expected.subject, entity(value.subject)],
    [expected.object, entity(value.object)],
    [expected.objectText, value.objectText],
    [expected.subjectText, value.subjectText],
    [expected.role, value.role],
    [expected.aspect, value.aspect],
    [expected.name, value.name],
    [expected.quote === undefined ? undefined : true, expected.quote !== undefined && (event.text.includes(expected.quote) || expected.quote.includes(event.text))],
    [expected.date, quoteOf(value.date)],
    [expected.start, quoteOf(value.start)],
    [expected.end, quoteOf(value.end)],
    [expected.datePart, value.datePart],
    [expected.modality, value.modality],
    [expected.source, value.source],
    [expected.measure, value.measure],
  ];
  if (expected.figure !== undefined && !(value.figures ?? []).some((id) => quoteOf(id) === expected.figure)) return false;
  return checks.every(([want, have]) => want === undefined || want === have);
}

for (const [name, table] of tables) (isSharedArticle(table.article) ? describeShared : describe)(`events of ${name}`, () => {
  const text = readArticle(table.article);
  const file = analyze(text).files[0] as FileReport;
  const events = file.claims.filter((claim): claim is EventClaim => claim.kind === 'event');

  it('should quote every event exactly', () => {
    for (const event of events) expectExactPosition(text, event.position, event.text);
  });

  it.each(table.events.map((expected) => [JSON.stringify(expected), expected] as const))('should find %s', (_label, expected) => {
    expect(events.some((event) => matches(file, event, expected))).toBe(true);
  });

  it.each(table.absent.map((forbidden) => [JSON.stringify(forbidden), forbidden] as const))('should not find %s', (_label, forbidden) => {
    expect(events.filter((event) => matches(file, event, forbidden)).map((event) => event.text)).toEqual([]);
  });
});
