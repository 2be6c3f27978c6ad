import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

/** Debian's Chromium, installed by `.ci/run` with apt-get; never a browser download. */
export const chromiumPath = '/usr/bin/chromium';

/**
 * Launches headless Chromium for tests: sandbox and GPU off (root in a
 * container), and every background fetch off, since the machine has no
 * network and would otherwise log connection errors. A fresh profile folder
 * per launch, removed on close.
 */
export async function launchBrowser(): Promise<{ browser: Browser; context: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'claimcheck-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
    viewport: { width: 1280, height: 900 },
  });
  const browser = context.browser() as Browser;
  return {
    browser,
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
