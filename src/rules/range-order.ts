import { defineRule, type RuleContext, type RuleFinding } from '../check/index.js';
import { tableBoundHeaders } from '../lexicon/events.js';
import { before, pointOf } from '../resolve/events/when.js';
import type { ArticleSentence } from '../segment/index.js';
import type { DateClaim, EventClaim } from '../schema/claims.js';
import { dedupeEvidence, entityName, usable, whenOf } from './shared/events.js';

export default defineRule({
  id: 'range-order',
  meta: {
    description: 'A date range that ends before it starts',
    defaultSeverity: 'error',
  },
  check(context) {
    const findings: RuleFinding[] = [];
    for (const claim of context.claimsOf('date')) {
      const { from, to } = claim.value;
      if (claim.value.granularity !== 'range' || !from?.start || !to?.end) continue;
      // `from November to April` without a year runs over the new year.
      if (from.inferred?.includes('year') || to.inferred?.includes('year') || !/\d{3,4}/.test(claim.text)) continue;
      // A range ends before it starts when even its widest reading does.
      if (!before(to, from)) continue;
      findings.push({
        message: `Unexpected range \`${claim.text}\` that ends (\`${to.timex}\`) before it starts (\`${from.timex}\`)`,
        evidence: [context.evidence(claim, 'range')],
        reasoning: [`the range starts at ${from.start} and ends at ${to.end}, which is earlier`],
      });
    }
    return [...findings, ...reversedRows(context), ...reversedStates(context), ...reversedTerms(context)];
  },
});

/**
 * `held the office from 2004 until his retirement in 2001`, `whose spell ran
 * from 1961 until his resignation in 1957`: a state one clause starts and
 * ends by two different dates, the end before the start.
 */
function reversedStates(context: RuleContext): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const event of context.events) {
    if (!usable(event) || event.value.source !== 'prose' || event.value.aspect !== 'state') continue;
    const { start, end } = whenOf(context, event);
    if (!start || !end || start.claim.id === end.claim.id || !before(end.point, start.point)) continue;
    findings.push({
      message: `\`${entityName(context, event.value.subject, event.value.subjectText)}\`'s ${event.value.type}${event.value.role ? ` as ${event.value.role}` : ''} ends (\`${end.claim.text}\`) before it starts (\`${start.claim.text}\`)`,
      evidence: dedupeEvidence([context.evidence(start.claim, 'start'), context.evidence(end.claim, 'end'), context.evidence(event, 'event')]),
      reasoning: [`the clause starts the ${event.value.type} at ${start.point.timex} and ends it at ${end.point.timex}, which is earlier`],
      ...(event.value.subject ? { entity: event.value.subject } : {}),
    });
  }
  return findings;
}

/**
 * `The Federation first affiliated to the Northern Labour International in
 * 1951` and, elsewhere, `withdrew from the Northern Labour International in
 * 1948`: the one start and the one end the article gives one state (one
 * holder of one role, one member of one body), the end before the start.
 * Told again (`rejoined`, `again`) it may have been held twice, and is not read.
 */
function reversedTerms(context: RuleContext): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const bounds = new Map<string, { starts: EventClaim[]; ends: EventClaim[]; repeated: boolean }>();
  for (const event of context.events) {
    const { type, subject, aspect } = event.value;
    if (!termTypes.has(type) || !subject || !usable(event) || event.value.source !== 'prose') continue;
    const other = event.value.object ?? event.value.objectText?.toLowerCase().replace(/^the\s+/u, '') ?? '';
    const key = `${type}\u0000${subject}\u0000${type === 'office' ? (event.value.role ?? '') : other}`;
    if ((type === 'office' ? !event.value.role : other === '')) continue;
    const entry = bounds.get(key) ?? { starts: [], ends: [], repeated: false };
    entry.repeated ||= event.value.repeated;
    if (aspect === 'start') entry.starts.push(event);
    else if (aspect === 'end') entry.ends.push(event);
    bounds.set(key, entry);
  }
  for (const { starts, ends, repeated } of bounds.values()) {
    const [start, end] = [starts[0], ends[0]];
    if (repeated || starts.length !== 1 || ends.length !== 1 || !start || !end || start.sentence === end.sentence) continue;
    const [from, to] = [whenOf(context, start).start ?? whenOf(context, start).date, whenOf(context, end).end ?? whenOf(context, end).date];
    if (!from || !to || !before(to.point, from.point) || end.value.datePart === 'from' || start.value.datePart === 'to') continue;
    const what = start.value.type === 'office' ? `term as ${start.value.role}` : `${start.value.type} of \`${entityName(context, start.value.object, start.value.objectText)}\``;
    findings.push({
      message: `\`${entityName(context, start.value.subject, start.value.subjectText)}\`'s ${what} ends (\`${to.claim.text}\`) before it starts (\`${from.claim.text}\`)`,
      evidence: dedupeEvidence([context.evidence(from.claim, 'start'), context.evidence(start, 'start event'), context.evidence(to.claim, 'end'), context.evidence(end, 'end event')]),
      reasoning: [`'${start.text}' starts it at ${from.point.timex}`, `'${end.text}' ends it at ${to.point.timex}, which is earlier, and the article tells of no second term`],
      ...(start.value.subject ? { entity: start.value.subject } : {}),
      severity: 'warning',
    });
  }
  return findings;
}

// States held over a time with a start and an end the article may tell in two places.
const termTypes: ReadonlySet<string> = new Set(['office', 'membership', 'employment']);

/**
 * `| Tom Hale | 1955 | 1949 |` under `Name | From | To`: a table row whose
 * end column comes before its start column is a range told backwards too.
 */
function reversedRows(context: RuleContext): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const datesBySentence = new Map<number, DateClaim>();
  for (const claim of context.claimsOf('date')) if (!datesBySentence.has(claim.sentence)) datesBySentence.set(claim.sentence, claim);
  let row: ArticleSentence[] = [];
  const flush = (): void => {
    const bound = (aspect: string): DateClaim | undefined => {
      const cell = row.find((sentence) => tableBoundHeaders.get(sentence.cell?.header.toLowerCase().trim() ?? '') === aspect);
      return cell ? datesBySentence.get(cell.index) : undefined;
    };
    const [start, end] = [bound('start'), bound('end')];
    const [from, to] = [start ? pointOf(start, 'from') : undefined, end ? pointOf(end, 'to') : undefined];
    if (start && end && from && to && before(to, from)) {
      findings.push({
        message: `Unexpected row \`${row[0]?.cell?.rowHead ?? ''}\` that ends (\`${end.text}\`) before it starts (\`${start.text}\`)`,
        evidence: [context.evidence(start, 'start'), context.evidence(end, 'end')],
        reasoning: [`the row's ${row.find((sentence) => sentence.index === start.sentence)?.cell?.header ?? 'start'} column gives ${from.timex} and its ${row.find((sentence) => sentence.index === end.sentence)?.cell?.header ?? 'end'} column ${to.timex}, which is earlier`],
      });
    }
    row = [];
  };
  for (const sentence of context.sentences) {
    if (row.length > 0 && (sentence.cell?.row !== row[0]?.cell?.row || sentence.index !== (row.at(-1) as ArticleSentence).index + 1)) flush();
    if (sentence.cell) row.push(sentence);
  }
  flush();
  return findings;
}
