import { z } from 'zod';
import { ClaimSchema } from './claims.js';
import { EntitySchema, TimelineSchema } from './entities.js';
import { CorroborationSchema, FindingSchema, type Finding } from './findings.js';
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
  timelines: z.array(TimelineSchema).optional(),
  findings: z.array(FindingSchema),
  corroborations: z.array(CorroborationSchema),
  /** Set when the file could not be read or analysed; the run goes on with the others. */
  error: FileErrorSchema.optional(),
});
/**
 * Everything claimcheck found in one file. Declared as an interface over the
 * schema's type so that editors and hovers show `FileReport`, not its
 * expanded structure.
 */
export interface FileReport extends Omit<z.infer<typeof FileReportSchema>, 'findings'> {
  findings: Finding[];
}

/** The report of a run: one entry per file, in path order. */
export const ReportSchema = z.object({
  version: z.literal(1),
  files: z.array(FileReportSchema),
});
/** The report of a run (an interface over the schema's type, so hovers show `Report`). */
export interface Report extends Omit<z.infer<typeof ReportSchema>, 'files'> {
  files: FileReport[];
}
