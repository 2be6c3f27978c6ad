import type { EventClaim } from '../schema/claims.js';
import type { Timeline, TimelineEntry } from '../schema/entities.js';
import { dayNumber, eventWhen } from './events/when.js';
import type { Resolver } from './types.js';

/**
 * One timeline per entity: its events (as subject or object) in date order,
 * undated events last, ties in document order.
 */
export const timelineResolver: Resolver = {
  name: 'timelines',
  resolve(resolved) {
    const byId = new Map(resolved.claims.map((claim) => [claim.id, claim]));
    const entries = new Map<string, Array<TimelineEntry & { order: number }>>();
    resolved.claims.forEach((claim, order) => {
      if (claim.kind !== 'event') return;
      const when = eventWhen(claim, (id) => (id === undefined ? undefined : byId.get(id)));
      const first = when.date ?? when.start ?? when.end;
      const last = when.end ?? when.date ?? when.start;
      const entry = { eventId: claim.id, type: claim.value.type, start: first?.point.start ?? null, end: last?.point.end ?? null, order };
      for (const entity of participants(claim)) {
        const list = entries.get(entity) ?? [];
        list.push(entry);
        entries.set(entity, list);
      }
    });
    const timelines: Timeline[] = [...entries.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([entity, list]) => ({
        entity,
        entries: list.sort((a, b) => compareStart(a.start, b.start) || a.order - b.order).map(({ order: _order, ...entry }) => entry),
      }));
    return { ...resolved, timelines };
  },
};

function participants(event: EventClaim): string[] {
  return [event.value.subject, event.value.object].filter((id): id is string => typeof id === 'string');
}

function compareStart(a: string | null, b: string | null): number {
  return (dayNumber(a) ?? Number.POSITIVE_INFINITY) - (dayNumber(b) ?? Number.POSITIVE_INFINITY) || 0;
}
