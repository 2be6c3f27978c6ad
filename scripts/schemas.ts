import { z } from 'zod';
import { rules } from '../src/rules/index.js';
import { createConfigSchema } from '../src/schema/config.js';
import { ReportSchema } from '../src/schema/report.js';

/**
 * The JSON Schemas published under docs/schema/, generated from the zod
 * schemas so they can never drift: the config's (rule ids as keys, so editors
 * complete them) and the report's (`--format json`). `npm run build` writes
 * them; a test checks the checked-in files equal these.
 */
export function generatedSchemas(): Record<string, string> {
  const render = (schema: z.ZodType, io: 'input' | 'output', id: string, title: string) => {
    const json = z.toJSONSchema(schema, { target: 'draft-7', io, unrepresentable: 'throw' }) as Record<string, unknown>;
    return `${JSON.stringify({ ...json, $id: id, title }, null, 2)}\n`;
  };
  const base = 'https://github.com/claimcheck/claimcheck/blob/main/docs/schema/';
  return {
    'docs/schema/config.schema.json': render(createConfigSchema(rules.map((rule) => ({ id: rule.id, description: rule.meta.description }))), 'input', `${base}config.schema.json`, 'claimcheck configuration'),
    'docs/schema/report.schema.json': render(ReportSchema, 'output', `${base}report.schema.json`, 'claimcheck report'),
  };
}
