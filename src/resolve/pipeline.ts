import type { Resolver } from './types.js';

/** The resolution steps, in order. */
export const resolvers: readonly Resolver[] = [];
