import { z } from 'zod';

/**
 * The ids of claimcheck's own rules, and of the findings of suppression
 * comments that suppress nothing. A test checks the list against the rules.
 */
export const builtInRuleIds = [
  'after-death',
  'age-birth-mismatch',
  'alias-conflict',
  'citation-contradicted',
  'citation-needed',
  'citation-not-found',
  'duplicate-citation',
  'duration-conflict',
  'event-date-conflict',
  'event-place-conflict',
  'figure-conflict',
  'incomplete-range',
  'infobox-prose-conflict',
  'markup-residue',
  'parts-total-conflict',
  'range-order',
  'relative-date-conflict',
  'role-date-conflict',
  'sequence-conflict',
  'spouse-conflict',
  'uncited-claim',
  'undefined-citation',
  'unused-citation',
  'unused-disable-directive',
] as const;
export type BuiltInRuleId = (typeof builtInRuleIds)[number];

/**
 * A rule id: a built-in rule's, or a plugin rule's own. `string & {}` keeps
 * the union open to plugins while editors still complete the built-in ids
 * (a plain `| string` would collapse the union to `string`).
 */
export const RuleIdSchema: z.ZodType<RuleId> = z.string();
export type RuleId = BuiltInRuleId | (string & {});
