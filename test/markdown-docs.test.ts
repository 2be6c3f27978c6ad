import type { Nodes } from 'mdast';
import { describe, expect, it } from 'vitest';
import { analyze, parseArticle, type Report } from '../src/index.js';
import { readFixture, seedText } from './helpers/fixtures.js';

const residue = readFixture('cli', 'markdown', 'residue.md');
const wikitextPage = readFixture('citations', 'lake-varn', 'article.wiki');

const frontMatters = {
  yaml: '---\ntitle: "Harbour Rowing Club"\ndate: 2021-03-04\ntags: [rowing, history]\n---\n',
  toml: '+++\ntitle = "Harbour Rowing Club"\ndate = 2021-03-04T10:00:00Z\n+++\n',
};

/** A report's findings with their offsets moved back by `shift`: what a page says, wherever it starts. */
function findingsOf(report: Report, shift: number) {
  return report.files[0]!.findings.map((finding) => ({
    ruleId: finding.ruleId,
    message: finding.message,
    evidence: finding.evidence.map((evidence) => [evidence.quote, evidence.position.start.offset - shift]),
  }));
}

describe('front matter', () => {
  it.each([
    ['YAML', 'Markdown', frontMatters.yaml, residue],
    ['TOML', 'Markdown', frontMatters.toml, residue],
    ['YAML', 'wiki', frontMatters.yaml, seedText],
    ['TOML', 'wiki', frontMatters.toml, seedText],
    ['YAML', 'wikitext', frontMatters.yaml, wikitextPage],
    ['TOML', 'wikitext', frontMatters.toml, wikitextPage],
  ])('should give a %s front-matter %s page the same findings and title as without it (the front matter’s title when it has none)', (_kind, _format, matter, page) => {
    const plain = analyze(page, { path: 'page' });
    const withMatter = analyze(matter + page, { path: 'page' });
    expect(withMatter.files[0]!.format).toBe(plain.files[0]!.format);
    expect(plain.files[0]!.findings.length).toBeGreaterThan(0);
    expect(findingsOf(withMatter, matter.length)).toEqual(findingsOf(plain, 0));
    // Front matter names a page no heading names (wikitext has no title line).
    expect(withMatter.files[0]!.title).toBe(plain.files[0]!.title ?? 'Harbour Rowing Club');
    expect(withMatter.files[0]!.claims.map((claim) => claim.text)).toEqual(plain.files[0]!.claims.map((claim) => claim.text));
  });

  it.each(Object.entries(frontMatters))('should name the article by a %s title when no heading does, at the exact place of the title', (_kind, matter) => {
    const text = `${matter}\nThe club was founded in 1899 and moved in 1901.\n`;
    const file = analyze(text).files[0]!;
    expect(file.title).toBe('Harbour Rowing Club');
    expect(text.slice(file.titlePosition!.start.offset, file.titlePosition!.end.offset)).toBe('Harbour Rowing Club');
    expect(parseArticle(text).children[0]!.type).toBe(_kind);
  });

  it.each(Object.entries(frontMatters))('should anchor relative dates to a %s date', (_kind, matter) => {
    const file = analyze(`${matter}\nThe crews met on 29 October and again last year.\n`).files[0]!;
    const dates = file.claims.filter((claim) => claim.kind === 'date').map((claim) => [claim.text, claim.kind === 'date' ? claim.value.timex : '']);
    expect(dates).toEqual([
      ['29 October', '2021-10-29'],
      ['last year', '2020'],
    ]);
  });

  it('should not read front matter as prose: no claims from its keys and values', () => {
    const matter = '---\ntitle: Club\nauthor: Jane Doe\ndate: 2021-03-04\nversion: 1999\n---\n';
    const file = analyze(`${matter}\n# Club\n\nThe club rows.\n`).files[0]!;
    expect(file.claims.filter((claim) => claim.position.start.offset < matter.length)).toEqual([]);
  });
});

/** Source ranges of inline code and inline HTML in a Markdown tree. */
function codeAndHtml(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const stack: Nodes[] = [parseArticle(text, { format: 'markdown' })];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if ((node.type === 'inlineCode' || node.type === 'html') && node.position) ranges.push([node.position.start.offset!, node.position.end.offset!]);
    if ('children' in node) stack.push(...(node.children as Nodes[]));
  }
  return ranges;
}

describe('inline code and HTML are not prose', () => {
  const page = [
    '# Release notes',
    '',
    'Set `$0` in `Cargo.toml` and export `CONST` before 2021; `{{` and `[[x]]` are template syntax, `1122` an id.',
    '',
    'The limit is 2<sup>128</sup> keys.<br>Ask&nbsp;the team in [[1]](https://example.org/1) or <span class="x">Berlin</span>.',
    '',
    'Meetings are at 1500 UTC; see issues/1033 and RFC 1122. The team met on 29 October.',
  ].join('\n');

  it('should take no claim from inline code or an inline HTML tag', () => {
    const file = analyze(page, { format: 'markdown' }).files[0]!;
    const ranges = codeAndHtml(page);
    const inside = file.claims.filter((claim) => ranges.some(([start, end]) => claim.position.start.offset >= start && claim.position.end.offset <= end));
    expect(inside.map((claim) => claim.text)).toEqual([]);
    const texts = file.claims.map((claim) => claim.text);
    expect(texts).not.toContain('$0');
    expect(texts.some((text) => /Cargo|CONST|2128|1122|1033|1500/.test(text))).toBe(false);
    expect(texts).toContain('Berlin');
  });

  it('should report no markup residue on inline code, HTML, entities or citation links', () => {
    const file = analyze(page, { format: 'markdown' }).files[0]!;
    expect(file.findings.filter((finding) => finding.ruleId === 'markup-residue').map((finding) => finding.message)).toEqual([]);
  });

  it('should still report wiki residue in Markdown prose', () => {
    const file = analyze('# Club\n\nThe club rowed on the [[River Tees]] with style=bold crews.\n', { format: 'markdown' }).files[0]!;
    expect(file.findings.map((finding) => finding.evidence[0]!.quote)).toEqual(['[[', ']]', 'style=bold']);
  });
});
