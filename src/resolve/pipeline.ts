import { entityResolver } from './entities.js';
import type { Resolver } from './types.js';

/** The resolution steps, in order. */
export const resolvers: readonly Resolver[] = [
  // Person, organization and place entities from name claims, with aliases and mentions; fills `value.entity`.
  entityResolver,
];
