/**
 * A site indexed in bundles, as a large site is (apps/site/src/lib/search/search-bundles.ts): the
 * built default site indexed again with bundles of 20 pages, so that its search page merges
 * several, finds in Chromium what the one index of the same site finds, in Finnish and
 * in Swedish.
 */
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localizedUrls, urls } from '@valmistelu/domain/urls';
import { indexForSearch } from '@valmistelu/site/search';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, type TestBrowser } from './support/browser.ts';
import { listedResults } from './support/search-results.ts';
import { type StaticServer, serveStatic } from './support/static-server.ts';

const baseUrl = inject('baseUrl');
const siteDir = inject('siteDir');

let work: string;
let bundled: StaticServer;
let chromium: TestBrowser;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'valmistelu-search-bundles-'));
  const copy = join(work, 'site');
  await cp(siteDir, copy, {
    recursive: true,
    filter: (source) => !source.startsWith(join(siteDir, 'pagefind')),
  });
  await indexForSearch(copy, { bundlePages: 20 });
  bundled = await serveStatic(copy);
  chromium = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await chromium?.close();
  await bundled?.close();
  await rm(work, { recursive: true, force: true });
});

/** The paths of every result the search page lists for `term`, sorted. */
async function listedPaths(page: Page, term: string): Promise<string[]> {
  return (await listedResults(page, term)).map((href) => new URL(href).pathname).sort();
}

describe('search in bundles', () => {
  test('the index is in several bundles, each language listed apart', async () => {
    const manifest = JSON.parse(
      await readFile(join(work, 'site', 'pagefind', 'osat.json'), 'utf8'),
    ) as Record<string, string[]>;
    expect(manifest.fi?.length).toBeGreaterThan(3);
    expect(manifest.sv?.length).toBeGreaterThanOrEqual(1);
    for (const folder of [...(manifest.fi ?? []), ...(manifest.sv ?? [])])
      expect(folder).toMatch(/^osat\/[a-z-\d]+\/$/);
  });

  test.each([
    ['fi', urls.search(), ['palvelut', 'päivystystä', 'katsauksen', 'väliraportti']],
    ['sv', localizedUrls.sv.search(), ['servicesedlar', 'möten']],
  ])('the %s search page merges them and finds what one index finds', async (language, path, terms) => {
    const one = await chromium.newPage();
    const merged = await chromium.newPage();
    await one.page.goto(`${baseUrl}${path}`);
    await merged.page.goto(`${bundled.url}${path}`);
    for (const term of terms) {
      const expected = await listedPaths(one.page, term);
      expect(expected.length, term).toBeGreaterThan(0);
      const found = await listedPaths(merged.page, term);
      // Every page one index finds. Pagefind answers a word an index lacks with the longest of
      // its words that begins the word (one index answers "katsausx" with "katsaus", "kq" with
      // "k"), so a bundle lacking a word another holds may add a page or two of that kind.
      expect(found, term).toEqual(expect.arrayContaining(expected));
      expect(found.length, term).toBeLessThanOrEqual(expected.length + 3);
      if (language === 'sv')
        for (const url of found) expect(url.startsWith(localizedUrls.sv.home()), url).toBe(true);
    }
    expect(merged.cspViolations).toEqual([]);
    await one.page.close();
    await merged.page.close();
  });
});
