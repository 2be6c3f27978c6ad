import { z } from 'zod';

/** A unist point: line and column 1-based, offset a 0-based UTF-16 index into the source. */
export const PointSchema = z.object({
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  offset: z.number().int().min(0),
});
export type Point = z.infer<typeof PointSchema>;

/** A unist position; `end` is exclusive. */
export const PositionSchema = z.object({ start: PointSchema, end: PointSchema });
export type Position = z.infer<typeof PositionSchema>;
