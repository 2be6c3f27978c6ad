import type { z } from 'zod';
import { ClaimcheckError } from './errors.js';

/**
 * Validates user options at the API boundary, once.
 *
 * The error names the first bad key by its path and says what was expected,
 * so a typo in a deep option is found without reading a stack trace.
 */
export function parseOptions<Schema extends z.ZodType>(schema: Schema, value: unknown, where = 'options'): z.output<Schema> {
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue && issue.path.length > 0 ? `${where}.${issue.path.join('.')}` : where;
  throw new ClaimcheckError('INVALID_OPTIONS', `Invalid ${path}: ${issue?.message ?? 'invalid value'}`);
}
