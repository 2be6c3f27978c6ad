import type { Rule } from '../check/index.js';
import afterDeath from './after-death.js';
import ageBirthMismatch from './age-birth-mismatch.js';
import aliasConflict from './alias-conflict.js';
import citationContradicted from './citation-contradicted.js';
import citationNeeded from './citation-needed.js';
import citationNotFound from './citation-not-found.js';
import duplicateCitation from './duplicate-citation.js';
import durationConflict from './duration-conflict.js';
import eventDateConflict from './event-date-conflict.js';
import eventPlaceConflict from './event-place-conflict.js';
import figureConflict from './figure-conflict.js';
import incompleteRange from './incomplete-range.js';
import infoboxProseConflict from './infobox-prose-conflict.js';
import markupResidue from './markup-residue.js';
import partsTotalConflict from './parts-total-conflict.js';
import rangeOrder from './range-order.js';
import relativeDateConflict from './relative-date-conflict.js';
import roleDateConflict from './role-date-conflict.js';
import sequenceConflict from './sequence-conflict.js';
import spouseConflict from './spouse-conflict.js';
import uncitedClaim from './uncited-claim.js';
import undefinedCitation from './undefined-citation.js';
import unusedCitation from './unused-citation.js';

/** Every built-in rule, in id order. `analyze` passes this list to the engine. */
export const rules: readonly Rule[] = [
  afterDeath,
  ageBirthMismatch,
  aliasConflict,
  citationContradicted,
  citationNeeded,
  citationNotFound,
  duplicateCitation,
  durationConflict,
  eventDateConflict,
  eventPlaceConflict,
  figureConflict,
  incompleteRange,
  infoboxProseConflict,
  markupResidue,
  partsTotalConflict,
  rangeOrder,
  relativeDateConflict,
  roleDateConflict,
  sequenceConflict,
  spouseConflict,
  uncitedClaim,
  undefinedCitation,
  unusedCitation,
];
