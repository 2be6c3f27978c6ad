import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, parseArticle, segmentArticle } from '../src/index.js';
import { expectArticlePositions, expectExactPosition, treeNodes } from './helpers/positions.js';
import { sharedDir } from '../bench/shared-texts.js';
import { describeShared } from './helpers/fixtures.js';

const folder = join(sharedDir, 'wikitext');
const articles = (): Array<[string, string]> =>
  readdirSync(folder)
    .filter((name) => name.endsWith('.wiki'))
    .sort()
    .map((name) => [name, readFileSync(join(folder, name), 'utf8')]);

/** Offsets of `<ref` openings (`<ref>`, `<ref name…`, `<ref/>`) outside comments, found by a plain scan. */
function refOpenings(text: string): number[] {
  const offsets: number[] = [];
  const lower = text.toLowerCase();
  let at = 0;
  while (at < text.length) {
    const ref = lower.indexOf('<ref', at);
    const comment = text.indexOf('<!--', at);
    if (ref < 0) break;
    if (comment >= 0 && comment < ref) {
      const close = text.indexOf('-->', comment + 4);
      at = close < 0 ? text.length : close + 3;
      continue;
    }
    if (/[\s>/]/.test(text[ref + 4] ?? '')) offsets.push(ref);
    at = ref + 4;
  }
  return offsets;
}

// What the reader never sees: link and template brackets, ref tags, bold and italic quotes, table pipes.
const syntax = /\[\[|\]\]|\{\{|\}\}|<\/?ref|''|\{\||\|\}|\|/;

describeShared('wikitext articles of ../shared/wikitext', () => {
  const texts = articles();

  it('should have the 22 articles', () => {
    expect(texts.length).toBe(22);
  });

  it.each(texts)('should give every node and sentence of %s an exact position', (_name, text) => {
    expectArticlePositions(text, parseArticle(text, { format: 'wikitext' }));
  });

  it.each(texts)('should make every <ref of %s a citation', (_name, text) => {
    const openings = refOpenings(text);
    const tree = parseArticle(text, { format: 'wikitext' });
    const refs = [...treeNodes(tree)].filter((node) => node.type === 'wikiRef').map((node) => node.position?.start.offset);
    expect(refs.sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(openings);
    const { citations } = segmentArticle(tree);
    const recorded = new Set(citations.flatMap((citation) => [citation.definition?.position.start.offset, ...citation.uses.map((use) => use.position.start.offset)]));
    for (const offset of openings) expect(recorded.has(offset), `<ref at ${offset} is a citation's definition or use`).toBe(true);
  });

  it.each(texts)('should read the claims of %s from what the reader sees', (_name, text) => {
    const report = analyze(text, { format: 'wikitext' });
    const file = report.files[0];
    expect(file?.error).toBeUndefined();
    const article = segmentArticle(parseArticle(text, { format: 'wikitext' }));
    for (const claim of file?.claims ?? []) {
      expectExactPosition(text, claim.position, claim.text);
      const sentence = article.sentences[claim.sentence];
      const seen = sentence?.plain.slice(sentence.fromSource(claim.position.start.offset), sentence.fromSource(claim.position.end.offset)) ?? '';
      expect(seen, `${claim.kind} ${claim.text}`).not.toMatch(syntax);
      if ('name' in claim.value) expect(claim.value.name, claim.text).not.toMatch(syntax);
    }
  });
});
