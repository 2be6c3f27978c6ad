import { describe, expect, it } from 'vitest';
import { analyze, analyzeWithLimits } from '../src/analyze.js';
import { incompleteAnalysisFindings } from '../src/check/incomplete.js';
import { createBudget, noBudget, spend, type Skipped } from '../src/util/budget.js';
import { createLocator } from '../src/util/location.js';

const place = (what: string, start: number, end: number): Omit<Skipped, 'limit' | 'value'> => ({ stage: 'check', what, start, end });

describe('a budget step', () => {
  it('should answer what the step made when it spends within its allowance', () => {
    const budget = createBudget(0, { limits: { workFloor: 10, workPerCharacter: 0 } });
    expect(budget.step(() => (spend(10), 'done'), () => 'fallback', () => place('x', 0, 0))).toBe('done');
    expect(budget.skipped).toEqual([]);
  });

  it('should answer the fallback and record the skip once the step spends past its allowance', () => {
    const budget = createBudget(100, { limits: { workFloor: 10, workPerCharacter: 2 } });
    const made = budget.step(
      () => {
        for (let unit = 0; unit < 1000; unit++) spend();
        return 'done';
      },
      () => 'fallback',
      () => place('rule `x`', 3, 7),
    );
    expect(made).toBe('fallback');
    expect(budget.skipped).toEqual([{ stage: 'check', what: 'rule `x`', start: 3, end: 7, limit: 'workPerCharacter', value: 210 }]);
  });

  it('should give each step its own allowance, nested steps too, and charge the innermost', () => {
    const budget = createBudget(0, { limits: { workFloor: 5, workPerCharacter: 0 } });
    const outer = budget.step(
      () => {
        spend(4);
        const inner = budget.step(() => (spend(6), 'inner'), () => 'inner skipped', () => place('inner', 0, 0));
        spend(1);
        return `outer, ${inner}`;
      },
      () => 'outer skipped',
      () => place('outer', 0, 0),
    );
    expect(outer).toBe('outer, inner skipped');
    expect(budget.skipped.map((entry) => entry.what)).toEqual(['inner']);
  });

  it('should let errors other than its own pass through', () => {
    const budget = createBudget(0);
    expect(() => budget.step(() => { throw new RangeError('boom'); }, () => 0, () => place('x', 0, 0))).toThrow(RangeError);
  });

  it('should charge nothing outside a step and under no budget', () => {
    expect(() => spend(Number.MAX_SAFE_INTEGER)).not.toThrow();
    expect(noBudget.step(() => (spend(Number.MAX_SAFE_INTEGER), 'done'), () => 'fallback', () => place('x', 0, 0))).toBe('done');
  });
});

describe('incomplete-analysis findings', () => {
  const text = 'a'.repeat(300);
  const locator = createLocator(text);

  it('should report one finding per kind of skip, at its first places, quoting at most 80 characters of each', () => {
    const skipped: Skipped[] = [10, 200, 50, 100].map((start) => ({ stage: 'parse', what: 'containers nested past level 32', limit: 'nestingDepth', value: 32, start, end: start + 90 }));
    const [finding, ...others] = incompleteAnalysisFindings(skipped, text, locator);
    expect(others).toEqual([]);
    expect(finding?.ruleId).toBe('incomplete-analysis');
    expect(finding?.severity).toBe('info');
    expect(finding?.message).toBe('Incomplete analysis: skipped containers nested past level 32, over the `nestingDepth` limit of `32`');
    expect(finding?.evidence.map((evidence) => [evidence.position.start.offset, evidence.quote.length])).toEqual([[10, 80], [50, 80], [100, 80]]);
    expect(finding?.reasoning).toContain('4 places in all; the first 3 are quoted');
  });

  it('should not cut a quote between the halves of a surrogate pair', () => {
    const astral = `${'b'.repeat(79)}😀${'b'.repeat(20)}`;
    const [finding] = incompleteAnalysisFindings([{ stage: 'parse', what: 'x', limit: 'nestingDepth', value: 1, start: 0, end: astral.length }], astral, createLocator(astral));
    expect(finding?.evidence[0]?.quote).toBe('b'.repeat(79));
  });
});

describe('the findings limit', () => {
  it('should report a run of one leftover back to back as one finding quoting the whole run', () => {
    const text = `= T =\n\nIt was founded in 1990 ${'[['.repeat(50_000)} and [[Paris]].`;
    const residue = (analyze(text).files[0]?.findings ?? []).filter((finding) => finding.ruleId === 'markup-residue');
    expect(residue.map((finding) => finding.message)).toEqual([
      'Unexpected wiki link or template brackets `[[` (50000 times in a row) in the text',
      'Unexpected wiki link or template brackets `[[` in the text',
      'Unexpected wiki link or template brackets `]]` in the text',
    ]);
    const run = residue[0]?.evidence[0];
    expect(run?.quote).toBe('[['.repeat(50_000));
    expect(text.slice(run?.position.start.offset, run?.position.end.offset)).toBe(run?.quote);
  });

  it('should report findings past the per-rule limit as one skip, keeping the first in document order', () => {
    const findings = analyzeWithLimits(`= T =\n\n${'{{a '.repeat(1500)}`, {}, { findingsPerRule: 1000 }).files[0]?.findings ?? [];
    const residue = findings.filter((finding) => finding.ruleId === 'markup-residue');
    expect(residue).toHaveLength(1000);
    expect(residue[0]?.evidence[0]?.position.start.offset).toBe(7);
    expect(findings.filter((finding) => finding.ruleId === 'incomplete-analysis').map((finding) => finding.message)).toEqual([
      'Incomplete analysis: skipped 500 more `markup-residue` findings, over the `findingsPerRule` limit of `1000`',
    ]);
  });
});
