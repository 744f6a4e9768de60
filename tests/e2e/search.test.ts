/**
 * The search page in Chromium against the real Pagefind index of the built site: recall on a
 * table of inflected Finnish queries, every result reachable, results while typing, and excerpts
 * in which labels and values stay apart.
 */
import { readFile } from 'node:fs/promises';
import { localizedUrls, urls } from '@valmistelu/domain/urls';
import { parseHTML } from 'linkedom';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, type TestBrowser } from './support/browser.ts';
import { inflectedQueries } from './support/inflected-queries.ts';
import { htmlFiles, pathOfFile } from './support/site-files.ts';

const baseUrl = inject('baseUrl');
const siteDir = inject('siteDir');

/**
 * The recall measured on `inflectedQueries` through the search page's own Finnish search (64 of 64;
 * Pagefind's stemming alone finds 53). The README states it; a change that loses a query fails here.
 */
const measuredRecall = 64 / 64;

let chromium: TestBrowser;

beforeAll(async () => {
  chromium = await launchBrowser();
});

afterAll(async () => {
  await chromium?.close();
});

async function openSearch(): Promise<{ page: Page; cspViolations: string[] }> {
  const opened = await chromium.newPage();
  await opened.page.goto(`${baseUrl}${urls.search()}`);
  return opened;
}

/**
 * Runs `body` (the text of an async function of `pagefind` and `argument`) in the page. Given as
 * text so that vitest's transform leaves its `import()` of the site's Pagefind alone.
 */
async function withPagefind<T>(page: Page, body: string, argument: unknown): Promise<T> {
  const script = `(async (argument) => { const pagefind = await import('/pagefind/pagefind.js'); ${body} })(${JSON.stringify(argument)})`;
  return (await page.evaluate(script)) as T;
}

/** Every result's path, in Pagefind's order, for each query: the index itself, without the page's script. */
function searchAll(page: Page, queries: string[]): Promise<Record<string, string[]>> {
  return withPagefind(
    page,
    `const found = {};
    for (const term of argument) {
      const { results } = await pagefind.search(term);
      found[term] = (await Promise.all(results.map((result) => result.data()))).map((data) => data.url);
    }
    return found;`,
    queries,
  );
}

/**
 * Every result's path, best first, for each query as the search page finds it: through the served
 * module that looks for each word's other forms too (`scripts/finnish-search.js`).
 */
function findAll(page: Page, queries: string[]): Promise<Record<string, string[]>> {
  return withPagefind(
    page,
    `const file = document.getElementById('hakutulokset').dataset.finnishSearch;
    const finnish = await import('/assets/' + file);
    const found = {};
    for (const term of argument) {
      const results = await finnish.findPages((form) => pagefind.search(form), term);
      found[term] = (await Promise.all(results.map((result) => result.data()))).map((data) => data.url);
    }
    return found;`,
    queries,
  );
}

/** The text that the index holds of every page, by path. */
function indexedContents(page: Page): Promise<Record<string, string>> {
  return withPagefind(
    page,
    `const { results } = await pagefind.search(null);
    const all = await Promise.all(results.map((result) => result.data()));
    return Object.fromEntries(all.map((data) => [data.url, data.content]));`,
    null,
  );
}

/** Searches from the box with Enter and waits for the status to name the term. */
async function submit(page: Page, term: string): Promise<void> {
  await page.getByLabel('Hakusana').fill(term);
  await page.getByLabel('Hakusana').press('Enter');
  await expect.poll(() => page.getByRole('status').textContent(), { timeout: 30_000 }).toContain(`”${term}”`);
}

describe('search', () => {
  test(`recall on ${inflectedQueries.length} inflected Finnish queries is at least ${measuredRecall}`, async () => {
    expect(inflectedQueries.length).toBeGreaterThanOrEqual(30);
    const { page } = await openSearch();
    const found = await findAll(
      page,
      inflectedQueries.map((entry) => entry.query),
    );
    const alone = await searchAll(
      page,
      inflectedQueries.map((entry) => entry.query),
    );
    // The forms add to what Pagefind finds alone, and take nothing away.
    for (const { query } of inflectedQueries)
      expect(found[query], query).toEqual(expect.arrayContaining(alone[query] ?? []));
    const missed = inflectedQueries.filter((entry) => !found[entry.query]?.includes(entry.page));
    const recall = (inflectedQueries.length - missed.length) / inflectedQueries.length;
    expect(
      recall,
      `missed: ${missed.map((entry) => `${entry.query} (${entry.form}) → ${entry.page}`).join(', ')}`,
    ).toBeGreaterThanOrEqual(measuredRecall);
    await page.close();
  });

  test('lists every result: "Näytä lisää" until all are shown, focus on the first new one', async () => {
    const { page, cspViolations } = await openSearch();
    await submit(page, 'palvelut');
    const status = page.getByRole('status');
    const total = Number((await status.textContent())?.match(/löytyi (\d+) sivua/)?.[1]);
    const expected = (await findAll(page, ['palvelut'])).palvelut ?? [];
    expect(total).toBe(expected.length);
    expect(total, 'a query with more results than one page holds').toBeGreaterThan(20);
    const items = page.locator('#hakutulokset > li');
    const more = page.getByRole('button', { name: /Näytä lisää/ });
    expect(await items.count()).toBe(20);
    await more.click();
    await expect.poll(() => items.count(), { timeout: 30_000 }).toBe(Math.min(40, total));
    expect(
      await page.evaluate(() => document.activeElement?.closest('li')?.previousElementSibling !== null),
    ).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('A');
    // One click at a time, each awaited by the results it adds: the button hides after the last.
    for (let shown = await items.count(); shown < total; shown = await items.count()) {
      await more.click();
      await expect.poll(() => items.count(), { timeout: 30_000 }).toBeGreaterThan(shown);
    }
    expect(await items.count()).toBe(total);
    expect(await more.isVisible()).toBe(false);
    const hrefs = await page
      .locator('#hakutulokset > li h2 a')
      .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    expect(new Set(hrefs)).toEqual(new Set(expected));
    expect(await status.textContent()).toBe(`Haulla ”palvelut” löytyi ${total} sivua.`);
    expect(cspViolations).toEqual([]);
    await page.close();
  });

  test('results appear while typing, without Enter, in a live region', async () => {
    const { page } = await openSearch();
    expect(await page.locator('#hakutila').getAttribute('role')).toBe('status');
    await page.getByLabel('Hakusana').pressSequentially('päivystystä', { delay: 20 });
    const results = page.locator('#hakutulokset > li h2 a');
    await results.first().waitFor();
    const hrefs = await results.evaluateAll((links) =>
      links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
    );
    expect(hrefs).toContain(urls.group('paivystys-24h'));
    expect(new URL(page.url()).searchParams.get('q')).toBe('päivystystä');
    await page.close();
  });

  test('excerpts keep labels apart from values and mark the form a page was found by', async () => {
    const { page } = await openSearch();
    // Found only through another form: "katsaus" is on the page, "katsauksen" is not.
    await submit(page, 'katsauksen');
    // The word it was found by is marked in its own form.
    const seminar = page.locator('#hakutulokset > li', {
      has: page.locator(`a[href="${urls.newsItem('satapolku-seminaari')}"]`),
    });
    expect(await seminar.locator('mark').allTextContents()).toContain('katsaus');

    await submit(page, 'vastuuvalmistelija');
    const labelled = await page.locator('#hakutulokset > li p').allTextContents();
    expect(labelled.some((excerpt) => /Vastuuvalmistelija \S/.test(excerpt))).toBe(true);
    for (const excerpt of labelled) expect(excerpt).not.toMatch(/Vastuuvalmistelija\S/);
    await page.close();
  });

  test('every definition term and column header is apart from the next text in the index', async () => {
    const { page } = await openSearch();
    const pages = await Promise.all(
      (await htmlFiles(siteDir)).map(async (file) => ({
        path: pathOfFile(siteDir, file),
        document: parseHTML(await readFile(file, 'utf8')).document,
      })),
    );
    // The Finnish index: the Swedish pages are in their own (languages.test.ts).
    const withTerms = pages.filter(
      ({ path, document }) =>
        !path.startsWith(localizedUrls.sv.home()) &&
        document.querySelector('main[data-pagefind-body] dt') !== null,
    );
    expect(withTerms.length).toBeGreaterThan(10);
    const contents = await indexedContents(page);
    let headers = 0;
    for (const { path, document } of withTerms) {
      const content = contents[path];
      expect(content, path).toBeDefined();
      for (const term of document.querySelectorAll('main[data-pagefind-body] dt')) {
        const label = term.textContent?.trim().replace(/\s+/g, ' ') ?? '';
        const value = term.nextElementSibling?.textContent?.trim().split(/\s+/)[0] ?? '';
        expect(content, `${path}: "${label}"`).toContain(`${label} ${value}`);
      }
      for (const header of document.querySelectorAll('main[data-pagefind-body] thead th + th')) {
        const before = header.previousElementSibling?.textContent?.trim() ?? '';
        const label = header.textContent?.trim() ?? '';
        expect(content, `${path}: "${before}" "${label}"`).toContain(`${before} ${label}`);
        headers += 1;
      }
    }
    expect(headers, 'column headers checked').toBeGreaterThan(10);
    await page.close();
  });
});
