import { describe, expect, it } from 'vitest';
import { generatorNamed, generators, type Generator } from '../bench/fuzz/generators.js';
import { reportPositionViolations } from '../bench/fuzz/invariants.js';
import { createRandom } from '../bench/fuzz/mutate.js';
import { analyzeWithLimits } from '../src/analyze.js';
import { incompleteAnalysisRule } from '../src/check/index.js';
import { nextCut } from '../src/parse/chunked.js';
import { detectFormat } from '../src/parse/detect-format.js';
import { limitInlineMarkup } from '../src/parse/inline-limit.js';
import { limitNesting } from '../src/parse/nesting.js';
import type { Report } from '../src/schema/report.js';
import { ReportSchema } from '../src/schema/report.js';
import { defaultLimits, type Limits } from '../src/util/budget.js';

// Sizes are measured here, never time: the 1 MB timings are the benchmark's
// (`npm run bench -- --only stress`, docs/reliability.md).
const stressSize = 256 * 1024;
// The whole pipeline runs twice per class, so it runs on texts small enough
// for the suite to stay fast, yet past every limit that a class is built to hit.
const pipelineSize = 4 * 1024;

const unlimited: Limits = { nestingDepth: Infinity, inlineMarkup: Infinity, openBracketSpan: Infinity, parseUnits: Infinity, sentences: Infinity, workPerCharacter: Infinity, workFloor: Infinity, findingsPerRule: Infinity };

function build(generator: Generator, size: number): string {
  return generator.build(size, createRandom(15));
}

function analyzeClass(generator: Generator, text: string, limits: Partial<Limits> = {}): Report {
  return analyzeWithLimits(text, { format: generator.format, maxFileSize: Number.MAX_SAFE_INTEGER }, limits);
}

function skipsOf(report: Report): string[] {
  return (report.files[0]?.findings ?? []).filter((finding) => finding.ruleId === incompleteAnalysisRule.id).map((finding) => finding.message);
}

const byName = (generator: Generator) => [generator.name, generator] as const;

describe('structured generators at 256 KB', () => {
  it.each(generators.map(byName))('should build %s to the size asked for, one repeated unit more at most', (_name, generator) => {
    const text = build(generator, stressSize);
    expect(text.length).toBeGreaterThanOrEqual(stressSize);
    expect(text.length).toBeLessThan(stressSize + 512);
  });

  it.each(generators.map(byName))('should leave micromark no container past the depth limit and no Markdown paragraph past the markup limits in %s', (_name, generator) => {
    const text = build(generator, stressSize);
    const nested = limitNesting(text, defaultLimits.nestingDepth);
    const inline = limitInlineMarkup(nested.source, defaultLimits.inlineMarkup, defaultLimits.openBracketSpan);
    // What micromark is given holds every limit: scanning it again skips nothing.
    expect(limitNesting(inline.source, defaultLimits.nestingDepth).skipped).toEqual([]);
    expect(limitInlineMarkup(inline.source, defaultLimits.inlineMarkup, defaultLimits.openBracketSpan).skipped).toEqual([]);
    expect(inline.source.length).toBe(text.length);
  });

  it.each(['infobox-lines', 'infobox-lines-plain', 'list-items', 'ordered-list-items', 'wiki-headings', 'markdown-headings', 'one-line-paragraphs', 'footnote-calls-per-paragraph'])(
    'should find a place to cut %s into pieces at least every 1 KB',
    (name) => {
      const generator = generatorNamed(name);
      const text = build(generator, stressSize);
      const format = generator.format === 'auto' ? detectFormat(text) : generator.format;
      let widest = 0;
      for (let cut = 0; cut < text.length; ) {
        const next = nextCut(text, cut + 1, format === 'markdown' ? 'markdown' : 'wiki');
        widest = Math.max(widest, next - cut);
        cut = next;
      }
      expect(widest).toBeLessThanOrEqual(1024);
    },
  );
});

describe(`every class through the whole pipeline at ${pipelineSize / 1024} KB`, () => {
  it.each(generators.map(byName))('should report %s validly with exact positions, complete or saying what was skipped', (_name, generator) => {
    const text = build(generator, pipelineSize);
    const report = analyzeClass(generator, text);
    expect(ReportSchema.safeParse(report).success).toBe(true);
    expect(reportPositionViolations(text, report)).toEqual([]);
    const findings = report.files[0]?.findings ?? [];
    const perRule = new Map<string, number>();
    for (const finding of findings) perRule.set(finding.ruleId, (perRule.get(finding.ruleId) ?? 0) + 1);
    expect(Math.max(0, ...perRule.values())).toBeLessThanOrEqual(defaultLimits.findingsPerRule);
    // The report stays within a size proportional to the text.
    expect(JSON.stringify(report).length).toBeLessThan(400 * text.length);
    // A report that says nothing was skipped is the report of a run without limits.
    if (skipsOf(report).length === 0) expect(analyzeClass(generator, text, unlimited)).toEqual(report);
  });

  it.each([
    ['nested-bullet-list', 'nestingDepth'],
    ['nested-ordered-list', 'nestingDepth'],
    ['nested-blockquote', 'nestingDepth'],
    ['nested-list-by-indent', 'nestingDepth'],
    ['nested-footnote-definitions', 'nestingDepth'],
    ['nested-emphasis', 'inlineMarkup'],
    ['nested-brackets', 'inlineMarkup'],
    ['footnote-calls-one-paragraph', 'inlineMarkup'],
    ['open-bracket', 'openBracketSpan'],
  ] as const)('should say that %s was cut short by the `%s` limit', (name, limit) => {
    const generator = generatorNamed(name);
    expect(skipsOf(analyzeClass(generator, build(generator, pipelineSize)))).toContainEqual(expect.stringContaining(`\`${limit}\``));
  });

  it.each(['one-line-paragraphs', 'table-rows', 'infobox-lines'])('should stop parsing %s past the `parseUnits` limit and analyse the text before as if it ended there', (name) => {
    const generator = generatorNamed(name);
    const text = build(generator, stressSize);
    const report = analyzeClass(generator, text, { parseUnits: 20_000 });
    const skip = (report.files[0]?.findings ?? []).find((finding) => finding.ruleId === incompleteAnalysisRule.id);
    expect(skip?.message).toMatch(/^Incomplete analysis: skipped the text from line \d+ on \(not parsed\), over the `parseUnits` limit of `20000`$/);
    const parsedTo = skip?.evidence[0]?.position.start.offset ?? 0;
    expect(parsedTo).toBeGreaterThan(0);
    expect(parsedTo).toBeLessThan(text.length);
    expect(text.slice(parsedTo, parsedTo + 80)).toBe(skip?.evidence[0]?.quote);
    // The claims are those of the text before, analysed alone.
    const before = analyzeClass(generator, text.slice(0, parsedTo), unlimited);
    expect(report.files[0]?.claims).toEqual(before.files[0]?.claims);
  });

  it.each(['pronoun-chain', 'distinct-dates'])('should analyse only the sentences of %s within the `sentences` limit, and say from where it stopped', (name) => {
    const generator = generatorNamed(name);
    const text = build(generator, pipelineSize * 8);
    const full = analyzeClass(generator, text);
    const report = analyzeClass(generator, text, { sentences: 40 });
    const skip = (report.files[0]?.findings ?? []).find((finding) => finding.message.includes('`sentences`'));
    expect(skip?.message).toMatch(/^Incomplete analysis: skipped the sentences from line \d+ on \(not analysed\), over the `sentences` limit of `40`$/);
    const stoppedAt = skip?.evidence[0]?.position.start.offset ?? 0;
    expect(stoppedAt).toBeGreaterThan(0);
    const claims = report.files[0]?.claims ?? [];
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.length).toBeLessThan(full.files[0]?.claims.length ?? 0);
    for (const claim of claims) expect(claim.position.end.offset).toBeLessThanOrEqual(stoppedAt);
  });

  it('should say that nested-templates was cut short by the `findingsPerRule` limit, set low enough for 4 KB', () => {
    const generator = generatorNamed('nested-templates');
    expect(skipsOf(analyzeClass(generator, build(generator, pipelineSize), { findingsPerRule: 100 }))).toEqual(['Incomplete analysis: skipped 410 more `markup-residue` findings, over the `findingsPerRule` limit of `100`']);
  });

  it('should drop a step over its work allowance and say which one, keeping what the other steps found', () => {
    const generator = generatorNamed('subject-life-events');
    const text = build(generator, pipelineSize);
    const full = analyzeClass(generator, text);
    const starved = analyzeClass(generator, text, { workFloor: 0, workPerCharacter: 0.01 });
    const skipped = skipsOf(starved);
    expect(skipped.length).toBeGreaterThan(0);
    for (const message of skipped) expect(message).toMatch(/^Incomplete analysis: skipped (?:rule|resolver|refiner|claims of extractor) `[a-z-]+`.*`workPerCharacter`/);
    // Rules that were not dropped found what they found with a full budget.
    const droppedRules = new Set(skipped.flatMap((message) => /skipped rule `([a-z-]+)`/.exec(message)?.slice(1) ?? []));
    const kept = (report: Report) => (report.files[0]?.findings ?? []).filter((finding) => finding.ruleId !== incompleteAnalysisRule.id && !droppedRules.has(finding.ruleId));
    if (!skipped.some((message) => /resolver|refiner|extractor/.test(message))) expect(kept(starved)).toEqual(kept(full));
  });
});
