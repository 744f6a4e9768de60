/**
 * Sharing: every page has Open Graph and Twitter card tags whose image is a 1200×630 file of the
 * site at an absolute address; a news item with a picture shares that picture cropped, other
 * pages their section's card.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { absoluteUrl, localizedUrls, urls } from '@valmistelu/domain/urls';
import sharp from 'sharp';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { testedContent } from './support/content.ts';
import { type BuiltPage, builtPages } from './support/site-files.ts';

const siteDir = inject('siteDir');
let pages: BuiltPage[];

beforeAll(async () => {
  pages = await builtPages(siteDir);
});

function meta(page: BuiltPage, attribute: 'property' | 'name', key: string): string | undefined {
  return page.document.querySelector(`meta[${attribute}="${key}"]`)?.getAttribute('content') ?? undefined;
}

describe('share images', () => {
  test('every page: Open Graph and Twitter tags, a 1200×630 image of the site at an absolute address', async () => {
    const { content } = await testedContent();
    const site = new URL(absoluteUrl(content.site.url, '/'));
    const sizes = new Map<string, { width?: number; height?: number; format?: string }>();
    const { translations } = await testedContent();
    for (const page of pages) {
      // The Swedish pages under /sv/ are sv_FI and carry the Swedish name of site.sv.yaml.
      const swedish = page.path.startsWith(localizedUrls.sv.home());
      const name = swedish ? translations.sv?.content.site.name : content.site.name;
      expect(meta(page, 'property', 'og:locale'), page.path).toBe(swedish ? 'sv_FI' : 'fi_FI');
      expect(meta(page, 'property', 'og:site_name'), page.path).toBe(name);
      expect(meta(page, 'property', 'og:title'), page.path).toBeTruthy();
      expect(meta(page, 'property', 'og:description'), page.path).toBeTruthy();
      expect(meta(page, 'property', 'og:type'), page.path).toMatch(/^(website|article)$/);
      expect(meta(page, 'property', 'og:url'), page.path).toBe(absoluteUrl(content.site.url, page.path));
      expect(meta(page, 'name', 'twitter:card'), page.path).toBe('summary_large_image');
      expect(meta(page, 'name', 'twitter:title'), page.path).toBe(meta(page, 'property', 'og:title'));
      const image = new URL(meta(page, 'property', 'og:image') ?? '', 'invalid:/');
      expect(image.origin, page.path).toBe(site.origin);
      expect(meta(page, 'name', 'twitter:image'), page.path).toBe(image.href);
      expect(meta(page, 'property', 'og:image:alt'), page.path).toBeTruthy();
      expect(meta(page, 'property', 'og:image:width'), page.path).toBe('1200');
      expect(meta(page, 'property', 'og:image:height'), page.path).toBe('630');
      if (!sizes.has(image.pathname)) {
        const file = await readFile(join(siteDir, decodeURIComponent(image.pathname)));
        const { width, height, format } = await sharp(file).metadata();
        sizes.set(image.pathname, { width, height, format });
      }
      expect(sizes.get(image.pathname), `${page.path}: ${image.pathname}`).toMatchObject({
        width: 1200,
        height: 630,
      });
      expect(meta(page, 'property', 'og:image:type'), page.path).toBe(
        `image/${sizes.get(image.pathname)?.format}`,
      );
    }
    // A card per section, not per page: the images stay few whatever the content's size.
    expect(sizes.size).toBeLessThan(pages.length / 3);
  });

  test('a news item with a picture shares it cropped; others share their section’s card', async () => {
    const { content } = await testedContent();
    const byPath = new Map(pages.map((page) => [page.path, page]));
    const ogImage = (path: string) =>
      new URL(meta(byPath.get(path) as BuiltPage, 'property', 'og:image') ?? '').pathname;
    const pictured = content.news.filter((item) => item.image);
    expect(pictured.length).toBeGreaterThan(0);
    for (const item of pictured) {
      const stem = (item.image ?? '').replace(/^.*\//, '').replace(/\.[a-z]+$/, '');
      expect(ogImage(urls.newsItem(item.id)), item.id).toMatch(new RegExp(`^/_astro/${stem}\\..+\\.jpeg$`));
      expect(meta(byPath.get(urls.newsItem(item.id)) as BuiltPage, 'property', 'og:image:alt')).toBe(
        item.imageAlt,
      );
    }
    const plain = content.news.find((item) => !item.image);
    if (plain) expect(ogImage(urls.newsItem(plain.id))).toBe(ogImage(urls.news()));
    expect(ogImage(urls.news())).toMatch(/^\/jako\/uutiset\.[0-9a-f]{12}\.png$/);
    const report = content.reports[0];
    if (report) expect(ogImage(urls.report(report.id))).toBe(ogImage(urls.reports()));
    expect(ogImage(urls.home())).toMatch(/^\/jako\/etusivu\.[0-9a-f]{12}\.png$/);
  });

  test('a Swedish page shares its section’s Swedish card, described in Swedish', async () => {
    const { translations } = await testedContent();
    const swedishName = translations.sv?.content.site.name;
    expect(swedishName).toBeTruthy();
    const sv = localizedUrls.sv;
    const byPath = new Map(pages.map((page) => [page.path, page]));
    for (const [path, card, alt] of [
      [sv.news(), 'sv-nyheter', `Nyheter – ${swedishName}`],
      [sv.home(), 'sv', swedishName],
    ] as const) {
      const page = byPath.get(path) as BuiltPage;
      expect(new URL(meta(page, 'property', 'og:image') ?? '').pathname, path).toMatch(
        new RegExp(`^/jako/${card}\\.[0-9a-f]{12}\\.png$`),
      );
      expect(meta(page, 'property', 'og:image:alt'), path).toBe(alt);
    }
  });
});
