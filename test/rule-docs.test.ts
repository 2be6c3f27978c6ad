import { describe, expect, it } from 'vitest';
import { analyze, rules, type AnalyzeOptionsInput } from '../src/index.js';
import { expectExactPosition } from './helpers/positions.js';
import { readRuleDocs, ruleDocSections } from './helpers/rule-docs.js';

const docs = readRuleDocs();

const formats: Record<string, 'markdown' | 'wiki' | 'wikitext'> = { markdown: 'markdown', wiki: 'wiki', wikitext: 'wikitext' };

function run(text: string, format: string, id: string, options?: Record<string, unknown>, sources?: Record<string, string>) {
  const settings: NonNullable<AnalyzeOptionsInput['rules']> = Object.fromEntries(rules.filter((rule) => rule.id !== id).map((rule) => [rule.id, 'off']));
  const rule = rules.find((candidate) => candidate.id === id);
  // A rule that is off by default is on here, at its default severity.
  if (rule) settings[id] = options ? [rule.meta.defaultSeverity, options] : rule.meta.defaultSeverity;
  const report = analyze(text, { format: formats[format] ?? 'auto', rules: settings, ...(sources ? { sources } : {}) });
  const findings = report.files[0]?.findings ?? [];
  for (const finding of findings) {
    for (const evidence of finding.evidence) {
      if (evidence.source === undefined) expectExactPosition(text, evidence.position, evidence.quote);
      else expectExactPosition(sources?.[evidence.source] ?? '', evidence.position, evidence.quote);
    }
  }
  return findings.filter((finding) => finding.ruleId === id);
}

describe('rule docs', () => {
  it('should have one doc per rule and one rule per doc', () => {
    expect(docs.map((doc) => doc.id)).toEqual(rules.map((rule) => rule.id).sort());
  });

  it.each(docs.map((doc) => [doc.id, doc] as const))('should give %s the fixed sections in order', (_id, doc) => {
    expect(doc.sections).toEqual([...ruleDocSections]);
  });

  it.each(docs.map((doc) => [doc.id, doc] as const))('should report the documented findings on the failing example of %s', (id, doc) => {
    const findings = run(doc.failing, doc.failingFormat, id, doc.options, doc.failingSources);
    expect(doc.expected.length).toBeGreaterThan(0);
    expect(findings.map((finding) => ({ severity: finding.severity, message: finding.message, quotes: finding.evidence.map((evidence) => evidence.quote) }))).toEqual(doc.expected);
  });

  it.each(docs.map((doc) => [doc.id, doc] as const))('should report nothing on the passing example of %s', (id, doc) => {
    expect(run(doc.passing, doc.passingFormat, id, doc.options, doc.passingSources)).toEqual([]);
  });

  it.each(rules.map((rule) => [rule.id, rule] as const))('should derive the docs URL of %s from its id', (id, rule) => {
    expect(rule.meta.docsUrl.endsWith(`/docs/rules/${id}.md`)).toBe(true);
  });
});
