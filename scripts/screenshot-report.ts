/**
 * The README's picture of the annotated report: the seed's page in Debian's
 * Chromium, errors only, the first finding selected.
 *
 *   npx tsx scripts/screenshot-report.ts   (writes docs/images/report.png)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, renderHtml } from '../src/index.js';
import { launchBrowser } from '../test/helpers/browser.js';

const root = join(import.meta.dirname, '..');
const text = readFileSync(join(root, 'fixtures', 'seed', 'seed.txt'), 'utf8');
const { context, close } = await launchBrowser();
try {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.setContent(renderHtml(analyze(text, { path: 'seed.txt' }), text), { waitUntil: 'load' });
  await page.locator('input[data-severity="info"]').uncheck();
  await page.locator('button.finding').first().click();
  await page.locator('mark.active').first().waitFor();
  await page.evaluate(() => (globalThis as unknown as { scrollTo(x: number, y: number): void }).scrollTo(0, 0));
  await page.screenshot({ path: join(root, 'docs', 'images', 'report.png') });
} finally {
  await close();
}
