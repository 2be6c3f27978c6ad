import { defineRule, type RuleContext, type RuleFinding } from '../check/index.js';
import type { DateClaim, DatePoint, EventClaim } from '../schema/claims.js';
import type { Corroboration } from '../schema/findings.js';
import { compatible } from '../resolve/events/when.js';
import { appendTo } from './shared/group.js';
import { dedupeEvidence, describe, entityName, hedged, listOf, modalityNote, unique, usable, whenOf } from './shared/events.js';

interface Dated {
  event: EventClaim;
  point: DatePoint;
  claim: DateClaim;
}

// Events that happen once to their subject; a second date is a contradiction.
const onceTypes = new Set(['death', 'founding', 'dissolution', 'acquisition', 'capture', 'release']);
const repeatCue = /\b(?:again|re-?(?:captured|arrested|founded|established|formed)|second time|once more|another)\b/i;

export default defineRule({
  id: 'event-date-conflict',
  meta: {
    description: 'The same event (same type and participants, or the same named event) dated differently',
    defaultSeverity: 'error',
  },
  check(context) {
    const findings: RuleFinding[] = [];
    const corroborations: Corroboration[] = [];
    const groups = new Map<string, Dated[]>();
    for (const event of context.events) {
      const key = identity(event);
      if (!key || !usable(event) || event.value.qualifiers.includes('infobox')) continue;
      const when = whenOf(context, event);
      const date = when.date ?? when.start;
      if (!date) continue;
      appendTo(groups, key, { event, ...date });
    }
    for (const dated of groups.values()) {
      // Two dates that cannot both hold: some date does not overlap the first
      // (one pass; a list of the distinct dates was quadratic in the group).
      const first = (dated[0] as Dated).point;
      const disagree = dated.some((item) => !compatible(first, item.point));
      if (disagree && !dated.some((item) => repeatCue.test(item.event.text))) findings.push(conflict(context, dated));
      else if (new Set(dated.map((item) => item.event.sentence)).size > 1) corroborations.push(corroboration(context, dated));
    }
    findings.push(...sharedSeriesDates(context, groups));
    return { findings, corroborations };
  },
});

/** What makes two event claims the same event: its name, or its type and subject for once-only events. */
function identity(event: EventClaim): string | undefined {
  const { type, name, subject } = event.value;
  if (name) return `${type}:${name.toLowerCase()}`;
  if (onceTypes.has(type) && subject) return `${type}:${subject}`;
  return undefined;
}

function label(context: RuleContext, event: EventClaim): string {
  const { type, name, subject, subjectText } = event.value;
  if (name) return name;
  const who = entityName(context, subject, subjectText);
  return `the ${type === 'founding' ? 'founding' : type} of ${who}`;
}

function conflict(context: RuleContext, dated: Dated[]): RuleFinding {
  const first = dated[0] as Dated;
  const values = unique(dated.map((item) => `\`${describe(item.point, item.claim)}\``));
  return {
    message: `\`${label(context, first.event)}\` is dated ${listOf(values)}`,
    evidence: dedupeEvidence(dated.flatMap((item) => [context.evidence(item.claim, 'date'), context.evidence(item.event, 'event')])),
    reasoning: [
      ...dated.map((item) => `'${item.event.text}' dates it ${item.point.timex}${item.claim.value.resolvedFrom ? ` (${item.claim.value.resolution ?? 'resolved'})` : ''}`),
      'these dates do not overlap, and it happens only once',
      ...dated.map((item) => modalityNote(item.event)).filter((note): note is string => note !== undefined),
    ],
    ...(first.event.value.subject ? { entity: first.event.value.subject } : {}),
    hedged: hedged(dated.map((item) => item.event)),
  };
}

function corroboration(context: RuleContext, dated: Dated[]): Corroboration {
  const first = dated[0] as Dated;
  return {
    description: `\`${label(context, first.event)}\` is dated consistently (${unique(dated.map((item) => `\`${describe(item.point, item.claim)}\``)).join(', ')}) in ${new Set(dated.map((item) => item.event.sentence)).size} places`,
    ...(first.event.value.subject ? { entity: first.event.value.subject } : {}),
    evidence: dedupeEvidence(dated.map((item) => context.evidence(item.claim, 'date'))),
  };
}

/** `the second session … April 25, 2011` and `the third session … April 25, 2011`: two numbered events of one series on one day. */
function sharedSeriesDates(context: RuleContext, groups: Map<string, Dated[]>): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const byDay = new Map<string, Dated[]>();
  for (const dated of groups.values()) {
    for (const item of dated) {
      if (item.event.value.type !== 'session' || item.point.granularity !== 'day' || !item.point.start) continue;
      const series = (item.event.value.name ?? '').replace(/^\S+\s+/, '');
      const key = `${series}\u0000${item.point.start}`;
      const list = byDay.get(key) ?? [];
      if (!list.some((other) => other.event.value.name === item.event.value.name)) list.push(item);
      byDay.set(key, list);
    }
  }
  for (const dated of byDay.values()) {
    if (dated.length < 2) continue;
    const first = dated[0] as Dated;
    findings.push({
      message: `${listOf(dated.map((item) => `\`${item.event.value.name}\``))} are ${dated.length === 2 ? 'both' : 'all'} dated \`${describe(first.point, first.claim)}\``,
      evidence: dedupeEvidence(dated.flatMap((item) => [context.evidence(item.event, 'event'), context.evidence(item.claim, 'date')])),
      reasoning: [...dated.map((item) => `'${item.event.text}' dates the ${item.event.value.name} ${item.point.timex}`), 'numbered events of one series are held at different times'],
      severity: 'warning',
    });
  }
  return findings;
}
