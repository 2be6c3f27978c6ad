import { z } from 'zod';
import { DirectiveReportingSchema, ParseOptionsSchema, RuleSettingSchema } from './options.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date such as 2024-05-01');

/**
 * The schema of `claimcheck.config.json`, `.claimcheckrc.json` and the
 * `claimcheck` key of `package.json`, for the given rules.
 *
 * It is built from the rule list because the rule ids are the allowed keys of
 * `rules`: a typo is an error naming the known ids, and the generated JSON
 * Schema lets editors complete them.
 */
export function createConfigSchema(knownRules: ReadonlyArray<{ id: string; description?: string }>) {
  const sorted = [...knownRules].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const rules = z
    .object(Object.fromEntries(sorted.map((rule) => [rule.id, rule.description ? RuleSettingSchema.optional().describe(rule.description) : RuleSettingSchema.optional()])))
    .strict()
    .describe('Severity by rule id — `off`, `info`, `warning`, `error` — or `[severity, { options }]`');
  return z
    .object({
      $schema: z.string().optional().describe('The JSON Schema of this file, for editors'),
      rules: rules.optional(),
      ignorePatterns: z
        .array(z.string())
        .optional()
        .describe('Files not to check: .gitignore-style patterns relative to the folder of this file'),
      format: ParseOptionsSchema.shape.format.optional().describe('How to read the files: `auto` (detect), `wiki`, `wikitext` or `markdown`'),
      referenceDate: isoDate
        .optional()
        .describe('The documents’ own date (ISO `YYYY-MM-DD`), for relative expressions with no anchor in the text'),
      maxFileSize: z.number().int().positive().optional().describe('Largest file to read, in bytes; larger files are reported as failed'),
      reportUnusedDisableDirectives: DirectiveReportingSchema.optional(),
    })
    .strict()
    .describe('claimcheck configuration');
}

/** A validated configuration, whatever the rule ids. */
export type Config = Omit<z.infer<ReturnType<typeof createConfigSchema>>, 'rules'> & {
  rules?: Record<string, z.infer<typeof RuleSettingSchema>>;
};
