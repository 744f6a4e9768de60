/**
 * Debian's Chromium driven by playwright-core, with a fresh profile and no background traffic.
 * Every page load records Content Security Policy violations so that tests can assert none.
 */

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { chromiumPath, headlessChromiumFlags } from '../../../scripts/chromium.ts';

export interface TestBrowser {
  context: BrowserContext;
  newPage(): Promise<{ page: Page; cspViolations: string[] }>;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<TestBrowser> {
  const profile = await mkdtemp(join(tmpdir(), 'valmistelu-chromium-'));
  // A persistent context is how Playwright takes a fresh --user-data-dir of our own.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    args: headlessChromiumFlags,
  });
  return {
    context,
    async newPage() {
      const page = await context.newPage();
      const cspViolations: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) {
          cspViolations.push(message.text());
        }
      });
      return { page, cspViolations };
    },
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
