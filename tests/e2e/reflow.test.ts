/**
 * WCAG 2.1 1.4.10 Reflow: at 320 CSS pixels wide no page of the built site scrolls sideways as a
 * whole. Wide tables and charts may scroll inside their own box; the page itself may not, and
 * each such box must take keyboard focus (axe-core's scrollable-region-focusable at that width).
 */
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, type TestBrowser } from './support/browser.ts';
import { htmlFiles, pathOfFile } from './support/site-files.ts';
import { everyPageTimeout } from './support/timeouts.ts';

const baseUrl = inject('baseUrl');
const siteDir = inject('siteDir');
const axeSource = createRequire(import.meta.url)('axe-core').source as string;

/** The width of a small phone, and the width the success criterion names. */
const phoneWidth = 320;

let chromium: TestBrowser;

beforeAll(async () => {
  chromium = await launchBrowser();
});

afterAll(async () => {
  await chromium?.close();
});

describe('reflow', () => {
  test(
    'no page scrolls sideways at 320 CSS px, and every box that scrolls takes focus',
    async () => {
      const files = await htmlFiles(siteDir);
      expect(files.length).toBeGreaterThan(10);
      const { page } = await chromium.newPage();
      await page.setViewportSize({ width: phoneWidth, height: 640 });
      const wide: string[] = [];
      const unreachable: string[] = [];
      for (const file of files) {
        const path = pathOfFile(siteDir, file);
        await page.goto(`${baseUrl}${path}`);
        const { scrollWidth, innerWidth } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          innerWidth: window.innerWidth,
        }));
        expect(innerWidth, path).toBe(phoneWidth);
        if (scrollWidth > innerWidth) wide.push(`${path} (${scrollWidth} px)`);
        // Evaluated through the debugging protocol, which the page's CSP rightly does not let a <script> do.
        await page.evaluate(axeSource);
        const targets = await page.evaluate(async () => {
          type AxeResult = { violations: { nodes: { target: unknown[] }[] }[] };
          const axe = (
            globalThis as unknown as {
              axe: { run: (context: Document, options: object) => Promise<AxeResult> };
            }
          ).axe;
          const outcome = await axe.run(document, {
            runOnly: { type: 'rule', values: ['scrollable-region-focusable'] },
          });
          return outcome.violations.flatMap((violation) =>
            violation.nodes.map((node) => JSON.stringify(node.target)),
          );
        });
        for (const target of targets) unreachable.push(`${path} ${target}`);
      }
      expect(wide, `${wide.length} of ${files.length} pages scroll sideways:\n${wide.join('\n')}`).toEqual(
        [],
      );
      expect(unreachable, 'boxes that scroll but take no keyboard focus').toEqual([]);
      await page.close();
    },
    everyPageTimeout,
  );
});
