import { z } from 'zod';

/** How `parseArticle` reads its input. */
export const ParseOptionsSchema = z
  .object({
    /** `auto` detects wiki text or Markdown; the others force one. */
    format: z.enum(['auto', 'wiki', 'markdown']).default('auto'),
  })
  .strict();
export type ParseOptions = z.infer<typeof ParseOptionsSchema>;
export type ParseOptionsInput = z.input<typeof ParseOptionsSchema>;
