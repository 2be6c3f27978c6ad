import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { ReportSchema, rules } from '../src/index.js';
import { ruleCatalogue } from '../src/cli/catalogue.js';
import { loadFormatter } from '../src/report/formatters/index.js';
import { runCli } from './helpers/cli.js';
import { fixturesDir } from './helpers/fixtures.js';
import { repoRoot } from './helpers/golden.js';

// The SARIF 2.1.0 schema, vendored (see fixtures/schemas/README.md).
const sarifSchema = JSON.parse(readFileSync(join(fixturesDir, 'schemas', 'sarif-schema-2.1.0-rtm.5.json'), 'utf8')) as object;
// The schema's language-tag pattern is not valid in Unicode mode; SARIF validators compile it without the `u` flag.
// Both are CommonJS with the export on `default` too, which is what NodeNext types see.
const ajv = new ajvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
ajvFormats.default(ajv);
const validate = ajv.compile(sarifSchema);

function expectValidSarif(text: string): void {
  const valid = validate(JSON.parse(text));
  expect(validate.errors ?? [], 'SARIF schema errors').toEqual([]);
  expect(valid).toBe(true);
}

interface SarifLog {
  runs: Array<{
    tool: { driver: { rules: Array<{ id: string; helpUri?: string }> } };
    invocations: Array<{ executionSuccessful: boolean }>;
    results: Array<{ ruleId: string; ruleIndex: number; level: string; locations: Array<{ physicalLocation: { region: Record<string, unknown> } }> }>;
  }>;
}

describe('SARIF output', () => {
  it('should validate the seed against the SARIF 2.1.0 schema', async () => {
    const run = await runCli(['check', '--format', 'sarif', 'fixtures/seed/seed.txt'], { cwd: repoRoot });
    // The seed contradicts itself: error-level findings, exit code 1.
    expect(run.code).toBe(1);
    expectValidSarif(run.stdout);
  });

  it('should validate a report with multi-evidence findings and a failed file against the schema', async () => {
    const report = ReportSchema.parse(JSON.parse(readFileSync(join(fixturesDir, 'cli', 'synthetic-report.json'), 'utf8')));
    const text = (await loadFormatter('sarif'))(report, { rules: ruleCatalogue(rules), toolVersion: '0.1.0' });
    expectValidSarif(text);
    const log = JSON.parse(text) as SarifLog;
    expect(log.runs[0]?.invocations[0]?.executionSuccessful).toBe(false);
  });

  it('should describe every rule with a help URI and point each result at its descriptor and region', async () => {
    const run = await runCli(['check', '--format', 'sarif', 'fixtures/seed/seed.txt'], { cwd: repoRoot });
    const log = JSON.parse(run.stdout) as SarifLog;
    const [sarifRun] = log.runs;
    const descriptors = sarifRun!.tool.driver.rules;
    expect(descriptors.map((rule) => rule.id)).toEqual(expect.arrayContaining(rules.map((rule) => rule.id)));
    for (const descriptor of descriptors) expect(descriptor.helpUri).toMatch(/^https:\/\//);
    expect(sarifRun!.results.length).toBeGreaterThan(0);
    for (const result of sarifRun!.results) {
      expect(descriptors[result.ruleIndex]?.id).toBe(result.ruleId);
      expect(Object.keys(result.locations[0]!.physicalLocation.region)).toEqual(['startLine', 'startColumn', 'endLine', 'endColumn', 'snippet']);
    }
  });
});
