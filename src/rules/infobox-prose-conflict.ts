import { defineRule, type RuleContext, type RuleFinding } from '../check/index.js';
import type { DateClaim, DatePoint, EventClaim } from '../schema/claims.js';
import { before, compatible } from '../resolve/events/when.js';
import { appendTo, groupBy } from './shared/group.js';
import { dedupeEvidence, entityName, hedged, usable, whenOf, yearOf } from './shared/events.js';
import { infoboxValues, sameCount } from './shared/infobox-fields.js';
import { milestoneConflicts, populationConflicts, termStartConflicts } from './shared/infobox-facts.js';

const datedTypes = new Set(['founding', 'birth', 'death']);
const presentCue = /\b(?:remains?|is|are|has been|have been|currently|still|since)\b/i;

export default defineRule({
  id: 'infobox-prose-conflict',
  meta: {
    description: 'An infobox value (leader, founding date, size with its year, allies and opponents with their periods) contradicted by the prose',
    defaultSeverity: 'error',
  },
  check(context) {
    const infobox = context.events.filter((event) => event.value.qualifiers.includes('infobox') && usable(event));
    const prose = context.events.filter((event) => !event.value.qualifiers.includes('infobox') && usable(event));
    const fields = infoboxValues(context);
    return [
      ...leaders(context, infobox, prose),
      ...dates(context, infobox, prose),
      ...sizes(context, infobox, prose),
      ...partners(context, infobox, prose),
      ...populationConflicts(context, fields),
      ...milestoneConflicts(context, fields),
      ...termStartConflicts(context, fields),
    ];
  },
});

/** `Leader: X` while the prose says Y leads the subject now. */
function leaders(context: RuleContext, infobox: EventClaim[], prose: EventClaim[]): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const boxed = infobox.filter((event) => event.value.type === 'role' && event.value.subject);
  if (boxed.length === 0) return findings;
  const names = new Set(boxed.map((event) => event.value.subject));
  const roles = new Set(boxed.map((event) => event.value.role));
  const current = prose.filter((event) => {
    if (event.value.type !== 'role' || !event.value.subject || names.has(event.value.subject) || !roles.has(event.value.role)) return false;
    if (event.value.object !== boxed[0]?.value.object || event.value.end || event.value.aspect === 'end') return false;
    return presentCue.test(event.text) || presentCue.test(context.sentences[event.sentence]?.plain ?? '');
  });
  const byPerson = new Map<string, EventClaim[]>();
  for (const event of current) appendTo(byPerson, event.value.subject as string, event);
  const first = boxed[0] as EventClaim;
  for (const [person, events] of byPerson) {
    findings.push({
      message: `Infobox gives \`${entityName(context, first.value.subject, first.value.subjectText)}\` as ${first.value.role}, but the prose says \`${entityName(context, person, events[0]?.value.subjectText)}\` holds it`,
      evidence: dedupeEvidence([context.evidence(first, 'infobox'), ...events.map((event) => context.evidence(event, 'prose'))]),
      reasoning: [`the infobox field \`${first.value.trigger}\` names ${first.value.subjectText}`, ...events.map((event) => `'${event.text}' states a current ${event.value.role} who is not in the infobox`)],
      ...(first.value.object ? { entity: first.value.object } : {}),
      hedged: hedged(events),
    });
  }
  return findings;
}

/** `Founded: 1921` against `was founded in 1923`; birth and death dates alike. */
function dates(context: RuleContext, infobox: EventClaim[], prose: EventClaim[]): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const byTypeAndSubject = groupBy(prose, typeAndSubject);
  for (const boxed of infobox) {
    if (!datedTypes.has(boxed.value.type) || !boxed.value.subject) continue;
    const boxedDate = whenOf(context, boxed).date;
    if (!boxedDate) continue;
    const clashes = (byTypeAndSubject.get(typeAndSubject(boxed)) ?? []).filter((event) => {
      const date = whenOf(context, event).date;
      return date !== undefined && !compatible(date.point, boxedDate.point);
    });
    if (clashes.length === 0) continue;
    const first = clashes[0] as EventClaim;
    const firstDate = whenOf(context, first).date as { point: DatePoint; claim: DateClaim };
    findings.push({
      message: `Infobox \`${boxed.value.trigger}\` is \`${boxedDate.claim.text}\`, but the prose gives \`${firstDate.claim.text}\``,
      evidence: dedupeEvidence([context.evidence(boxedDate.claim, 'infobox'), ...clashes.flatMap((event) => [context.evidence((whenOf(context, event).date as { claim: DateClaim }).claim, 'prose'), context.evidence(event, 'prose event')])]),
      reasoning: [`the infobox dates the ${boxed.value.type} ${boxedDate.point.timex}`, ...clashes.map((event) => `'${event.text}' dates it ${(whenOf(context, event).date as { point: DatePoint }).point.timex}`)],
      entity: boxed.value.subject,
      hedged: hedged(clashes),
    });
  }
  return findings;
}

/** `Size: ~300 (2022)` against `in 2022 the group had about 1,000 members`. */
function sizes(context: RuleContext, infobox: EventClaim[], prose: EventClaim[]): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const byTypeAndSubject = groupBy(prose, typeAndSubject);
  for (const boxed of infobox) {
    // Populations have their own reading (year companions, the area counted): `populationConflicts`.
    if (boxed.value.type !== 'size' || boxed.value.qualifiers.includes('population')) continue;
    const figure = context.claim(boxed.value.figures?.[0]);
    const year = yearAt(context, boxed);
    if (figure?.kind !== 'quantity' || year === null) continue;
    const measure = boxed.value.qualifiers.find((qualifier) => qualifier !== 'infobox');
    for (const event of byTypeAndSubject.get(typeAndSubject(boxed)) ?? []) {
      if (!event.value.qualifiers.includes(measure ?? '') || yearAt(context, event) !== year) continue;
      const other = context.claim(event.value.figures?.[0]);
      if (other?.kind !== 'quantity' || sameCount(figure, other)) continue;
      findings.push({
        message: `Infobox \`${boxed.value.trigger}\` is \`${figure.text}\` in \`${year}\`, but the prose gives \`${other.text}\` for the same year`,
        evidence: [context.evidence(figure, 'infobox'), context.evidence(other, 'prose'), context.evidence(event, 'prose event')],
        reasoning: [`both give the ${measure} of ${entityName(context, boxed.value.subject, boxed.value.subjectText)} in ${year}`, `\`${figure.text}\` and \`${other.text}\` do not overlap, even allowing for rounding`],
        ...(boxed.value.subject ? { entity: boxed.value.subject } : {}),
        hedged: hedged([event]),
      });
    }
  }
  return findings;
}

/** `Allies: X (2018–2022)` against `formed an alliance with X in 2015`. */
function partners(context: RuleContext, infobox: EventClaim[], prose: EventClaim[]): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const startsByObject = groupBy(
    prose.filter((event) => event.value.type === 'alliance' && event.value.aspect === 'start'),
    (event) => event.value.object,
  );
  for (const boxed of infobox) {
    if (boxed.value.type !== 'alliance' || !boxed.value.object) continue;
    const period = whenOf(context, boxed);
    if (!period.start) continue;
    for (const event of startsByObject.get(boxed.value.object) ?? []) {
      const start = whenOf(context, event).start;
      if (!start || compatible(start.point, period.start.point)) continue;
      if (period.end && !before(start.point, period.start.point) && !before(period.end.point, start.point)) continue;
      findings.push({
        message: `Infobox gives the alliance with \`${boxed.value.objectText}\` as \`${period.start.claim.text}\`, but the prose dates its start \`${start.claim.text}\``,
        evidence: [context.evidence(period.start.claim, 'infobox'), context.evidence(start.claim, 'prose'), context.evidence(event, 'prose event')],
        reasoning: [`the infobox period starts ${period.start.point.timex}`, `'${event.text}' starts it ${start.point.timex}`],
        entity: boxed.value.object,
        hedged: hedged([event]),
      });
    }
  }
  return findings;
}

/** Infobox and prose events are compared only within one type and subject (or object), never all with all. */
function typeAndSubject(event: EventClaim): string {
  return `${event.value.type}\u0000${event.value.subject === null ? '\u0001' : `=${event.value.subject}`}`;
}

function yearAt(context: RuleContext, event: EventClaim): number | null {
  const date = whenOf(context, event).date;
  return date ? yearOf(date.point) : null;
}
