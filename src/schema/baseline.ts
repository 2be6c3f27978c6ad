import { z } from 'zod';
import { RuleIdSchema } from './rule-id.js';

/** One known finding: the file, the rule and the fingerprint it is matched by. */
export const BaselineEntrySchema = z.object({
  /** The file's path relative to the baseline file's folder, with `/` separators. */
  path: z.string(),
  ruleId: RuleIdSchema,
  fingerprint: z.string(),
  /** For people reading the file; not used for matching. */
  message: z.string(),
});
export type BaselineEntry = z.infer<typeof BaselineEntrySchema>;

/**
 * A baseline: findings accepted as known, so that only new ones fail CI.
 * Entries are sorted by path, rule id, fingerprint and message; the same
 * entry may appear more than once when a file has that finding more than once.
 */
export const BaselineSchema = z.object({
  version: z.literal(1),
  findings: z.array(BaselineEntrySchema),
});
export type Baseline = z.infer<typeof BaselineSchema>;
