import { analyze, ClaimcheckError, detectFormat, parseArticle, segmentArticle, type Report } from '../../src/index.js';
import { parseAs } from '../../src/parse/index.js';
import { ReportSchema } from '../../src/schema/report.js';
import { claimcheckErrorCodes } from '../../src/util/errors.js';
import { expectExactPosition, lineColumn } from '../../test/helpers/positions.js';

/** One input to check: the text and the format it is read as. */
export interface FuzzInput {
  text: string;
  format: 'auto' | 'wiki' | 'markdown';
}

const documentedCodes = new Set<string>(claimcheckErrorCodes);

/**
 * The invariants of one run, for inputs too large to run several times:
 * no unexpected error, a valid report, exact positions.
 */
export function singleRunViolations(input: FuzzInput): string[] {
  let report: Report;
  try {
    report = analyze(input.text, { format: input.format, maxFileSize: Number.MAX_SAFE_INTEGER });
  } catch (error) {
    if (error instanceof ClaimcheckError && documentedCodes.has(error.code)) return [];
    return [`analyze threw ${describe(error)}`];
  }
  const parsed = ReportSchema.safeParse(report);
  return [...(parsed.success ? [] : [`report does not match ReportSchema: ${parsed.error.issues[0]?.message}`]), ...reportPositionViolations(input.text, report)];
}

/**
 * Runs the whole pipeline on `input` and answers every broken invariant, as
 * one line each (empty when all hold):
 *
 * - it throws nothing but a `ClaimcheckError` with a documented code;
 * - the report validates against `ReportSchema`;
 * - every position in the report and every sentence is exact: offsets in
 *   range, line and column agree with the offset, quotes equal their slice;
 * - a second run gives byte-identical JSON;
 * - parsing in tiny pieces gives the same tree as parsing whole.
 */
export function violationsOf(input: FuzzInput): string[] {
  let report: Report;
  try {
    report = analyze(input.text, { format: input.format });
  } catch (error) {
    if (error instanceof ClaimcheckError && documentedCodes.has(error.code)) return [];
    return [`analyze threw ${describe(error)}`];
  }
  const violations: string[] = [];
  const parsed = ReportSchema.safeParse(report);
  if (!parsed.success) violations.push(`report does not match ReportSchema: ${parsed.error.issues[0]?.message} at ${parsed.error.issues[0]?.path.join('.')}`);
  violations.push(...reportPositionViolations(input.text, report), ...sentenceViolations(input), ...pieceViolations(input));
  try {
    if (JSON.stringify(analyze(input.text, { format: input.format })) !== JSON.stringify(report)) violations.push('a second run gave different JSON');
  } catch (error) {
    violations.push(`the second run threw ${describe(error)}`);
  }
  return violations;
}

type PositionLike = Parameters<typeof expectExactPosition>[1];

/**
 * Checks every position found anywhere in `report` against `text`, with the
 * `quote` or `text` beside it: one line per broken position.
 */
export function reportPositionViolations(text: string, report: unknown): string[] {
  const violations: string[] = [];
  for (const [where, position, quote] of positionsIn(report)) {
    const broken = positionViolation(text, position, quote);
    if (broken) violations.push(`${where}: ${broken}`);
  }
  return violations;
}

/** Every object of the report with a `position`, with its path and its `quote` or `text` when it has one. */
function* positionsIn(value: unknown, path = 'report'): Generator<[string, PositionLike, string | undefined]> {
  // An explicit stack: reports can be deep, and this must not be what overflows.
  const stack: Array<[unknown, string]> = [[value, path]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [node, at] = next;
    if (Array.isArray(node)) {
      node.forEach((item, index) => stack.push([item, `${at}[${index}]`]));
      continue;
    }
    if (node === null || typeof node !== 'object') continue;
    const record = node as Record<string, unknown>;
    for (const [key, child] of Object.entries(record)) {
      if (isPosition(child)) {
        const quote = key === 'position' ? (typeof record.quote === 'string' ? record.quote : typeof record.text === 'string' ? record.text : undefined) : undefined;
        yield [`${at}.${key}`, child, quote];
      } else stack.push([child, `${at}.${key}`]);
    }
  }
}

function isPosition(value: unknown): value is PositionLike {
  if (value === null || typeof value !== 'object') return false;
  const { start, end } = value as { start?: unknown; end?: unknown };
  return typeof start === 'object' && start !== null && typeof end === 'object' && end !== null && 'line' in start && 'line' in end;
}

function sentenceViolations(input: FuzzInput): string[] {
  try {
    const article = segmentArticle(parseArticle(input.text, { format: input.format }));
    const violations: string[] = [];
    for (const sentence of article.sentences) {
      const broken = positionViolation(input.text, sentence.position, sentence.text);
      if (broken) violations.push(`sentence ${sentence.index}: ${broken}`);
      for (const citation of sentence.citations) {
        const brokenCitation = positionViolation(input.text, citation.position, citation.text);
        if (brokenCitation) violations.push(`citation in sentence ${sentence.index}: ${brokenCitation}`);
      }
    }
    return violations;
  } catch (error) {
    return [`parse or segment threw ${describe(error)}`];
  }
}

// Small enough that most cases are cut several times.
const tinyPieces = 64;

function pieceViolations(input: FuzzInput): string[] {
  const format = input.format === 'auto' ? detectFormat(input.text) : input.format;
  try {
    return JSON.stringify(parseAs(input.text, format, tinyPieces)) === JSON.stringify(parseAs(input.text, format)) ? [] : ['parsing in pieces gave a different tree'];
  } catch (error) {
    return [`parsing in pieces threw ${describe(error)}`];
  }
}

function positionViolation(text: string, position: PositionLike, quote: string | undefined): string | undefined {
  if (holds(text, position, quote)) return undefined;
  // Only a broken position pays for the assertion library, which says what is wrong.
  try {
    expectExactPosition(text, position, quote);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message.split('\n')[0] : String(error);
  }
}

function holds(text: string, position: PositionLike, quote: string | undefined): boolean {
  const { start, end } = position;
  if (start.offset === undefined || end.offset === undefined || start.offset < 0 || end.offset < start.offset || end.offset > text.length) return false;
  const from = lineColumn(text, start.offset);
  const to = lineColumn(text, end.offset);
  if (from.line !== start.line || from.column !== start.column || to.line !== end.line || to.column !== end.column) return false;
  return quote === undefined || text.slice(start.offset, end.offset) === quote;
}

function describe(error: unknown): string {
  if (error instanceof ClaimcheckError) return `ClaimcheckError ${error.code}: ${error.message}`;
  if (error instanceof Error) return `${error.name}: ${error.message} ${error.stack?.split('\n')[1]?.trim() ?? ''}`;
  return String(error);
}
