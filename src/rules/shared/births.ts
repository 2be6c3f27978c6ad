import type { RuleContext } from '../../check/index.js';
import type { DateClaim, DatePoint, EventClaim } from '../../schema/claims.js';
import { ambiguousSubject, usable, whenOf } from './events.js';
import { appendTo } from '../../util/group.js';

/** A dated birth of a person, with the event and date claim it rests on. */
export interface Birth {
  event: EventClaim;
  point: DatePoint;
  claim: DateClaim;
}

/** Each person's births as the article dates them, in document order. */
export function birthsByPerson(context: RuleContext): Map<string, Birth[]> {
  const births = new Map<string, Birth[]>();
  for (const event of context.events) {
    if (event.value.type !== 'birth' || !event.value.subject || !usable(event) || ambiguousSubject(context, event)) continue;
    const date = whenOf(context, event).date;
    if (!date) continue;
    appendTo(births, event.value.subject, { event, ...date });
  }
  return births;
}
