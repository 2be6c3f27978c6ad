import { entityResolver } from './entities.js';
import { eventResolver } from './events/index.js';
import { formerNameResolver } from './former-names.js';
import { mentionResolver } from './mentions.js';
import { namingResolver } from './naming.js';
import { timelineResolver } from './timelines.js';
import type { Resolver } from './types.js';

/** The resolution steps, in order. */
export const resolvers: readonly Resolver[] = [
  // Person, organization and place entities from name claims, with aliases and mentions; fills `value.entity`.
  entityResolver,
  // Every name, pronoun and nominal linked to its entity; kin nouns (`his father`) become entities of their own.
  mentionResolver,
  // `he was nicknamed "X"`, `whom writers dubbed "X"`: a quoted name given to whoever the clause names.
  namingResolver,
  // `founded in 1921 as X`: X is the founded body's first name, its entity joined to the body's.
  formerNameResolver,
  // Events from the clause frames, their participants resolved through the mentions.
  eventResolver,
  // Each entity's events in date order, for sequence and after-death rules.
  timelineResolver,
];
