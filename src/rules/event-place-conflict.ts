import { defineRule, type RuleFinding } from '../check/index.js';
import type { Claim, EventClaim } from '../schema/claims.js';
import { appendTo } from '../util/group.js';
import { ambiguousSubject, dedupeEvidence, entityName, hedged, usable } from './shared/events.js';
import { eventIdentity } from './shared/facts.js';
import { samePlace } from './shared/places.js';
import { eventType } from '../lexicon/events.js';

/**
 * One event that happens once (a birth, a death, a burial, a founding) placed
 * in two places that cannot both hold: `born in Kazan` and, later, `born in
 * Samara`. The same identity as `event-date-conflict` decides that two
 * clauses tell one event; the places are compared as `infobox-prose-conflict`
 * compares them, so a country or region holds any town.
 */
export default defineRule({
  id: 'event-place-conflict',
  meta: {
    description: 'The same once-only event (a birth, a death, a founding) placed in two different places',
    defaultSeverity: 'warning',
  },
  check(context) {
    const findings: RuleFinding[] = [];
    const articleSubject = context.entities.find((entity) => entity.isSubject)?.id;
    const groups = new Map<string, Array<{ event: EventClaim; place: Claim }>>();
    for (const event of context.events) {
      // `They reunited for a concert at the Caird Hall`: a repeat may happen somewhere else.
      if (!event.value.place || !usable(event) || event.value.repeated || event.value.source === 'infobox' || eventType(event.value.type).once === 'no') continue;
      const place = context.claim(event.value.place);
      const key = eventIdentity(event, articleSubject);
      if (place?.kind !== 'place' || !key || (!event.value.name && ambiguousSubject(context, event))) continue;
      appendTo(groups, key, { event, place });
    }
    for (const placed of groups.values()) {
      const first = placed[0];
      const other = placed.find((item) => first && item.event.sentence !== first.event.sentence && !samePlace(first.place, item.place, context));
      if (!first || !other) continue;
      const subject = first.event.value.subject;
      findings.push({
        message: `\`${entityName(context, subject, first.event.value.subjectText)}\`'s ${first.event.value.type} is placed in \`${first.place.text}\` and in \`${other.place.text}\``,
        evidence: dedupeEvidence([context.evidence(first.place, 'place'), context.evidence(first.event, 'event'), context.evidence(other.place, 'other place'), context.evidence(other.event, 'other event')]),
        reasoning: [`a ${first.event.value.type} happens once, in one place`, `\`${first.place.text}\` and \`${other.place.text}\` name different places and neither contains the other's name`],
        ...(subject ? { entity: subject } : {}),
        hedged: hedged([first.event, other.event]),
      });
    }
    return findings;
  },
});
