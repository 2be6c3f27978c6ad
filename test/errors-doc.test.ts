import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimcheckErrorCodes } from '../src/util/errors.js';

const doc = readFileSync(join(import.meta.dirname, '..', 'docs', 'errors.md'), 'utf8');

/** The rows of the doc's code table: code, when it happens, what to do. */
const rows = [...doc.matchAll(/^\| `([A-Z_]+)` \|([^|\n]+)\|([^|\n]+)\|$/gm)].map((match) => ({
  code: match[1] as string,
  when: (match[2] as string).trim(),
  todo: (match[3] as string).trim(),
}));

describe('docs/errors.md', () => {
  it('should list exactly the codes of ClaimcheckError, each once, in the order of the type', () => {
    expect(rows.map((row) => row.code)).toEqual([...claimcheckErrorCodes]);
  });

  it.each(rows)('should say when $code happens and what to do', ({ when, todo }) => {
    expect(when.length).toBeGreaterThan(20);
    expect(todo.length).toBeGreaterThan(10);
  });
});
