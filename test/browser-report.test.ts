import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { analyze, renderHtml, type Report } from '../src/index.js';
import { existsSync } from 'node:fs';
import { chromiumPath, launchBrowser } from './helpers/browser.js';
import { citationCases } from './helpers/citation-cases.js';
import { seedText } from './helpers/fixtures.js';

// The annotated report in a real browser: Debian's Chromium, driven by playwright-core.
let session: Awaited<ReturnType<typeof launchBrowser>>;
const seed = seedText;
const seedReport = analyze(seed, { path: 'seed.txt' });

// Without Chromium the tests are skipped with a message, except in CI, where `.ci/run` installs it.
const hasChromium = existsSync(chromiumPath);
if (!hasChromium && process.env.CI === 'true') throw new Error(`${chromiumPath} is missing: .ci/run installs it with apt-get`);
if (!hasChromium) console.warn(`browser tests skipped: no ${chromiumPath} (apt-get install chromium)`);

beforeAll(async () => {
  if (hasChromium) session = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await session?.close();
});

async function open(html: string): Promise<Page> {
  const page = await session.context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(String(error)));
  (page as Page & { problems?: string[] }).problems = problems;
  await page.setContent(html, { waitUntil: 'load' });
  return page;
}

/** The few browser globals the page functions read (the project's types leave out the DOM). */
interface PageGlobals {
  document: { activeElement: { className: string } | null };
  getComputedStyle(element: unknown): { outlineStyle: string; textDecorationLine: string };
}
interface Shown {
  dataset: Record<string, string | undefined>;
}

const problemsOf = (page: Page) => (page as Page & { problems?: string[] }).problems ?? [];

describe.skipIf(!hasChromium)('the annotated report in Chromium', () => {
  it('should filter to errors, and highlight and scroll to the evidence of a clicked finding', async () => {
    const page = await open(renderHtml(seedReport, seed));
    const findings = page.locator('section.file button.finding');
    const total = seedReport.files[0]!.findings.length;
    await expect.poll(() => findings.count()).toBe(total);
    // Errors come first.
    const severities = await findings.evaluateAll((items) => items.map((item) => (item as unknown as Shown).dataset.severity));
    expect(severities).toEqual([...severities].sort((a, b) => ['error', 'warning', 'info'].indexOf(a!) - ['error', 'warning', 'info'].indexOf(b!)));
    await page.locator('input[data-severity="warning"]').uncheck();
    await page.locator('input[data-severity="info"]').uncheck();
    const errors = seedReport.files[0]!.findings.filter((finding) => finding.severity === 'error');
    expect(await page.locator('button.finding:visible').count()).toBe(errors.length);
    expect(await page.locator('.shown-count').textContent()).toBe(String(errors.length));
    const last = page.locator('button.finding:visible').last();
    await last.click();
    const id = await last.getAttribute('data-id');
    const marks = page.locator(`mark[data-f="${id}"]`);
    expect(await marks.count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('mark.active').count()).toBe(await marks.count());
    expect(await page.locator(`mark.active:not([data-f="${id}"])`).count()).toBe(0);
    await expect.poll(() => marks.first().evaluate((mark) => {
      const box = mark.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= (globalThis as unknown as { innerHeight: number }).innerHeight;
    })).toBe(true);
    const quotes = seedReport.files[0]!.findings.find((finding) => finding.severity === 'error' && finding.message === errors.at(-1)!.message)!.evidence.map((evidence) => evidence.quote);
    const highlighted = await page.locator(`mark[data-f="${id}"][id]`).allTextContents();
    expect(highlighted.length).toBe(quotes.length);
    expect(problemsOf(page)).toEqual([]);
    await page.close();
  });

  it('should move between findings with the keyboard, focus visible, and filter by rule', async () => {
    const page = await open(renderHtml(seedReport, seed));
    const first = page.locator('button.finding').first();
    await first.focus();
    await page.keyboard.press('Enter');
    expect(await first.getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('ArrowDown');
    const second = page.locator('button.finding').nth(1);
    expect(await second.evaluate((element) => element === (globalThis as unknown as PageGlobals).document.activeElement)).toBe(true);
    expect(await second.getAttribute('aria-pressed')).toBe('true');
    const outline = await second.evaluate((element) => (globalThis as unknown as PageGlobals).getComputedStyle(element).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).document.activeElement?.className)).toMatch(/finding|rule/);
    await page.keyboard.press('Escape');
    const rule = seedReport.files[0]!.findings[0]!.ruleId;
    await page.locator('select.rule-filter').selectOption(rule);
    const shown = await page.locator('button.finding:visible').evaluateAll((items) => items.map((item) => (item as unknown as Shown).dataset.rule));
    expect(new Set(shown)).toEqual(new Set([rule]));
    await page.close();
  });

  it('should draw claims only on demand, and open an entity whose timeline links to its place', async () => {
    const page = await open(renderHtml(seedReport, seed));
    const date = page.locator('.c-date').first();
    expect(await date.evaluate((element) => (globalThis as unknown as PageGlobals).getComputedStyle(element).textDecorationLine)).toBe('none');
    await page.locator('input.show-claims').check();
    expect(await date.evaluate((element) => (globalThis as unknown as PageGlobals).getComputedStyle(element).textDecorationLine)).toBe('underline');
    await page.locator('input[data-kind="date"]').uncheck();
    expect(await date.evaluate((element) => (globalThis as unknown as PageGlobals).getComputedStyle(element).textDecorationLine)).toBe('none');
    const entity = page.locator('details.entity', { has: page.locator('ol.timeline') }).first();
    await entity.locator('summary').click();
    expect(await entity.getAttribute('open')).not.toBeNull();
    const link = entity.locator('ol.timeline a.place').first();
    const target = (await link.getAttribute('href'))!.slice(1);
    await link.click();
    await expect.poll(() => page.locator(`[id="${target}"]`).evaluate((element) => element.classList.contains('flash'))).toBe(true);
    await page.close();
  });

  it('should show a verdict’s source quote while its badge is focused or hovered, and hide it otherwise', async () => {
    const entry = citationCases().find((candidate) => candidate.name === 'asterfield-observatory')!;
    const report = analyze(entry.text!, { path: 'article.md', sources: entry.sources });
    const contradicted = report.files[0]!.verdicts!.find((verdict) => verdict.verdict === 'contradicted')!;
    const page = await open(renderHtml(report, entry.text!));
    const badge = page.locator(`.verdict-contradicted[data-verdict-of="${contradicted.claim}"]`);
    const detail = badge.locator('.verdict-detail');
    expect(await badge.count()).toBe(1);
    expect(await badge.isVisible()).toBe(true);
    expect(await detail.isVisible()).toBe(false);
    await badge.focus();
    expect(await detail.isVisible()).toBe(true);
    expect(await detail.locator('q').textContent()).toBe(contradicted.quote!.quote);
    expect(await detail.locator('.verdict-reason').textContent()).toBe(`${contradicted.reason} · ${contradicted.source}`);
    await page.locator('button.finding').first().focus();
    expect(await detail.isVisible()).toBe(false);
    const notFound = page.locator('.verdict-not-found').first();
    await notFound.hover();
    expect(await notFound.locator('.verdict-detail').isVisible()).toBe(true);
    expect(problemsOf(page)).toEqual([]);
    await page.close();
  });

  it('should run nothing from the article: scripts, handlers, javascript: links and </style> stay text', async () => {
    const hostile = [
      '# Acme <script>window.pwned = 1</script>',
      '',
      '- Name: </style><img src=x onerror="window.pwned = 2">',
      '',
      'Acme was founded in 1990 by [Bob](javascript:window.pwned=3) <img src=x onerror="window.pwned=4">.',
      '',
      'Acme was founded in 1985. "><script>window.pwned=5</script> `</style><script>window.pwned=6</script>`',
      '',
      '<iframe src="javascript:window.pwned=7"></iframe>',
    ].join('\n');
    const report: Report = analyze(hostile, { path: '</style><script>window.pwned=8</script>.md' });
    const page = await open(renderHtml(report, new Map([[report.files[0]!.path, hostile]])));
    await page.locator('button.finding, p.note').first().waitFor();
    expect(await page.evaluate(() => (globalThis as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.locator('script').count()).toBe(1);
    expect(await page.locator('img, iframe, a[href^="javascript"]').count()).toBe(0);
    for (const link of await page.locator('a[href]').all()) {
      const href = await link.getAttribute('href');
      expect(href).toMatch(/^(?:#|https:\/\/)/);
    }
    expect(await page.locator('h2').first().textContent()).toContain('</style><script>');
    expect(problemsOf(page)).toEqual([]);
    await page.close();
  });
});
