import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BlockContent, PhrasingContent, Text } from 'mdast';
import { describe, expect, it } from 'vitest';
import { singleRunViolations } from '../bench/fuzz/invariants.js';
import { segmentArticle } from '../src/index.js';
import { fixturesDir } from './helpers/fixtures.js';

/** One adversarial input: `prefix + repeat × times (or up to length characters) + suffix`. */
interface AdversarialInput {
  name: string;
  repeat: string;
  times?: number;
  length?: number;
  prefix?: string;
  suffix?: string;
  format?: 'auto' | 'wiki' | 'markdown';
  /** Where the time goes when it is slow outside claimcheck; run smaller unless asked for full size. */
  upstream?: string;
}

const { inputs } = JSON.parse(readFileSync(join(fixturesDir, 'adversarial', 'inputs.json'), 'utf8')) as { inputs: AdversarialInput[] };
const full = process.env.CLAIMCHECK_ADVERSARIAL === 'full';

function build(input: AdversarialInput, scale: number): string {
  const body =
    input.times !== undefined
      ? input.repeat.repeat(Math.round(input.times * scale))
      : input.repeat.repeat(Math.ceil((input.length ?? 0) / input.repeat.length)).slice(0, Math.round((input.length ?? 0) * scale));
  return `${input.prefix ?? ''}${body}${input.suffix ?? ''}`;
}

describe('adversarial inputs', () => {
  it.each(inputs.map((input) => [input.name, input] as const))(
    'should analyse %s to a valid report with exact positions',
    (_name, input) => {
      const text = build(input, input.upstream && !full ? 0.25 : 1);
      expect(text.length).toBeGreaterThan(input.upstream && !full ? 2_000 : 10_000);
      expect(singleRunViolations({ text, format: input.format ?? 'auto' })).toEqual([]);
    },
    // Hangs are what this guards against; the benchmark measures speed.
    600_000,
  );

  it('should say why each input that is run smaller is slow', () => {
    for (const input of inputs.filter((entry) => entry.upstream)) expect(input.upstream?.length).toBeGreaterThan(40);
  });
});

describe('stack depth', () => {
  // Trees built by hand, 100 000 levels deep: far past where a recursive
  // walker overflows, without paying micromark for parsing them.
  const text = 'It was founded in 1990.';
  const leaf = (): Text => ({ type: 'text', value: text, position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 24, offset: 23 } } });
  const depth = 100_000;

  it('should segment a 100 000-deep blockquote', () => {
    let node: BlockContent = { type: 'paragraph', children: [leaf()] };
    for (let level = 0; level < depth; level++) node = { type: 'blockquote', children: [node] };
    const article = segmentArticle({ type: 'root', children: [node] }, text);
    expect(article.sentences.map((sentence) => [sentence.text, sentence.where])).toEqual([[text, 'quote']]);
  });

  it('should segment 100 000-deep emphasis', () => {
    let node: PhrasingContent = leaf();
    for (let level = 0; level < depth; level++) node = { type: level % 2 ? 'strong' : 'emphasis', children: [node] };
    const article = segmentArticle({ type: 'root', children: [{ type: 'paragraph', children: [node] }] }, text);
    expect(article.sentences.map((sentence) => sentence.plain)).toEqual([text]);
  });
});
