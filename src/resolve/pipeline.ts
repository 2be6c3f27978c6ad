import { entityResolver } from './entities.js';
import { eventResolver } from './events/index.js';
import { timelineResolver } from './timelines.js';
import type { Resolver } from './types.js';

/** The resolution steps, in order. */
export const resolvers: readonly Resolver[] = [
  // Person, organization and place entities from name claims, with aliases and mentions; fills `value.entity`.
  entityResolver,
  // Events tie entities to dates and figures; they need resolved name claims.
  eventResolver,
  // Each entity's events in date order, for sequence and after-death rules.
  timelineResolver,
];
