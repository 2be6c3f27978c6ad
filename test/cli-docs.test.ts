import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../src/cli/exit-codes.js';
import { commandUsage, usage } from '../src/cli/usage.js';
import { generatedSchemas } from '../scripts/schemas.js';
import { repoRoot } from './helpers/golden.js';

const read = (path: string) => readFileSync(join(repoRoot, path), 'utf8');

describe('CLI documentation', () => {
  it('should list the same exit codes in docs/cli.md as src/cli/exit-codes.ts', () => {
    const section = read('docs/cli.md').split('## Exit codes')[1] ?? '';
    const documented = [...section.matchAll(/^\| (\d+) \|/gm)].map((match) => Number(match[1]));
    expect(documented).toEqual(Object.values(ExitCode));
  });

  it.each([...new Set([usage, ...Object.values(commandUsage)].join('\n').match(/--[a-z][a-z-]+/g) ?? [])].map((flag) => [flag]))('should document %s in docs/cli.md', (flag) => {
    expect(read('docs/cli.md')).toContain(`\`${flag}`);
  });

  it.each(Object.entries(generatedSchemas()))('should have checked in %s as generated from the zod schema', (path, text) => {
    expect(read(path)).toBe(text);
  });

  it('should document every config key in docs/config.md', () => {
    const schema = JSON.parse(read('docs/schema/config.schema.json')) as { properties: Record<string, unknown> };
    for (const key of Object.keys(schema.properties)) expect(read('docs/config.md')).toContain(`\`${key}\``);
  });

  it('should publish the docs and the JSON Schemas with the package', () => {
    const manifest = JSON.parse(read('package.json')) as { files: string[] };
    expect(manifest.files).toContain('docs');
  });
});
