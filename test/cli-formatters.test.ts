import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatNames, loadFormatter, sortReport } from '../src/report/formatters/index.js';
import { escapeData, escapeProperty } from '../src/report/formatters/github.js';
import { ReportSchema, rules } from '../src/index.js';
import { ruleCatalogue } from '../src/cli/catalogue.js';
import { fixturesDir } from './helpers/fixtures.js';
import { expectGolden } from './helpers/golden.js';

// A hand-made report with what the fixtures' articles cannot show yet: claims,
// multi-evidence findings, every severity, special characters in paths and
// messages, and a file that failed.
const report = ReportSchema.parse(JSON.parse(readFileSync(join(fixturesDir, 'cli', 'synthetic-report.json'), 'utf8')));
const options = { rules: ruleCatalogue(rules), toolVersion: '0.0.0-test' };

describe('formatters', () => {
  it.each(formatNames.map((name) => [name]))('should format a report with claims, findings and a failed file as %s exactly as pinned', async (name) => {
    const format = await loadFormatter(name);
    expectGolden(format(report, options), `synthetic.${name}.txt`);
  });

  it.each(formatNames.map((name) => [name]))('should give %s the same bytes whatever order the report comes in', async (name) => {
    const format = await loadFormatter(name);
    const shuffled = { ...report, files: [...report.files].reverse().map((file) => ({ ...file, findings: [...file.findings].reverse() })) };
    expect(format(shuffled, options)).toBe(format(report, options));
  });

  it('should sort files by path and findings by offset, then rule id', () => {
    const sorted = sortReport(report);
    expect(sorted.files.map((file) => file.path)).toEqual(['docs/a, b: 100%.md', 'docs/broken.txt', 'docs/z-last.md']);
    expect(sorted.files[0]?.findings.map((finding) => finding.evidence[0]?.position.start.offset)).toEqual([16, 70]);
  });

  it.each([
    ['50% done', '50%25 done'],
    ['two\nlines\r\n', 'two%0Alines%0D%0A'],
    ['a: b, c', 'a: b, c'],
  ])('should escape %j as the message of a GitHub workflow command', (text, expected) => {
    expect(escapeData(text)).toBe(expected);
  });

  it.each([
    ['docs/a, b: 100%.md', 'docs/a%2C b%3A 100%25.md'],
    ['x\ny', 'x%0Ay'],
  ])('should escape %j as a property of a GitHub workflow command', (text, expected) => {
    expect(escapeProperty(text)).toBe(expected);
  });
});
