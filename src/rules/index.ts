import type { Rule } from '../check/index.js';
import markupResidue from './markup-residue.js';

/** Every built-in rule, in id order. `analyze` passes this list to the engine. */
export const rules: readonly Rule[] = [markupResidue];
