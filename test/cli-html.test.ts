import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleCatalogue } from '../src/cli/catalogue.js';
import { renderMarkedText, type Mark } from '../src/report/formatters/html-article.js';
import { loadFormatter, sortReport } from '../src/report/formatters/index.js';
import { analyze, ReportSchema, rules, type Claim, type Finding, type Report } from '../src/index.js';
import { runCli } from './helpers/cli.js';
import { distCli, ensureBuilt, runDist } from './helpers/dist.js';
import { fixturesDir, itShared, readArticle, readFixture, splitByArticle } from './helpers/fixtures.js';
import { repoRoot } from './helpers/golden.js';
import { articlesOf, isSubsequence, readMarkedText, verdictBadge } from './helpers/html.js';
import { citationCases } from './helpers/citation-cases.js';
import { writeTree } from './helpers/tree.js';

/** A text with marks given as `[start, end, priority]`, and how many marks fall outside it. */
interface MarksCase {
  name: string;
  text: string;
  marks: Array<[number, number, number]>;
  dropped?: number;
}

/** An article to render: inline text or a fixture file, optionally with CRLF line endings or a BOM. */
interface ArticleCase {
  name: string;
  text?: string;
  file?: string;
  lineEndings?: 'crlf';
  bom?: boolean;
  /** The article has findings, so their evidence is checked too. */
  findings?: boolean;
}

const markCases = JSON.parse(readFixture('html', 'marks.json')) as MarksCase[];
const articleCases = JSON.parse(readFixture('html', 'articles.json')) as ArticleCase[];
const seedPath = 'fixtures/seed/seed.txt';

function articleText(entry: ArticleCase): string {
  let text = entry.text ?? readArticle(entry.file!);
  if (entry.lineEndings === 'crlf') text = text.replaceAll('\n', '\r\n');
  return entry.bom ? `\uFEFF${text}` : text;
}

async function renderHtml(report: Report, sources?: ReadonlyMap<string, string>): Promise<string> {
  const format = await loadFormatter('html');
  return format(report, { rules: ruleCatalogue(rules), ...(sources === undefined ? {} : { sources }) });
}

describe('html format: marked text', () => {
  it.each(markCases.map((entry) => [entry.name, entry]))('should keep tags balanced and every mark around its exact text: %s', (_, entry) => {
    const marks: Mark[] = entry.marks.map(([start, end, priority], index) => ({
      start,
      end,
      priority,
      open: `<span data-m="${index}" id="m${index}">`,
      reopen: `<span data-m="${index}">`,
      close: '</span>',
    }));
    const html = renderMarkedText(entry.text, marks);
    const { text, inside } = readMarkedText(html, ['data-m']);
    expect(text).toBe(entry.text);
    const kept = marks.filter((mark) => mark.end <= entry.text.length);
    expect(marks.length - kept.length).toBe(entry.dropped ?? 0);
    for (const [index, mark] of marks.entries()) {
      if (!kept.includes(mark)) continue;
      expect(inside.get(`data-m=${index}`), `mark ${index}`).toBe(entry.text.slice(mark.start, mark.end));
      expect(html.split(`id="m${index}"`).length - 1, `mark ${index} has one id`).toBe(1);
    }
  });
});

describe('html format: large articles', () => {
  it('should render a 1 MB text with tens of thousands of crossing claims, each around its text', async () => {
    const sentence = 'In 1990 Acme had 300 staff. ';
    const text = sentence.repeat(36_000);
    const seed = analyze(seedText(), { path: 'seed.txt' }).files[0]!;
    const date = seed.claims.find((claim) => claim.kind === 'date')!;
    const event = seed.claims.find((claim) => claim.kind === 'event')!;
    const at = (start: number, end: number) => ({ text: text.slice(start, end), position: { start: { line: 1, column: start + 1, offset: start }, end: { line: 1, column: end + 1, offset: end } } });
    const claims: Claim[] = [];
    for (let start = 0; start < text.length; start += sentence.length) {
      // An event running into the next sentence crosses its date, as events and claims do.
      claims.push({ ...date, id: `date-${start}`, ...at(start + 3, start + 7) }, { ...event, id: `event-${start}`, ...at(start, Math.min(start + 40, text.length)) });
    }
    const page = await renderHtml({ version: 1, files: [{ ...seed, path: 'big.txt', claims, findings: [], format: 'wiki' }] }, new Map([['big.txt', text]]));
    const { text: shown, inside } = readMarkedText(articlesOf(page)[0]!, ['data-claim']);
    expect(shown).toBe(`${text.trimEnd()}\n`);
    // The last event runs past the paragraph's end, into its trailing space.
    for (const claim of claims) expect(inside.get(`data-claim=${claim.id}`)).toBe(claim.text.trimEnd());
  });
});

/** Findings in the page's order: errors, then warnings, then info, each by position. */
function displayOrder(report: Report): Finding[] {
  const findings = sortReport(report).files[0]!.findings;
  return (['error', 'warning', 'info'] as const).flatMap((severity) => findings.filter((finding) => finding.severity === severity));
}

async function checkArticleRendering(_name: string, entry: ArticleCase): Promise<void> {
  const text = articleText(entry);
  const report = analyze(text, { path: 'article.txt' });
  const file = report.files[0]!;
  expect(file.claims.length).toBeGreaterThan(0);
  if (entry.findings) expect(file.findings.length).toBeGreaterThan(0);
  const page = await renderHtml(report, new Map([['article.txt', text]]));
  expect(page.match(/<script/gi)).toHaveLength(1);
  expect(page).not.toMatch(/<b[ >]/i);
  const [article, ...others] = articlesOf(page);
  expect(others).toEqual([]);
  // A wikitext citation's number (`[1]`, `[citation needed]`) is what MediaWiki shows, not a slice of the source.
  const { text: shown, inside } = readMarkedText(article!.replace(/(<sup class="fn">(?:<[^<>]*>)*)\[[^<\]]*\]/g, '$1'), ['data-claim', 'data-evidence']);
  expect(shown, 'no wiki heading markup').not.toMatch(/^==|==$/m);
  if (file.format === 'wikitext') expect(shown, 'no templates, links or refs as written').not.toMatch(/\{\{|\}\}|\[\[|\]\]|<ref|'''/);
  expect(isSubsequence(shown.replace(/\s+/g, ''), text.replace(/\s+/g, '')), 'the article text, markup left out').toBe(true);
  for (const claim of file.claims) {
    const drawn = inside.get(`data-claim=${claim.id}`);
    expect(drawn, claim.id).toBeDefined();
    expect(isSubsequence(drawn!, claim.text), `${claim.id}: ${drawn} in ${claim.text}`).toBe(true);
    if (file.format === 'wiki' && claim.where !== 'infobox') expect(drawn, claim.id).toBe(claim.text);
  }
  expect(await renderHtml(report, new Map([['article.txt', text]])), 'the same bytes twice').toBe(page);
  displayOrder(report).forEach((finding, index) => {
    finding.evidence.forEach((evidence, order) => {
      const id = `f0-${index + 1}-e${order}`;
      expect(isSubsequence(inside.get(`data-evidence=${id}`) ?? '', evidence.quote), id).toBe(true);
      expect(page.split(`id="${id}"`)).toHaveLength(2);
    });
  });
}

const renderedArticles = splitByArticle(
  articleCases.map((entry) => [entry.name, entry] as const),
  ([, entry]) => entry.file,
);

describe('html format: articles', () => {
  it.each(renderedArticles.own)('should render %s as a reader sees it, every claim and every quote inside its own highlight', checkArticleRendering);
  itShared.each(renderedArticles.shared)('should render %s as a reader sees it, every claim and every quote inside its own highlight', checkArticleRendering);

  it('should never copy the article’s HTML into the page, and escape its text', async () => {
    const text = articleText(articleCases[0]!);
    const page = await renderHtml(analyze(text, { path: 'a.txt' }), new Map([['a.txt', text]]));
    expect(page).not.toMatch(/<script>alert|&lt;script/);
    expect(page).not.toContain('onclick');
    expect(page).toContain('&amp; friends ');
    expect(page).toContain('&quot;the best&quot;');
    expect(page.match(/<script/gi)).toHaveLength(1);
  });

  it('should render Markdown as a reader sees it: headings, lists, tables, emphasis, no raw markup, only safe links', async () => {
    const text = '---\ntitle: Club\n---\n\n# Club\n\n## History\n\nThe club was **founded in 1899** by [Ann](https://example.org/ann) and [Bo](javascript:alert(1)).\n\n- It moved in 1901.\n\n| Year | Crews |\n| --- | --- |\n| 1901 | 4 |\n\nSee `npm run x` <sup>2</sup>.\n';
    const report = analyze(text, { path: 'club.md' });
    const page = await renderHtml(report, new Map([[report.files[0]!.path, text]]));
    const [article] = articlesOf(page);
    expect(article).toContain('<h2>Club</h2>');
    expect(article).toContain('<h3>History</h3>');
    expect(article).toContain('<strong>');
    expect(article).toContain('<a href="https://example.org/ann" rel="nofollow noopener noreferrer">');
    // The unsafe link is drawn as a span, not an anchor; the sentence's events (one founding per founder) may highlight its words inside it.
    expect(article).toMatch(/<span class="link">(?:<span class="c [^"]*"[^>]*>){0,4}Bo(?:<\/span>){0,4}<\/span>/);
    expect(article).not.toMatch(/href="javascript/);
    expect(article).toMatch(/<ul><li><p>(?:<span class="c [^"]*"[^>]*>)?It moved in/);
    expect(article).toContain('<table class="md-table">');
    expect(article).toContain('<code>npm run x</code>');
    expect(article).not.toMatch(/title: Club|\*\*|## |\]\(|&lt;sup&gt;|<sup>2/);
  });

  it('should show each claim’s verdicts beside it, with the source’s quote, the reason and the source, and source evidence in the findings only', async () => {
    const entry = citationCases().find((candidate) => candidate.name === 'asterfield-observatory')!;
    const report = analyze(entry.text!, { path: 'article.md', sources: entry.sources });
    const file = report.files[0]!;
    const verdicts = file.verdicts ?? [];
    expect(new Set(verdicts.map((verdict) => verdict.verdict))).toEqual(new Set(['supported', 'contradicted', 'not-found']));
    const page = await renderHtml(report, new Map([['article.md', entry.text!]]));
    const [article] = articlesOf(page);
    const badges = [...article!.matchAll(verdictBadge)];
    expect(badges).toHaveLength(verdicts.length);
    const labels = new Map(file.citations!.map((citation) => [citation.key, citation.label]));
    const words = { supported: '✓ [%] supported', contradicted: '✗ [%] contradicted', 'not-found': '? [%] not found' };
    for (const verdict of verdicts) {
      const badge = badges.find((match) => match[0].includes(`data-verdict-of="${verdict.claim}"`) && match[0].includes(`[${labels.get(verdict.citation)}]`));
      expect(badge, `${verdict.claim} ${verdict.citation}`).toBeDefined();
      expect(badge![0]).toContain(`class="verdict verdict-${verdict.verdict}" tabindex="0"`);
      expect(badge![0]).toContain(words[verdict.verdict].replace('%', labels.get(verdict.citation)!));
      expect(badge![0]).toContain(`${escape(verdict.reason)} · ${escape(verdict.source)}`);
      if (verdict.quote) expect(badge![0]).toContain(`<q>${escape(verdict.quote.quote)}</q>`);
      // Beside its claim: between the claim's opening and its badge stands the claim's text, and nothing else a reader sees.
      const claim = file.claims.find((candidate) => candidate.id === verdict.claim)!;
      const opening = article!.indexOf(`id="f0-c-${claim.id}"`);
      const between = article!.slice(article!.indexOf('>', opening) + 1, badge!.index).replace(verdictBadge, '').replace(/<[^>]*>/g, '');
      expect(between).toBe(escape(claim.text));
    }
    // The article reads as before once the badges are taken out.
    const { text: shown, inside } = readMarkedText(article!.replace(verdictBadge, ''), ['data-claim']);
    expect(isSubsequence(shown.replace(/\s+/g, ''), entry.text!.replace(/\s+/g, ''))).toBe(true);
    for (const claim of file.claims) expect(inside.get(`data-claim=${claim.id}`), claim.id).toBe(claim.text);
    // A contradiction's quote from the source is listed with its source, never marked in the article.
    const contradiction = file.findings.find((finding) => finding.ruleId === 'citation-contradicted')!;
    const fromSource = contradiction.evidence.find((evidence) => evidence.source !== undefined)!;
    const { line, column } = fromSource.position.start;
    expect(page).toContain(`${escape(fromSource.source!)} ${line}:${column} <q>${escape(fromSource.quote)}</q>`);
    expect(article!.split(`<q>${escape(fromSource.quote)}</q>`)).toHaveLength(1 + verdicts.filter((verdict) => verdict.quote?.quote === fromSource.quote).length);
    expect(await renderHtml(analyze(entry.text!, { path: 'article.md' }), new Map([['article.md', entry.text!]]))).not.toContain('class="verdict ');
  });

  it('should give each claim hover text with its kind and normalized value', async () => {
    const text = articleText(articleCases[0]!);
    const report = analyze(text, { path: 'a.txt' });
    const page = await renderHtml(report, new Map([['a.txt', text]]));
    const date = report.files[0]!.claims.find((claim) => claim.kind === 'date' && claim.text === '1990')!;
    expect(page).toContain(`data-claim="${date.id}" title="date ${date.id}: TIMEX 1990 (1990-01-01 to 1990-12-31)"`);
    const money = report.files[0]!.claims.find((claim) => claim.kind === 'money')!;
    expect(page).toContain(`data-claim="${money.id}" title="money ${money.id}: 5000000 USD`);
  });

  it('should show the findings with their quotes only when the source is missing or has changed', async () => {
    const text = seedText();
    const report = analyze(text, { path: 'seed.txt' });
    const withoutSource = await renderHtml(report);
    const changed = await renderHtml(report, new Map([['seed.txt', `x${text}`]]));
    expect(withoutSource).toContain('The article text was not given');
    expect(changed).toContain('The article text has changed since it was checked');
    for (const page of [withoutSource, changed]) {
      expect(articlesOf(page)).toEqual([]);
      expect(page).not.toContain('data-evidence=');
      for (const finding of report.files[0]!.findings) for (const evidence of finding.evidence) expect(page).toContain(`<q>${escape(evidence.quote)}</q>`);
    }
  });
});

describe('claimcheck check -f html', () => {
  it('should write the seed as a page with every finding, exit code unchanged, the same bytes twice', async () => {
    const folder = writeTree({});
    const json = await runCli(['check', '-f', 'json', seedPath], { cwd: repoRoot });
    const report = ReportSchema.parse(JSON.parse(json.stdout));
    const first = await runCli(['check', '-f', 'html', '-o', join(folder, 'one.html'), seedPath], { cwd: repoRoot });
    const second = await runCli(['check', '-f', 'html', '-o', join(folder, 'two.html'), seedPath], { cwd: repoRoot });
    expect([first.code, second.code]).toEqual([json.code, json.code]);
    expect(json.code).toBe(1);
    expect(first.stdout).toBe('');
    const page = readFileSync(join(folder, 'one.html'), 'utf8');
    expect(readFileSync(join(folder, 'two.html'), 'utf8')).toBe(page);
    const findings = report.files[0]!.findings;
    expect(findings.length).toBeGreaterThan(0);
    expect(page.match(/<button type="button" class="finding sev-/g)).toHaveLength(findings.length);
    for (const finding of findings) {
      expect(page).toContain(`data-rule="${finding.ruleId}"`);
      expect(page).toContain(finding.message.split('`').map((part, index) => (index % 2 === 1 ? `<code>${escape(part)}</code>` : escape(part))).join(''));
    }
    expect(articlesOf(page)).toHaveLength(1);
  });

  it('should annotate stdin under its reported path', async () => {
    const text = 'Acme\n\nAcme was founded in 1990 <i>and</i> closed in 1985.\n';
    const run = await runCli(['check', '-f', 'html', '--stdin-filename', 'in.txt', '-'], { stdin: text });
    expect(run.stdout).toContain('<h2 id="f0-title">in.txt</h2>');
    const [article] = articlesOf(run.stdout);
    expect(readMarkedText(article!, []).text).toContain('Acme was founded in 1990 and closed in 1985.');
    expect(article).toContain('class="c c-date"');
  });

  it('should annotate a file read from disk with a BOM and CRLF line endings at the same offsets', async () => {
    const text = `\uFEFF${seedText().replaceAll('\n', '\r\n')}`;
    const folder = writeTree({ 'seed.txt': text });
    const run = await runCli(['check', '-f', 'html', 'seed.txt'], { cwd: folder });
    expect(run.code).toBe(1);
    const [article] = articlesOf(run.stdout);
    const { inside } = readMarkedText(article!, ['data-evidence']);
    expect(inside.size).toBeGreaterThan(0);
    for (const [key, quote] of inside) expect(run.stdout, key).toContain(`<q>${escape(quote)}</q>`);
  });

  it('should keep the html renderer out of the CLI bundle until it is asked for', () => {
    ensureBuilt();
    const marker = 'The article text was not given';
    expect(readFileSync(distCli, 'utf8')).not.toContain(marker);
    const chunks = readdirSync(join(repoRoot, 'dist')).filter((name) => name.endsWith('.js') && readFileSync(join(repoRoot, 'dist', name), 'utf8').includes(marker));
    expect(chunks.length).toBeGreaterThan(0);
    const folder = writeTree({});
    const run = runDist(['check', '-f', 'html', '-o', join(folder, 'seed.html'), seedPath]);
    expect(run.code).toBe(1);
    expect(existsSync(join(folder, 'seed.html'))).toBe(true);
  });
});

function seedText(): string {
  return readFileSync(join(fixturesDir, 'seed', 'seed.txt'), 'utf8');
}

function escape(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');
}
