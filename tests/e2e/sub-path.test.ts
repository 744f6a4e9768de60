/**
 * A site published under a path, as a GitHub Pages project site is (`https://org.github.io/repo/`):
 * the default content with such a `url` in `site.yaml`, built with the real CLI and served under
 * that path only, with nothing at the host's root. Every address the output gives (the pages'
 * links and files, the stylesheet's fonts, the manifest, the feeds, the calendar, the sitemap,
 * the open data, the PDFs' links, the editor) answers there, and the search finds pages whose
 * links work, from one index and from an index in bundles (as a large site's is).
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { indexForSearch } from '@valmistelu/site/search';
import ICAL from 'ical.js';
import { DOMParser, parseHTML } from 'linkedom';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseDocument } from 'yaml';
import { requireSystemTools } from '../../scripts/system-tools.ts';
import { repositoryRoot, runBuild } from '../integration/build-helpers.ts';
import { launchBrowser } from './support/browser.ts';
import { listedResults } from './support/search-results.ts';
import { type StaticServer, serveStatic } from './support/static-server.ts';

const run = promisify(execFile);
const siteUrl = 'https://esimerkki.github.io/valmistelu/';
const under = '/valmistelu/';

let dir: string;
let siteDir: string;
let server: StaticServer;
/** Where the published address is on the test's server. */
let local: string;

beforeAll(async () => {
  requireSystemTools(['qpdf']);
  dir = await mkdtemp(join(tmpdir(), 'valmistelu-sub-path-'));
  const content = join(dir, 'content');
  await cp(join(repositoryRoot, 'content'), content, { recursive: true });
  const siteFile = join(content, 'site.yaml');
  const site = parseDocument(await readFile(siteFile, 'utf8'));
  site.set('url', siteUrl);
  await writeFile(siteFile, site.toString());
  siteDir = join(dir, 'site');
  const build = await runBuild(content, siteDir);
  expect(build.stderr, build.stdout).toBe('');
  expect(build.code).toBe(0);
  server = await serveStatic(siteDir, under);
  local = `${server.url}${under}`;
});

afterAll(async () => {
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Every file of the output with the given ending, as its path from the output's root (`raportit/index.html`). */
async function filesEnding(ending: string): Promise<string[]> {
  const entries = await readdir(siteDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(ending))
    .map((entry) => relative(siteDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** The local address of a file of the output. */
const localOf = (file: string) => `${local}${file}`;

/**
 * Every address found, resolved from where it was found: an address on the published host must
 * be under the site's path (it is then asked for on the test's server); other hosts are left alone.
 */
class Addresses {
  readonly wrong: string[] = [];
  readonly asked = new Map<string, string>();

  add(address: string, from: string): void {
    if (/^(mailto|tel|data|javascript):/.test(address)) return;
    const url = new URL(address, from);
    url.hash = '';
    const published = new URL(siteUrl);
    let target: string | undefined;
    if (url.origin === published.origin) {
      if (url.pathname.startsWith(published.pathname))
        target = `${local}${url.pathname.slice(under.length)}${url.search}`;
      else this.wrong.push(`${address} (in ${from})`);
    } else if (url.origin === server.url) {
      target = url.href;
    }
    if (target && !this.asked.has(target)) this.asked.set(target, `${address} (in ${from})`);
  }

  /** The addresses that do not answer 200 on the server. */
  async broken(): Promise<string[]> {
    const broken = [...this.wrong];
    for (const [target, found] of this.asked) {
      const response = await fetch(target);
      await response.arrayBuffer();
      if (response.status !== 200) broken.push(`${found} → ${response.status}`);
    }
    return broken;
  }
}

describe('a site under a path', () => {
  test('every link, file, stylesheet, script, image and form of every page is there', async () => {
    const addresses = new Addresses();
    const pages = [...(await filesEnding('.html'))].filter((file) => !file.startsWith('pagefind/'));
    expect(pages.length).toBeGreaterThan(100);
    for (const file of pages) {
      const from = localOf(file);
      const { document } = parseHTML(await readFile(join(siteDir, file), 'utf8'));
      for (const element of document.querySelectorAll('[href], [src], [action], [srcset]')) {
        for (const name of ['href', 'src', 'action']) {
          const value = element.getAttribute(name);
          if (value !== null) addresses.add(value, from);
        }
        const srcset = element.getAttribute('srcset');
        for (const candidate of srcset?.split(',') ?? [])
          addresses.add(candidate.trim().split(/\s+/)[0] ?? '', from);
      }
      for (const meta of document.querySelectorAll(
        'meta[property="og:url"], meta[property="og:image"], meta[name="twitter:image"]',
      )) {
        addresses.add(meta.getAttribute('content') ?? '', from);
      }
    }
    // The crawl reached the pages the host serves under the path, not a handful.
    expect(addresses.asked.size).toBeGreaterThan(250);
    expect(await addresses.broken()).toEqual([]);
  });

  test('the stylesheets’ fonts and the manifest’s icons are there', async () => {
    const addresses = new Addresses();
    for (const file of await filesEnding('.css')) {
      for (const [, address] of (await readFile(join(siteDir, file), 'utf8')).matchAll(
        /url\("?([^")]+)"?\)/g,
      )) {
        if (address) addresses.add(address, localOf(file));
      }
    }
    const manifest = JSON.parse(await readFile(join(siteDir, 'manifest.webmanifest'), 'utf8')) as {
      start_url: string;
      icons: { src: string }[];
    };
    addresses.add(manifest.start_url, localOf('manifest.webmanifest'));
    for (const icon of manifest.icons) addresses.add(icon.src, localOf('manifest.webmanifest'));
    expect(new URL(manifest.start_url, siteUrl).href).toBe(siteUrl);
    expect(addresses.asked.size).toBeGreaterThan(3);
    expect(await addresses.broken()).toEqual([]);
  });

  test('the feeds, the sitemaps and the open data link under the path', async () => {
    const addresses = new Addresses();
    const xmlFiles = [...(await filesEnding('.xml'))];
    expect(xmlFiles).toEqual(expect.arrayContaining(['rss.xml', 'sv/rss.xml', 'sitemap-index.xml']));
    for (const file of xmlFiles) {
      const document = new DOMParser().parseFromString(
        await readFile(join(siteDir, file), 'utf8'),
        'text/xml',
      );
      for (const element of document.querySelectorAll('*')) {
        const values = [...element.attributes].map((attribute) => attribute.value);
        if (element.children.length === 0) values.push(element.textContent ?? '');
        for (const value of values)
          if (/^https?:\/\//.test(value.trim())) addresses.add(value.trim(), localOf(file));
      }
    }
    const calendars = [...(await filesEnding('.ics'))];
    expect(calendars).toEqual(['kalenteri.ics', 'sv/kalender.ics']);
    for (const file of calendars) {
      const calendar = new ICAL.Component(ICAL.parse(await readFile(join(siteDir, file), 'utf8')));
      for (const event of calendar.getAllSubcomponents('vevent')) {
        addresses.add(String(event.getFirstPropertyValue('url')), localOf(file));
      }
    }
    const strings = (value: unknown): string[] =>
      typeof value === 'string'
        ? [value]
        : typeof value === 'object' && value !== null
          ? Object.values(value).flatMap(strings)
          : [];
    for (const file of await filesEnding('.json')) {
      if (!file.startsWith('data/')) continue;
      for (const value of strings(JSON.parse(await readFile(join(siteDir, file), 'utf8')))) {
        if (value.startsWith('https://esimerkki.github.io')) addresses.add(value, localOf(file));
      }
    }
    expect(addresses.asked.size).toBeGreaterThan(100);
    expect(await addresses.broken()).toEqual([]);
  });

  test('the PDFs’ links to the site are under the path', async () => {
    const addresses = new Addresses();
    const pdfs = await filesEnding('.pdf');
    expect(pdfs.length).toBeGreaterThan(10);
    // qpdf's JSON of every object: a link annotation's action holds its address as `/URI`, `u:` a text string.
    const uris = (value: unknown): string[] =>
      typeof value === 'object' && value !== null
        ? Object.entries(value).flatMap(([key, item]) =>
            key === '/URI' && typeof item === 'string' ? [item.replace(/^u:/, '')] : uris(item),
          )
        : [];
    for (const file of pdfs) {
      const { stdout } = await run('qpdf', ['--json=2', '--json-key=qpdf', join(siteDir, file)], {
        maxBuffer: 256 * 1024 * 1024,
      });
      for (const uri of uris(JSON.parse(stdout))) addresses.add(uri, localOf(file));
    }
    expect(addresses.asked.size).toBeGreaterThan(20);
    expect(await addresses.broken()).toEqual([]);
  });

  test('the editor is served under the path and knows the site’s address', async () => {
    const addresses = new Addresses();
    const { document } = parseHTML(await readFile(join(siteDir, 'admin/index.html'), 'utf8'));
    for (const script of document.querySelectorAll('script[src]')) {
      addresses.add(script.getAttribute('src') ?? '', localOf('admin/index.html'));
    }
    // The preview's stylesheets, the site's own, are given to the editor as addresses.
    const start = await readFile(join(siteDir, 'admin/start.js'), 'utf8');
    const previewStyles = /for \(const style of (\[[^\]]*\])\)/.exec(start)?.[1];
    for (const style of JSON.parse(previewStyles ?? '[]') as string[])
      addresses.add(style, localOf('admin/'));
    expect(addresses.asked.size).toBeGreaterThan(3);
    expect(await addresses.broken()).toEqual([]);
    const config = await (await fetch(`${local}admin/config.yml`)).text();
    expect(parseDocument(config).get('site_url')).toBe(siteUrl);
  });

  /** Every result's address for `term` on the search page at `searchPage`, all shown. */
  async function searchResults(page: Page, searchPage: string, term: string): Promise<string[]> {
    await page.goto(searchPage);
    return listedResults(page, term);
  }

  test('the search in bundles finds under the path what one index finds', async () => {
    const copy = join(dir, 'bundled');
    await cp(siteDir, copy, {
      recursive: true,
      filter: (source) => !source.startsWith(join(siteDir, 'pagefind')),
    });
    await indexForSearch(copy, { bundlePages: 20 });
    const bundled = await serveStatic(copy, under);
    const chromium = await launchBrowser();
    try {
      const manifest = JSON.parse(await readFile(join(copy, 'pagefind', 'osat.json'), 'utf8')) as {
        fi: string[];
      };
      expect(manifest.fi.length).toBeGreaterThan(3);
      const { page, cspViolations } = await chromium.newPage();
      const one = await searchResults(page, `${local}haku/`, 'päivystys');
      const merged = await searchResults(page, `${bundled.url}${under}haku/`, 'päivystys');
      expect(one.length).toBeGreaterThan(0);
      // The same pages, at the other server's address.
      const paths = (hrefs: string[]) => hrefs.map((href) => new URL(href).pathname).sort();
      expect(paths(merged)).toEqual(expect.arrayContaining(paths(one)));
      for (const href of merged) expect(new URL(href).pathname.startsWith(under), href).toBe(true);
      expect(cspViolations).toEqual([]);
    } finally {
      await chromium.close();
      await bundled.close();
    }
  });

  test('the search finds pages under the path, in Chromium', async () => {
    const chromium = await launchBrowser();
    try {
      const { page, cspViolations } = await chromium.newPage();
      await page.goto(`${local}haku/`);
      await page.getByLabel('Hakusana').fill('päivystys');
      await page.getByLabel('Hakusana').press('Enter');
      const results = page.locator('#hakutulokset > li h2 a');
      await results.first().waitFor();
      const hrefs = await results.evaluateAll((links) =>
        links.map((link) => (link as HTMLAnchorElement).href),
      );
      expect(hrefs.length).toBeGreaterThan(0);
      const addresses = new Addresses();
      for (const href of hrefs) {
        expect(href.startsWith(local), href).toBe(true);
        addresses.add(href, `${local}haku/`);
      }
      expect(await addresses.broken()).toEqual([]);
      // The first result opens its page.
      await results.first().click();
      await page.waitForURL((url) => url.href !== `${local}haku/` && !url.href.includes('?q='));
      expect(await page.locator('main h1').count()).toBe(1);
      expect(cspViolations).toEqual([]);
    } finally {
      await chromium.close();
    }
  });
});
