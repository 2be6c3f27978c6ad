import { defineRule, type RuleContext, type RuleFinding } from '../check/index.js';
import type { DateClaim, DatePoint, EventClaim } from '../schema/claims.js';
import { before } from '../resolve/events/when.js';
import { ambiguousSubject, describe, entityName, hedged, modalityNote, usable, whenOf } from './shared/events.js';

// Things only the living do: lead, be captured or released, join, found, act.
const actingTypes = new Set(['role', 'capture', 'release', 'membership', 'alliance', 'other']);
const posthumousCue = /\b(?:posthumous(?:ly)?|after (?:his|her|their) death|in (?:his|her|their) memory|in memory of|named (?:after|for)|statue|memorial|tribute|legacy)\b/i;
const currentCue = /\b(?:current(?:ly)?|present|today|now|as of)\b/i;

interface Death {
  event: EventClaim;
  point: DatePoint;
  claim: DateClaim;
}

export default defineRule({
  id: 'after-death',
  meta: {
    description: 'Someone recorded as dead acts, leads, is captured or is listed among the current members at a later date',
    defaultSeverity: 'error',
  },
  check(context) {
    const findings: RuleFinding[] = [];
    const deaths = new Map<string, Death>();
    for (const event of context.events) {
      if (event.value.type !== 'death' || !event.value.subject || !usable(event)) continue;
      const date = whenOf(context, event).date;
      const known = deaths.get(event.value.subject);
      // The latest stated death is the kindest reading.
      if (date && (!known || before(known.point, date.point))) deaths.set(event.value.subject, { event, ...date });
    }
    for (const event of context.events) {
      const subject = event.value.subject;
      if (!subject || !actingTypes.has(event.value.type) || !usable(event) || event.value.qualifiers.includes('infobox')) continue;
      const death = deaths.get(subject);
      if (!death || posthumousCue.test(event.text) || ambiguousSubject(context, event) || ambiguousSubject(context, death.event)) continue;
      const when = whenOf(context, event);
      const acted = when.date ?? when.start;
      if (acted && before(death.point, acted.point)) {
        findings.push(after(context, event, death, `\`${acted.claim.text}\``, acted.claim, acted.point));
      } else if (!when.end && event.value.type === 'role' && isCurrent(context, event)) {
        findings.push(after(context, event, death, 'the present', undefined, undefined));
      }
    }
    return findings;
  },
});

/** A role stated as current: `currently`, `has been … since`, `remains`, or in a list introduced as current. */
function isCurrent(context: RuleContext, event: EventClaim): boolean {
  if (currentCue.test(event.text) || /\b(?:has been|have been|remains|is the|are the|serves as)\b/i.test(event.text)) return true;
  const sentence = context.sentences[event.sentence];
  if (sentence?.where !== 'list') return false;
  for (let index = event.sentence - 1; index >= 0; index--) {
    const earlier = context.sentences[index];
    if (!earlier || earlier.where === 'list') continue;
    return currentCue.test(earlier.plain) && /:\s*$/.test(earlier.plain);
  }
  return false;
}

function after(context: RuleContext, event: EventClaim, death: Death, when: string, claim: DateClaim | undefined, point: DatePoint | undefined): RuleFinding {
  const name = entityName(context, event.value.subject, event.value.subjectText);
  return {
    message: `\`${name}\` ${describeAct(event)} at ${when}, after dying in \`${describe(death.point, death.claim)}\``,
    evidence: [context.evidence(death.event, 'death'), context.evidence(death.claim, 'death date'), context.evidence(event, 'act'), ...(claim ? [context.evidence(claim, 'act date')] : [])],
    reasoning: [
      `'${death.event.text}' dates the death ${death.point.timex}`,
      point ? `'${event.text}' dates the act ${point.timex}, which is later` : `'${event.text}' is stated as current`,
      ...[death.event, event].map(modalityNote).filter((note): note is string => note !== undefined),
    ],
    entity: event.value.subject as string,
    hedged: hedged([death.event, event]),
  };
}

function describeAct(event: EventClaim): string {
  switch (event.value.type) {
    case 'role':
      return `holds the role \`${event.value.role ?? 'role'}\``;
    case 'capture':
      return 'is captured';
    case 'release':
      return 'is released';
    default:
      return `acts (\`${event.value.trigger}\`)`;
  }
}
