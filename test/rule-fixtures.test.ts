import { describe, expect, it } from 'vitest';
import { analyze, rules, type Finding } from '../src/index.js';
import { expectExactPosition } from './helpers/positions.js';
import { readRuleFixtures, type RuleCase } from './helpers/rule-fixtures.js';

const cases = readRuleFixtures();

const loud = (finding: Finding) => finding.severity === 'error' || finding.severity === 'warning';

/** The rule under test is made loud where its default is not (`info`, off by default), so its catch files can catch and its pass files show it stays quiet. */
function settingsOf(ruleId: string): Record<string, 'warning'> {
  const meta = rules.find((rule) => rule.id === ruleId)?.meta;
  return meta && (meta.defaultSeverity === 'info' || meta.offByDefault) ? { [ruleId]: 'warning' } : {};
}

function findingsOf(entry: RuleCase): Finding[] {
  const findings = analyze(entry.text, { path: entry.file, rules: settingsOf(entry.rule) }).files[0]?.findings ?? [];
  for (const finding of findings) for (const evidence of finding.evidence) expectExactPosition(entry.text, evidence.position, evidence.quote);
  return findings;
}

describe('rule fixtures', () => {
  it('should give every catch file its expected quotes and every rule four of each kind', () => {
    for (const entry of cases) expect(entry.file.startsWith('catch-') === (entry.quotes !== undefined), `${entry.rule}/${entry.file}`).toBe(true);
    const counts = new Map<string, { catch: number; pass: number }>();
    for (const entry of cases) {
      const count = counts.get(entry.rule) ?? { catch: 0, pass: 0 };
      count[entry.file.startsWith('catch-') ? 'catch' : 'pass']++;
      counts.set(entry.rule, count);
    }
    for (const [rule, count] of counts) {
      expect(count.catch, rule).toBeGreaterThanOrEqual(4);
      expect(count.pass, rule).toBeGreaterThanOrEqual(4);
    }
  });

  it.each(cases.filter((entry) => entry.quotes).map((entry) => [`${entry.rule}/${entry.file}`, entry] as const))('should catch %s', (_name, entry) => {
    const findings = findingsOf(entry).filter((finding) => finding.ruleId === entry.rule && loud(finding));
    expect(findings.length, findings.map((finding) => finding.message).join('\n')).toBeGreaterThan(0);
    const quoted = findings.flatMap((finding) => finding.evidence.map((evidence) => evidence.quote));
    for (const quote of entry.quotes ?? []) expect(quoted.some((evidence) => evidence.includes(quote)), `${quote} in ${JSON.stringify(quoted)}`).toBe(true);
  });

  it.each(cases.filter((entry) => !entry.quotes).map((entry) => [`${entry.rule}/${entry.file}`, entry] as const))('should not raise an error or warning on the near-miss %s', (_name, entry) => {
    expect(findingsOf(entry).filter(loud).map((finding) => `${finding.ruleId}: ${finding.message}`)).toEqual([]);
  });
});
