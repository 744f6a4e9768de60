/**
 * The organisation's identity on the built site: the logo with the organisation's name in every
 * page's header, the contact details in every footer, the icons and the web manifest made from
 * the logo (read back: the ICO directory, PNG sizes with sharp, the manifest as JSON); and in
 * Chromium, the phone header: at most 140 px at 375 px wide, a "Valikko" disclosure button that
 * toggles `aria-expanded`, the links inline at desktop width and reachable without the script.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { organisationName } from '@valmistelu/domain/site-identity';
import { localizedUrls, urls } from '@valmistelu/domain/urls';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, type TestBrowser } from './support/browser.ts';
import { testedContent } from './support/content.ts';
import { guideScreenshot } from './support/guide-screenshot.ts';
import { type BuiltPage, builtPages } from './support/site-files.ts';

const siteDir = inject('siteDir');
const baseUrl = inject('baseUrl');
let pages: BuiltPage[];
let chromium: TestBrowser;

beforeAll(async () => {
  pages = await builtPages(siteDir);
  chromium = await launchBrowser();
});

afterAll(async () => {
  await chromium?.close();
});

/** The images an ICO file holds, from its directory (ICONDIR and its 16-byte entries). */
function icoEntries(bytes: Buffer): { width: number; height: number; image: Buffer }[] {
  expect(bytes.readUInt16LE(0), 'reserved').toBe(0);
  expect(bytes.readUInt16LE(2), 'type 1: icon').toBe(1);
  return Array.from({ length: bytes.readUInt16LE(4) }, (_, index) => {
    const entry = 6 + index * 16;
    const size = bytes.readUInt32LE(entry + 8);
    const offset = bytes.readUInt32LE(entry + 12);
    return {
      width: bytes[entry] || 256,
      height: bytes[entry + 1] || 256,
      image: bytes.subarray(offset, offset + size),
    };
  });
}

describe('identity on every page', () => {
  test('the header shows the logo, named for the organisation, linking home', async () => {
    const { content, logo } = await testedContent();
    expect(logo, 'the tested content sets identity.logo').toBeDefined();
    const alt = organisationName(content.site);
    for (const page of pages) {
      // Home is the page's language's: `/sv/` on a Swedish page.
      const home = page.path.startsWith(localizedUrls.sv.home()) ? localizedUrls.sv.home() : urls.home();
      const image = page.document.querySelector(`header.site-header a.brand[href="${home}"] img`);
      expect(image?.getAttribute('alt'), page.path).toBe(alt);
      const src = image?.getAttribute('src') ?? '';
      expect(src, page.path).toMatch(/^\/assets\/tunnus\.[0-9a-f]{12}\.(svg|png)$/);
      expect(Number(image?.getAttribute('width')), page.path).toBeGreaterThan(0);
      expect(Number(image?.getAttribute('height')), page.path).toBe(48);
      expect(await readFile(join(siteDir, src))).toEqual(Buffer.from(logo?.data ?? '', 'base64'));
    }
  });

  test('the footer shows the contact details, the channels and the accessibility statement', async () => {
    const { content } = await testedContent();
    const { contact } = content.site;
    for (const page of pages) {
      const footer = page.document.querySelector('footer.site-footer');
      const text = footer?.textContent?.replace(/\s+/g, ' ') ?? '';
      for (const value of [contact?.organisation, contact?.address, contact?.email, contact?.phone])
        expect(text, page.path).toContain(value);
      const hrefs = [...(footer?.querySelectorAll('a[href]') ?? [])].map((a) => a.getAttribute('href'));
      // The statement in the page's language: /saavutettavuusseloste/, /sv/tillganglighetsutlatande/.
      const swedish = page.path.startsWith(localizedUrls.sv.home());
      expect(hrefs, page.path).toContain(
        swedish ? '/sv/tillganglighetsutlatande/' : '/saavutettavuusseloste/',
      );
      expect(hrefs, page.path).toContain(`mailto:${contact?.email}`);
      expect(hrefs, page.path).toContain(`tel:${contact?.phone?.replace(/[^\d+]/g, '')}`);
      for (const channel of content.channels) expect(hrefs, page.path).toContain(channel.url);
    }
  });

  test('every page links the icons and the web manifest, and the font files are the site’s own', () => {
    for (const page of pages) {
      const href = (selector: string) => page.document.querySelector(selector)?.getAttribute('href');
      expect(href('link[rel="icon"]'), page.path).toBe('/favicon.ico');
      expect(href('link[rel="apple-touch-icon"]'), page.path).toBe('/apple-touch-icon.png');
      expect(href('link[rel="manifest"]'), page.path).toBe('/manifest.webmanifest');
    }
  });
});

describe('icons made from the logo', () => {
  test('/favicon.ico is an icon of 16, 32 and 48 px PNGs', async () => {
    const entries = icoEntries(await readFile(join(siteDir, 'favicon.ico')));
    expect(entries.map((entry) => entry.width)).toEqual([16, 32, 48]);
    for (const entry of entries) {
      const meta = await sharp(entry.image).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['png', entry.width, entry.height]);
    }
  });

  test('/apple-touch-icon.png is an opaque 180×180 PNG', async () => {
    const meta = await sharp(await readFile(join(siteDir, 'apple-touch-icon.png'))).metadata();
    expect([meta.format, meta.width, meta.height, meta.hasAlpha]).toEqual(['png', 180, 180, false]);
  });

  test('the manifest names the site, its colour and icons that exist at their sizes', async () => {
    const { content } = await testedContent();
    const manifest = JSON.parse(await readFile(join(siteDir, 'manifest.webmanifest'), 'utf8'));
    expect(manifest).toMatchObject({
      name: content.site.name,
      short_name: content.site.shortName,
      lang: 'fi',
      start_url: '/',
      theme_color: content.site.identity?.colors?.primary,
    });
    expect(manifest.icons.length).toBeGreaterThan(0);
    for (const icon of manifest.icons as { src: string; sizes: string; type: string }[]) {
      const meta = await sharp(await readFile(join(siteDir, icon.src))).metadata();
      expect(`${meta.width}x${meta.height}`).toBe(icon.sizes);
      expect(icon.type).toBe('image/png');
    }
  });
});

describe('the header in Chromium', () => {
  const open = async (width: number, blockScript = false): Promise<Page> => {
    const { page, cspViolations } = await chromium.newPage();
    if (blockScript) await page.route(/\/assets\/valikko\.[0-9a-f]+\.js$/, (route) => route.abort());
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`${baseUrl}/raportit/`);
    await page.waitForLoadState('load');
    expect(cspViolations).toEqual([]);
    return page;
  };
  const headerHeight = (page: Page) =>
    page.evaluate(() => document.querySelector('header.site-header')?.getBoundingClientRect().height ?? 0);

  test('at 375 px: a header of at most 140 px with a "Valikko" disclosure button', async () => {
    const page = await open(375);
    const button = page.getByRole('button', { name: 'Valikko' });
    // A CSS locator: a closed menu is not in the accessibility tree, where roles are looked up.
    const menu = page.locator('nav[aria-label="Päävalikko"]');
    expect(await headerHeight(page)).toBeLessThanOrEqual(140);
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await button.getAttribute('aria-controls')).toBe(await menu.getAttribute('id'));
    expect(await menu.locator('a', { hasText: 'Kokoukset' }).isVisible()).toBe(false);
    const box = await button.boundingBox();
    expect(Math.min(box?.width ?? 0, box?.height ?? 0)).toBeGreaterThanOrEqual(24);

    await guideScreenshot('ilme-puhelin.png', page, 400);
    await button.click();
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    await guideScreenshot('ilme-puhelin-valikko.png', page, 400);
    const link = menu.getByRole('link', { name: 'Kokoukset' });
    expect(await link.isVisible()).toBe(true);
    expect((await link.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(24);

    await page.keyboard.press('Escape');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await link.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('menu-button');
    await page.close();
  });

  test('at 375 px without the script every menu link is shown and the button is not', async () => {
    const page = await open(375, true);
    expect(await page.getByRole('button', { name: 'Valikko' }).count()).toBe(0);
    const links = page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link');
    expect(await links.count()).toBe(11);
    for (const link of await links.all()) expect(await link.isVisible()).toBe(true);
    await page.close();
  });

  test('at 1280 px the menu is inline and there is no button', async () => {
    const page = await open(1280);
    expect(await page.getByRole('button', { name: 'Valikko' }).isVisible()).toBe(false);
    const links = await page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link').all();
    const tops = await Promise.all(links.map(async (link) => (await link.boundingBox())?.y ?? -1));
    expect(new Set(tops).size, 'one row of links').toBe(1);
    await guideScreenshot('ilme-tyopoyta.png', page, 420);
    expect(await headerHeight(page)).toBeLessThanOrEqual(140);
    await page.close();
  });
});
