/** The sitemap files: sorted addresses without status pages, split into files under an index. */
import { describe, expect, test } from 'vitest';
import { sitemapEntryLimit, sitemapFiles } from '../src/lib/sitemap.ts';

const site = 'https://satakunta2019.fi/';
/** The `<loc>` texts; the files are one line of flat, generated XML, so a pattern reads them. */
const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => match[1]);

describe('sitemapFiles', () => {
  test('lists every page but 404 once, in natural order, under one index', () => {
    const files = sitemapFiles(site, [
      '',
      'raportit/',
      'kokoukset/k10/',
      'kokoukset/k9/',
      '404',
      'raportit/',
    ]);
    expect([...files.keys()]).toEqual(['sitemap-0.xml', 'sitemap-index.xml']);
    expect(locs(files.get('sitemap-0.xml') ?? '')).toEqual([
      'https://satakunta2019.fi/',
      'https://satakunta2019.fi/kokoukset/k9/',
      'https://satakunta2019.fi/kokoukset/k10/',
      'https://satakunta2019.fi/raportit/',
    ]);
    expect(locs(files.get('sitemap-index.xml') ?? '')).toEqual(['https://satakunta2019.fi/sitemap-0.xml']);
  });

  test('starts a new file after the entry limit', () => {
    const pages = Array.from({ length: sitemapEntryLimit + 1 }, (_, at) => `sivu/${at}/`);
    const files = sitemapFiles(site, pages);
    expect(locs(files.get('sitemap-index.xml') ?? '')).toHaveLength(2);
    expect(locs(files.get('sitemap-1.xml') ?? '')).toEqual([`${site}sivu/${sitemapEntryLimit}/`]);
  });

  test('writes nothing without pages', () => {
    expect(sitemapFiles(site, ['404']).size).toBe(0);
  });
});
