import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';
import { onlyMarkupResidue } from './helpers/config.js';
import { fixturesDir } from './helpers/fixtures.js';
import { expectExactPosition } from './helpers/positions.js';

interface SuppressionCase {
  name: string;
  format: 'wiki' | 'markdown';
  lines: string[];
  reportUnused: boolean;
  /** `line:column rule-id` of every finding left, in order. */
  expected: string[];
}

const cases = JSON.parse(readFileSync(join(fixturesDir, 'cli', 'suppressions.json'), 'utf8')) as SuppressionCase[];

describe('suppression comments', () => {
  it.each(cases.map((entry) => [entry.name, entry] as const))('should leave the expected findings when %s', (_name, entry) => {
    const text = entry.lines.join('\n');
    const report = analyze(text, { format: entry.format, rules: onlyMarkupResidue(), reportUnusedDisableDirectives: entry.reportUnused ? 'warning' : 'off' });
    const findings = report.files[0]!.findings;
    for (const finding of findings) for (const evidence of finding.evidence) expectExactPosition(text, evidence.position, evidence.quote);
    expect(findings.map((finding) => `${finding.evidence[0]!.position.start.line}:${finding.evidence[0]!.position.start.column} ${finding.ruleId}`)).toEqual(entry.expected);
  });

  it('should report an unused directive as a warning quoting the whole comment, with a stable fingerprint', () => {
    const text = '# Club\n\n<!-- claimcheck-disable-next-line figure-conflict -- two sources -->\nIt rowed in 1899.\n';
    const [finding] = analyze(text, { reportUnusedDisableDirectives: 'warning' }).files[0]!.findings;
    expect(finding).toMatchObject({
      ruleId: 'unused-disable-directive',
      severity: 'warning',
      message: 'Unused `claimcheck-disable-next-line` directive: no `figure-conflict` finding to suppress',
      evidence: [{ quote: '<!-- claimcheck-disable-next-line figure-conflict -- two sources -->', role: 'directive' }],
    });
    const shifted = analyze(`Intro line.\n\n${text}`, { reportUnusedDisableDirectives: 'warning' }).files[0]!.findings[0];
    expect(shifted?.fingerprint).toBe(finding?.fingerprint);
  });
});
