import { z } from 'zod';
import { SourceInputSchema } from './citations.js';

/** How `parseArticle` reads its input. */
export const ParseOptionsSchema = z
  .object({
    /** `auto` detects wiki text, wikitext or Markdown; the others force one. */
    format: z.enum(['auto', 'wiki', 'markdown', 'wikitext']).default('auto'),
  })
  .strict();
export type ParseOptions = z.infer<typeof ParseOptionsSchema>;
export type ParseOptionsInput = z.input<typeof ParseOptionsSchema>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date such as 2024-05-01');

/** Options of `extractClaims`. */
export const ExtractOptionsSchema = ParseOptionsSchema.extend({
  /** The document's own date, for relative expressions with no anchor in the text ("last Tuesday"). */
  referenceDate: isoDate.optional(),
}).strict();
export type ExtractOptions = z.infer<typeof ExtractOptionsSchema>;
export type ExtractOptionsInput = z.input<typeof ExtractOptionsSchema>;

/** A rule's setting: a severity, `off`, or a severity with rule options. */
export const RuleSettingSchema = z.union([
  z.enum(['error', 'warning', 'info', 'off']),
  z.tuple([z.enum(['error', 'warning', 'info', 'off']), z.record(z.string(), z.unknown())]),
]);
export type RuleSetting = z.infer<typeof RuleSettingSchema>;

/** How an unused suppression comment is reported: at a severity, or not at all. */
export const DirectiveReportingSchema = z
  .enum(['off', 'info', 'warning', 'error'])
  .describe('Report `claimcheck-disable` comments that suppress nothing at this severity (`off`: do not report them)');
export type DirectiveReporting = z.infer<typeof DirectiveReportingSchema>;

/** Options of `analyze`. */
export const AnalyzeOptionsSchema = ExtractOptionsSchema.extend({
  /** The path reported for the text. */
  path: z.string().default('<input>'),
  /** Rule severities and options by rule id: `{ "figure-conflict": "off" }`. */
  rules: z.record(z.string(), RuleSettingSchema).default({}),
  /** Report suppression comments that suppress nothing, as `unused-disable-directive` findings. */
  reportUnusedDisableDirectives: DirectiveReportingSchema.default('off'),
  /**
   * The largest text analysed, in UTF-8 bytes (20 MiB): a larger one fails
   * with `FILE_TOO_LARGE` instead of risking the heap.
   */
  maxFileSize: z.number().int().positive().default(20 * 1024 * 1024).describe('The largest text analysed, in UTF-8 bytes; larger text fails with FILE_TOO_LARGE'),
  /**
   * The time budget of one text in milliseconds; past it the analysis stops
   * with `TIMEOUT`. Checked between steps (stages, extractor batches, resolvers,
   * rules), so a step that runs long is stopped when it returns.
   */
  timeoutMs: z.number().positive().optional().describe('Time budget of one text in milliseconds, checked between steps; past it the analysis fails with TIMEOUT'),
  /**
   * The cited sources' texts or HTML, by citation key or URL: each claim with
   * a citation whose source is here gets a verdict (supported, contradicted,
   * not-found). Never fetched by the library (see `analyzeAsync`'s
   * `resolveSource`).
   */
  sources: z.record(z.string(), SourceInputSchema).optional(),
}).strict();
export type AnalyzeOptions = z.infer<typeof AnalyzeOptionsSchema>;
export type AnalyzeOptionsInput = z.input<typeof AnalyzeOptionsSchema>;
