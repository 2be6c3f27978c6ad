import { describe, expect, it } from 'vitest';
import { analyze, ReportSchema, type Report } from '../src/index.js';
import { sharedArticles } from '../bench/shared-texts.js';
import { corpusArticles, describeShared, seedText } from './helpers/fixtures.js';
import { expectExactPosition } from './helpers/positions.js';

function checkReport(text: string, report: Report): void {
  expect(ReportSchema.parse(report)).toEqual(report);
  const file = report.files[0];
  for (const claim of file?.claims ?? []) expectExactPosition(text, claim.position, claim.text);
  for (const finding of file?.findings ?? []) for (const evidence of finding.evidence) expectExactPosition(text, evidence.position, evidence.quote);
  for (const entity of file?.entities ?? []) for (const alias of entity.aliases) for (const evidence of alias.evidence) expectExactPosition(text, evidence.position, evidence.quote);
  for (const corroboration of file?.corroborations ?? []) for (const evidence of corroboration.evidence) expectExactPosition(text, evidence.position, evidence.quote);
  // Real articles stay within every work limit: nothing is skipped.
  expect(file?.findings.filter((finding) => finding.ruleId === 'incomplete-analysis')).toEqual([]);
}

describe('analyze', () => {
  it('should answer a schema-valid report of the seed with exact quotes everywhere', () => {
    const report = analyze(seedText, { path: 'seed.txt' });
    expect(report.version).toBe(1);
    expect(report.files[0]?.path).toBe('seed.txt');
    checkReport(seedText, report);
  });

  it('should give the same bytes for the same input', () => {
    expect(JSON.stringify(analyze(seedText))).toBe(JSON.stringify(analyze(seedText)));
  });

  describeShared('on the texts of ../shared', () => {
    it.each(corpusArticles())('should answer a schema-valid report with exact quotes for %s', (_name, text) => {
      checkReport(text, analyze(text));
    });

    it.each(sharedArticles('wikitext').map((article) => [article.name, article.text]))('should answer a schema-valid report with exact quotes for the wikitext %s', (_name, text) => {
      checkReport(text, analyze(text));
    });
  });

  it('should refuse an unknown rule in the options, naming it and the known rules', () => {
    expect(() => analyze('x', { rules: { 'no-such-rule': 'off' } })).toThrow(/options\.rules\.no-such-rule: unknown rule `no-such-rule`, expected one of .*markup-residue/);
  });

  it('should refuse a bad reference date', () => {
    expect(() => analyze('x', { referenceDate: 'yesterday' })).toThrow(/options\.referenceDate/);
  });
});
