import { z } from 'zod';
import { CitationNeededSchema, CitationSchema, VerdictSchema } from './citations.js';
import { ClaimSchema } from './claims.js';
import { EntitySchema, MentionSchema, TimelineSchema } from './entities.js';
import { CorroborationSchema, FindingSchema, type Finding } from './findings.js';
import { PositionSchema } from './position.js';
import { ArticleFormatSchema } from './segment.js';

/** A file that could not be checked, and why. */
export const FileErrorSchema = z.object({
  code: z.string(),
  message: z.string(),
});
export type FileError = z.infer<typeof FileErrorSchema>;

/** Everything claimcheck found in one file. */
export const FileReportSchema = z.object({
  path: z.string(),
  format: ArticleFormatSchema.optional(),
  title: z.string().nullable().optional(),
  titlePosition: PositionSchema.nullable().optional(),
  claims: z.array(ClaimSchema),
  entities: z.array(EntitySchema),
  /** Every name, pronoun and nominal the resolver linked, in document order: who `he` is, and why. */
  mentions: z.array(MentionSchema).optional(),
  timelines: z.array(TimelineSchema).optional(),
  findings: z.array(FindingSchema),
  corroborations: z.array(CorroborationSchema),
  /** The sources the article cites, each with every place it is cited (present when it cites any). */
  citations: z.array(CitationSchema).optional(),
  /** Where the article admits a missing source (present when it does). */
  citationNeeded: z.array(CitationNeededSchema).optional(),
  /** What the cited sources say of each claim (present when sources were given). */
  verdicts: z.array(VerdictSchema).optional(),
  /** Cited sources the CLI's `--fetch` could not read, and why (present when any failed). */
  unreadSources: z.array(z.object({ citation: z.string(), url: z.string(), reason: z.string() })).optional(),
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
