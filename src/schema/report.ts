import { z } from 'zod';
import { ClaimSchema } from './claims.js';
import { EntitySchema, MentionSchema, TimelineSchema } from './entities.js';
import { CorroborationSchema, FindingSchema } from './findings.js';
import { PositionSchema } from './position.js';

/** A file that could not be checked, and why. */
export const FileErrorSchema = z.object({
  code: z.string(),
  message: z.string(),
});
export type FileError = z.infer<typeof FileErrorSchema>;

/** Everything claimcheck found in one file. */
export const FileReportSchema = z.object({
  path: z.string(),
  format: z.enum(['wiki', 'markdown']).optional(),
  title: z.string().nullable().optional(),
  titlePosition: PositionSchema.nullable().optional(),
  claims: z.array(ClaimSchema),
  entities: z.array(EntitySchema),
  /** Every name, pronoun and nominal the resolver linked, in document order: who `he` is, and why. */
  mentions: z.array(MentionSchema).optional(),
  timelines: z.array(TimelineSchema).optional(),
  findings: z.array(FindingSchema),
  corroborations: z.array(CorroborationSchema),
  /** Set when the file could not be read or analysed; the run goes on with the others. */
  error: FileErrorSchema.optional(),
});
export type FileReport = z.infer<typeof FileReportSchema>;

/** The report of a run: one entry per file, in path order. */
export const ReportSchema = z.object({
  version: z.literal(1),
  files: z.array(FileReportSchema),
});
export type Report = z.infer<typeof ReportSchema>;
