/**
 * Charts and wide tables on a phone, in Chromium: at 375 CSS px the Gantt charts and the
 * organisation chart are drawn in their phone layouts with no text under 9 px as rendered, their
 * table or list equivalents still there, nothing scrolling the page sideways at 320 px; and a wide
 * table keeps its first column in view while it scrolls sideways in its box.
 */
import { urls } from '@valmistelu/domain/urls';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, type TestBrowser } from './support/browser.ts';
import { testedContent } from './support/content.ts';

const baseUrl = inject('baseUrl');

/** The smallest text a chart may show on a phone, in CSS px as rendered. */
const smallestText = 9;

let chromium: TestBrowser;

beforeAll(async () => {
  chromium = await launchBrowser();
});

afterAll(async () => {
  await chromium?.close();
});

async function chartPages(): Promise<string[]> {
  const { content } = await testedContent();
  return [urls.organisation(), ...content.timelines.map((timeline) => urls.timeline(timeline.id))];
}

/** Every displayed chart's text with its rendered size: the SVG font size times the SVG's scale. */
function renderedChartText(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('figure.chart svg')]
      .filter((svg) => svg.checkVisibility())
      .flatMap((svg) =>
        [...svg.querySelectorAll('text')].map((text) => ({
          text: text.textContent ?? '',
          px: Number.parseFloat(getComputedStyle(text).fontSize) * (text.getScreenCTM()?.a ?? 0),
        })),
      ),
  );
}

describe('charts on a phone', () => {
  test(`at 375 px no chart text is under ${smallestText} px, and the text equivalent is there`, async () => {
    const { page } = await chromium.newPage();
    await page.setViewportSize({ width: 375, height: 800 });
    for (const path of await chartPages()) {
      await page.goto(`${baseUrl}${path}`);
      const texts = await renderedChartText(page);
      expect(texts.length, `${path}: a chart is displayed`).toBeGreaterThan(10);
      const small = texts.filter((entry) => entry.px < smallestText);
      expect(small.slice(0, 5), `${path}: ${small.length} texts under ${smallestText} px`).toEqual([]);
      // The same information in another form: the timeline's table, the organisation's list.
      const equivalent = await page.evaluate(() => {
        const figure = document.querySelector('figure.chart');
        const describedBy = figure?.getAttribute('aria-describedby');
        const target = describedBy
          ? document.getElementById(describedBy)
          : document.querySelector('main table');
        return target?.checkVisibility() ?? false;
      });
      expect(equivalent, `${path}: table or list equivalent`).toBe(true);
    }
    await page.close();
  });

  test('at 320 px a chart page does not scroll sideways, and no chart text is under 9 px', async () => {
    const { page } = await chromium.newPage();
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of await chartPages()) {
      await page.goto(`${baseUrl}${path}`);
      const { scrollWidth, innerWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
      }));
      expect(scrollWidth, path).toBeLessThanOrEqual(innerWidth);
      const small = (await renderedChartText(page)).filter((entry) => entry.px < smallestText);
      expect(small.slice(0, 5), path).toEqual([]);
    }
    await page.close();
  });

  test('a wide screen still gets the wide chart, the phone one out of sight', async () => {
    const { page } = await chromium.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${baseUrl}${urls.organisation()}`);
    const shown = await page.evaluate(() =>
      [...document.querySelectorAll('figure.chart svg')].map((svg) => svg.checkVisibility()),
    );
    expect(shown).toEqual([true, false]);
    await page.close();
  });
});

describe('wide tables on a phone', () => {
  test('the first column stays in view while the table scrolls sideways', async () => {
    const { content } = await testedContent();
    const { page } = await chromium.newPage();
    await page.setViewportSize({ width: 375, height: 800 });
    const candidates = [
      urls.actions(),
      urls.decisions(),
      ...content.timelines.map((t) => urls.timeline(t.id)),
    ];
    let checked = 0;
    for (const path of candidates) {
      await page.goto(`${baseUrl}${path}`);
      const results = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.table-scroll')]
          .filter((box) => box.scrollWidth > box.clientWidth + 20)
          .map((box) => {
            const cell = box.querySelector<HTMLElement>('tbody tr > :first-child');
            if (!cell) return undefined;
            cell.scrollIntoView({ block: 'center' });
            const before = cell.getBoundingClientRect().left;
            box.scrollLeft = box.scrollWidth;
            const after = cell.getBoundingClientRect();
            const boxLeft = box.getBoundingClientRect().left;
            const hit = document.elementFromPoint(after.left + after.width / 2, after.top + after.height / 2);
            return {
              scrolled: box.scrollLeft,
              still: Math.abs(after.left - before) < 1,
              atBoxEdge: Math.abs(after.left - boxLeft) <= 1,
              onTop: hit !== null && cell.contains(hit),
            };
          }),
      );
      for (const result of results) {
        expect(result, path).toBeDefined();
        expect(result?.scrolled, path).toBeGreaterThan(20);
        expect(result, path).toMatchObject({ still: true, atBoxEdge: true, onTop: true });
        checked += 1;
      }
    }
    expect(checked, 'tables wider than a phone were found').toBeGreaterThan(0);
    await page.close();
  });
});
