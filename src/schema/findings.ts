import { z } from 'zod';
import { EvidenceSchema } from './entities.js';
import { RuleIdSchema } from './rule-id.js';

/** How serious a finding is; `off` turns a rule off in options. */
export const SeveritySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof SeveritySchema>;

/** One internal inconsistency (or markup residue), cited to the exact words. */
export const FindingSchema = z.object({
  /** A built-in rule's id (`BuiltInRuleId`) or a plugin rule's. */
  ruleId: RuleIdSchema,
  severity: SeveritySchema,
  /** One sentence naming the entity and the values in conflict, values in backticks, no final period. */
  message: z.string(),
  /** Every claim involved, first the one the finding is reported at. */
  evidence: z.array(EvidenceSchema).min(1),
  /** The steps that led to the finding. */
  reasoning: z.array(z.string()),
  /** The entity the finding is about, when there is one. */
  entity: z.string().optional(),
  /** Set when a source is hedged (reported, self-described, alleged); the severity was lowered. */
  hedged: z.boolean().optional(),
  /** Stable across unrelated edits: rule, entity and normalized quotes, not line numbers. */
  fingerprint: z.string(),
  /** The rule's documentation. */
  url: z.string().optional(),
});
/** A finding; an interface, so editors show its name. */
export interface Finding extends z.infer<typeof FindingSchema> {}

/** A fact the article states more than once, consistently. */
export const CorroborationSchema = z.object({
  /** One sentence saying what agrees: `capture of Abimael Guzmán dated 1992 in 3 places`. */
  description: z.string(),
  entity: z.string().optional(),
  evidence: z.array(EvidenceSchema).min(2),
});
export type Corroboration = z.infer<typeof CorroborationSchema>;
