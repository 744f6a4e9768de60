/**
 * The RSS feed stays well-formed XML whatever the news says, and feed readers show a summary as
 * the text it is: read with saxes (a strict XML parser), then the description as HTML (linkedom).
 */
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { type FeedNews, newsFeed } from '../src/lib/news-feed.ts';
import { childText, elementsNamed, parseStrictXml } from './support/strict-xml.ts';

const site = { name: 'Testimaakunta\u0001', description: 'Kuvaus <b>lihava</b>', url: 'https://example.fi/' };

const hostileTexts = [
  ']]><script>alert(1)</script>',
  'CDATA <![CDATA[ sisällä ]]> & &amp; "lainaus" \'heittomerkki\'',
  'ohjaus\u0000merkit\u0001\u0008\u000b\u000c\u001f pois, sarkain\tja rivinvaihto\njäävät',
  'yksinäinen puolikas \ud800 ja kokonainen 𝄞',
  '<b>ei lihavaa</b> &lt;ei entiteettiä&gt;',
];

/** What a reader should show: the text without what XML cannot carry. */
function expectedText(text: string): string {
  return text.toWellFormed().replace(/[^\P{Cc}\t\n\r\u007F-\u009F]/gu, '');
}

/** How a feed reader reads a description: as HTML. */
function readAsHtml(description: string): { text: string; elements: number } {
  const { document } = parseHTML(`<!doctype html><html><body>${description}</body></html>`);
  return { text: document.body.textContent ?? '', elements: document.body.querySelectorAll('*').length };
}

function hostileNews(): FeedNews[] {
  return hostileTexts.map((text, index) => ({
    id: `uutinen-${index}`,
    title: text,
    date: '2018-05-15',
    summary: text,
    tags: [text],
  }));
}

describe('news feed', () => {
  test('is well-formed XML and keeps every title and tag as written, less what XML forbids', async () => {
    const rss = parseStrictXml(await newsFeed(site, hostileNews()));
    const [channel] = elementsNamed(rss, 'channel');
    expect(channel && childText(channel, 'title')).toBe('Testimaakunta: uutiset');
    const items = elementsNamed(rss, 'item');
    expect(items.length).toBe(hostileTexts.length);
    items.forEach((item, index) => {
      const expected = expectedText(hostileTexts[index] ?? '');
      expect(childText(item, 'title')).toBe(expected);
      expect(childText(item, 'category')).toBe(expected);
      expect(childText(item, 'link')).toBe(`https://example.fi/uutiset/uutinen-${index}/`);
    });
  });

  test('descriptions reach a feed reader as text, never as markup', async () => {
    const rss = parseStrictXml(await newsFeed(site, hostileNews()));
    const items = elementsNamed(rss, 'item');
    items.forEach((item, index) => {
      const shown = readAsHtml(childText(item, 'description') ?? '');
      expect(shown.elements).toBe(0);
      expect(shown.text).toBe(expectedText(hostileTexts[index] ?? ''));
    });
    const [channel] = elementsNamed(rss, 'channel');
    expect(readAsHtml((channel && childText(channel, 'description')) ?? '').text).toBe(site.description);
  });

  test('in Swedish: the feed says so, and each item links where its page is', async () => {
    const [translated, untranslated] = hostileNews();
    const pathOf = (item: FeedNews) =>
      item.id === translated?.id ? `/sv/nyheter/${item.id}/` : `/uutiset/${item.id}/`;
    const rss = parseStrictXml(
      await newsFeed(site, [translated, untranslated] as FeedNews[], { language: 'sv', pathOf }),
    );
    const [channel] = elementsNamed(rss, 'channel');
    expect(channel && childText(channel, 'title')).toBe('Testimaakunta: nyheter');
    expect(channel && childText(channel, 'language')).toBe('sv');
    const links = elementsNamed(rss, 'item').map((item) => childText(item, 'link'));
    expect(links).toEqual([
      'https://example.fi/sv/nyheter/uutinen-0/',
      'https://example.fi/uutiset/uutinen-1/',
    ]);
  });
});
