import type { Formatter } from './types.js';

/** The whole report — claims, entities, findings, corroborations per file — as JSON (`docs/schema/report.schema.json`). */
export const format: Formatter = (report) => `${JSON.stringify(report, null, 2)}\n`;
