import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as annotator from '@apache-annotator/selector';
import type { TextPositionSelector, TextQuoteSelector } from '@apache-annotator/selector';
import { describe, expect, it } from 'vitest';
import { ruleCatalogue } from '../src/cli/catalogue.js';
import { loadFormatter } from '../src/report/formatters/index.js';
import { analyze, rules, type Report } from '../src/index.js';
import { runCli } from './helpers/cli.js';
import { repoRoot } from './helpers/golden.js';
import { citationCases } from './helpers/citation-cases.js';
import { seedText } from './helpers/fixtures.js';

interface Target {
  source: string;
  selector: [TextQuoteSelector & { type: 'TextQuoteSelector' }, TextPositionSelector & { type: 'TextPositionSelector' }];
}
interface Annotation {
  id: string;
  type: string;
  motivation: string;
  body: Array<{ type: string; purpose: string; value: string; format?: string }>;
  target: Target | Target[];
}
interface Collection {
  '@context': string;
  type: string;
  total: number;
  first?: { type: string; items: Annotation[] };
}

// The package's type declarations re-export its text module by an extensionless path, which
// NodeNext resolution cannot follow: the few signatures used here are declared by hand.
interface Chunk<Data> {
  readonly data: Data;
}
interface Chunker<Piece extends Chunk<string>> {
  readonly currentChunk: Piece;
  nextChunk(): Piece | null;
  previousChunk(): Piece | null;
  precedesCurrentChunk(chunk: Piece): boolean;
}
type Matcher = (scope: Chunker<Chunk<string>>) => AsyncGenerator<{ startIndex: number; endIndex: number }, void, void>;
const { textQuoteSelectorMatcher, textPositionSelectorMatcher } = annotator as unknown as {
  textQuoteSelectorMatcher(selector: TextQuoteSelector): Matcher;
  textPositionSelectorMatcher(selector: TextPositionSelector): Matcher;
};

/** One chunk holding the whole text: what the anchoring library reads plain text as. */
function chunkerOf(text: string): Chunker<Chunk<string>> {
  const chunk: Chunk<string> = { data: text };
  return { currentChunk: chunk, nextChunk: () => null, previousChunk: () => null, precedesCurrentChunk: () => false };
}

async function anchor(selector: TextQuoteSelector | TextPositionSelector, text: string): Promise<Array<[number, number]>> {
  const matcher = selector.type === 'TextQuoteSelector' ? textQuoteSelectorMatcher(selector as TextQuoteSelector) : textPositionSelectorMatcher(selector as TextPositionSelector);
  const found: Array<[number, number]> = [];
  for await (const range of matcher(chunkerOf(text))) found.push([range.startIndex, range.endIndex]);
  return found;
}

async function annotate(report: Report, text: string, claims: boolean): Promise<Collection> {
  const format = await loadFormatter('annotations');
  return JSON.parse(format(report, { rules: ruleCatalogue(rules), claims, sources: new Map([[report.files[0]!.path, text]]) })) as Collection;
}

/** Re-anchors every selector of every annotation with @apache-annotator/selector; answers how many were checked. */
async function expectAnchored(report: Report, text: string): Promise<number> {
  const collection = await annotate(report, text, true);
  const file = report.files[0]!;
  const slices = [
    ...file.findings.flatMap((finding) => finding.evidence.map((evidence) => [evidence.position.start.offset, evidence.position.end.offset] as [number, number])),
    ...file.claims.map((claim) => [claim.position.start.offset, claim.position.end.offset] as [number, number]),
  ];
  const targets = (collection.first?.items ?? []).flatMap((annotation) => (Array.isArray(annotation.target) ? annotation.target : [annotation.target]));
  expect(targets).toHaveLength(slices.length);
  for (const [index, target] of targets.entries()) {
    const [start, end] = slices[index]!;
    const [quote, position] = target.selector;
    expect(quote.exact).toBe(text.slice(start, end));
    expect(await anchor(position, text), `position selector ${index}`).toEqual([[start, end]]);
    expect(await anchor(quote, text), `quote selector ${index} ${JSON.stringify(quote)}`).toEqual([[start, end]]);
  }
  return targets.length;
}

const sharedCorpus = join(repoRoot, '..', 'shared', 'corpus');

describe('annotations format (W3C Web Annotations)', () => {
  it('should write a collection with one annotation per finding, assessing or questioning, and per claim with --claims', async () => {
    const report = analyze(seedText, { path: 'seed.txt' });
    const collection = await annotate(report, seedText, false);
    const findings = report.files[0]!.findings;
    expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.total).toBe(findings.length);
    for (const annotation of collection.first!.items) {
      expect(annotation.type).toBe('Annotation');
      expect(['assessing', 'questioning']).toContain(annotation.motivation);
      expect(annotation.body[0]!.purpose).toBe(annotation.motivation);
      expect(annotation.id).toMatch(/^urn:claimcheck:seed\.txt:finding:[0-9a-f]{16}/);
    }
    const messages = collection.first!.items.map((annotation) => annotation.body[0]!.value).sort();
    expect(messages).toEqual(findings.map((finding) => finding.message).sort());
    const withClaims = await annotate(report, seedText, true);
    const described = withClaims.first!.items.filter((annotation) => annotation.motivation === 'describing');
    expect(described).toHaveLength(report.files[0]!.claims.length);
    const date = described.find((annotation) => annotation.body[1]!.value === 'date')!;
    expect(JSON.parse(date.body[2]!.value)).toHaveProperty('timex');
  });

  it('should count TextPositionSelector offsets in code points, and never cut a surrogate pair in context', async () => {
    const text = 'The Band 🎸\n\nThe 𝔅𝔞𝔫𝔡 👩‍👩‍👧 was formed in 1999 in Toronto 🇨🇦 by Jane Doe. In 2004 😀 the band sold 3 million records.\n';
    const report = analyze(text, { path: 'band.txt' });
    const collection = await annotate(report, text, true);
    const date = collection.first!.items.find((annotation) => (annotation.target as Target).selector[0].exact === '1999')!;
    const offset = text.indexOf('1999');
    expect((date.target as Target).selector[1].start).toBe([...text.slice(0, offset)].length);
    for (const annotation of collection.first!.items) {
      const [quote] = (annotation.target as Target).selector;
      for (const context of [quote.prefix ?? '', quote.suffix ?? '']) expect(context).toBe([...context].join(''));
      expect(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/.test(quote.prefix ?? '') || /^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/.test(quote.suffix ?? '')).toBe(false);
    }
    expect(await expectAnchored(report, text)).toBeGreaterThanOrEqual(5);
  });

  it('should re-anchor every selector of the seed on its slice with @apache-annotator/selector', async () => {
    expect(await expectAnchored(analyze(seedText, { path: 'seed.txt' }), seedText)).toBeGreaterThan(300);
  }, 120_000);

  // The ten shortest articles: the anchoring library reads a text a character at a time through async
  // generators, so a long article with hundreds of claims takes minutes; ten short ones cover the same cases.
  const bySize = (name: string) => statSync(join(sharedCorpus, name)).size;
  const corpus = existsSync(sharedCorpus)
    ? readdirSync(sharedCorpus)
        .filter((name) => name.endsWith('.txt'))
        .sort((a, b) => bySize(a) - bySize(b) || (a < b ? -1 : 1))
        .slice(0, 10)
    : [];
  if (corpus.length === 0) {
    if (process.env.CI === 'true') throw new Error(`../shared/corpus is missing at ${sharedCorpus}`);
    it.skip('should re-anchor the selectors of 10 corpus articles (../shared/corpus is absent)', () => undefined);
  }
  it.each(corpus.map((name) => [name]))('should re-anchor every selector of %s (../shared/corpus) on its slice', async (name) => {
    const text = readFileSync(join(sharedCorpus, name), 'utf8');
    expect(await expectAnchored(analyze(text, { path: name }), text)).toBeGreaterThan(0);
  }, 120_000);

  it('should target a cited source with the quote it gives, and keep the article’s targets anchored', async () => {
    const entry = citationCases().find((candidate) => candidate.name === 'northfield-flood')!;
    const report = analyze(entry.text!, { path: 'article.md', sources: entry.sources });
    const collection = await annotate(report, entry.text!, false);
    const targets = (collection.first?.items ?? []).flatMap((annotation) => [annotation.target].flat());
    const fromSources = report.files[0]!.findings.flatMap((finding) => finding.evidence.filter((evidence) => evidence.source !== undefined));
    expect(fromSources.length).toBeGreaterThan(0);
    const sourceTargets = targets.filter((target) => target.source !== 'article.md');
    expect(sourceTargets.map((target) => [target.source, target.selector.length, target.selector[0].exact])).toEqual(fromSources.map((evidence) => [evidence.source, 1, evidence.quote]));
    for (const target of sourceTargets) expect(await anchor(target.selector[0], entry.files.get(target.source)!)).toHaveLength(1);
    for (const target of targets.filter((candidate) => candidate.source === 'article.md')) {
      const [quote, position] = target.selector;
      expect(await anchor(position, entry.text!)).toEqual(await anchor(quote, entry.text!));
    }
  });

  it('should write the collection from the CLI, with --claims', async () => {
    const run = await runCli(['check', '-f', 'annotations', '--claims', 'fixtures/seed/seed.txt'], { cwd: repoRoot });
    expect(run.code).toBe(1);
    const collection = JSON.parse(run.stdout) as Collection;
    expect(collection.first!.items.some((annotation) => annotation.motivation === 'describing')).toBe(true);
    expect((collection.first!.items[0]!.target as Target[])[0]!.source).toBe('fixtures/seed/seed.txt');
  });
});
