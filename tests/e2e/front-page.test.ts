/**
 * The front page is for news: the featured item first with its picture, then the latest news as
 * cards with pictures, the coming meetings and the preparation's status; the featured item and its
 * picture are on a phone's and a laptop's first screen. News pictures come through Astro's image
 * pipeline (generated sizes, width and height, the writer's text alternative).
 */
import { urls } from '@valmistelu/domain/urls';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, type TestBrowser } from './support/browser.ts';
import { testedContent } from './support/content.ts';
import { type BuiltPage, builtPages } from './support/site-files.ts';

const baseUrl = inject('baseUrl');
const siteDir = inject('siteDir');
let pageByPath: Map<string, BuiltPage>;
let chromium: TestBrowser;

beforeAll(async () => {
  pageByPath = new Map((await builtPages(siteDir)).map((page) => [page.path, page]));
  chromium = await launchBrowser();
});

afterAll(async () => {
  await chromium?.close();
});

function builtDocument(path: string): Document {
  const found = pageByPath.get(path);
  if (!found) throw new Error(`no page ${path}`);
  return found.document;
}

/** The news item the front page must open with: the newest featured one, else the newest. */
async function expectedFeatured() {
  const { content } = await testedContent();
  const newestFirst = [...content.news].sort(
    (a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id),
  );
  return { content, featured: newestFirst.find((item) => item.featured) ?? newestFirst[0], newestFirst };
}

/** An <img> from the image pipeline: a generated file, sizes, width and height, and the given text. */
function expectPipelineImage(image: Element | null, alt: string | undefined, where: string): void {
  expect(image, where).not.toBeNull();
  expect(image?.getAttribute('alt'), where).toBe(alt);
  expect(image?.getAttribute('src'), where).toMatch(/^\/_astro\/.+\.webp$/);
  expect(image?.getAttribute('srcset'), where).toMatch(/ 480w/);
  expect(image?.getAttribute('sizes'), where).toBeTruthy();
  expect(Number(image?.getAttribute('width')), where).toBeGreaterThan(0);
  expect(Number(image?.getAttribute('height')), where).toBeGreaterThan(0);
}

describe('front page', () => {
  test('featured news with its picture first, then news cards, meetings and status', async () => {
    const { content, featured, newestFirst } = await expectedFeatured();
    expect(featured?.featured, 'the default content marks a featured item').toBe(true);
    expect(featured?.image).toBeDefined();
    const home = builtDocument(urls.home());
    const h1 = home.querySelector('main h1')?.textContent?.trim() ?? '';
    expect(h1).not.toBe('');
    expect(h1).not.toContain(content.site.name);
    expect(h1).not.toContain(content.site.shortName);

    const first = home.querySelector('main h1')?.nextElementSibling;
    expect(first?.tagName).toBe('ARTICLE');
    expect(first?.querySelector('h2 a')?.getAttribute('href')).toBe(urls.newsItem(featured?.id ?? ''));
    expectPipelineImage(first?.querySelector('img') ?? null, featured?.imageAlt, 'featured');

    const headings = [...home.querySelectorAll('main > h2')].map((heading) => heading.textContent?.trim());
    expect(headings).toEqual(['Uusimmat uutiset', expect.stringMatching(/kokoukset$/), 'Valmistelu nyt']);

    const cards = [...home.querySelectorAll('main ul.news-cards > li')];
    const latest = newestFirst.filter((item) => item !== featured).slice(0, cards.length);
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.map((card) => card.querySelector('h3 a')?.getAttribute('href'))).toEqual(
      latest.map((item) => urls.newsItem(item.id)),
    );
    const withImages = latest.filter((item) => item.image);
    expect(withImages.length).toBeGreaterThan(0);
    latest.forEach((item, index) => {
      const image = cards[index]?.querySelector('img') ?? null;
      if (item.image) expectPipelineImage(image, item.imageAlt, item.id);
      else expect(image, item.id).toBeNull();
    });
  });

  test('a news item’s picture on its page and in the news list', async () => {
    const { content } = await expectedFeatured();
    const pictured = content.news.filter((item) => item.image);
    expect(pictured.length).toBeGreaterThan(1);
    const list = [...builtDocument(urls.news()).querySelectorAll('main ul.news-cards > li')];
    for (const item of pictured) {
      expectPipelineImage(
        builtDocument(urls.newsItem(item.id)).querySelector('main article img'),
        item.imageAlt,
        item.id,
      );
      const card = list.find((li) => li.querySelector('a')?.getAttribute('href') === urls.newsItem(item.id));
      expectPipelineImage(card?.querySelector('img') ?? null, item.imageAlt, `${item.id} in the list`);
    }
  });

  for (const viewport of [
    { width: 375, height: 800 },
    { width: 1280, height: 900 },
  ])
    test(`the featured item and its picture are on the first screen at ${viewport.width}×${viewport.height}`, async () => {
      const { page } = await chromium.newPage();
      try {
        await page.setViewportSize(viewport);
        await page.goto(`${baseUrl}${urls.home()}`);
        const boxes = await page.evaluate(() => {
          const featured = document.querySelector('main h1 + article');
          const box = (element: Element | null | undefined) => {
            const rect = element?.getBoundingClientRect();
            return rect && { top: rect.top, bottom: rect.bottom, width: rect.width, height: rect.height };
          };
          const image = featured?.querySelector('img');
          return {
            heading: box(featured?.querySelector('h2')),
            image: box(image),
            loaded: image ? image.complete && image.naturalWidth > 0 : false,
          };
        });
        expect(boxes.loaded).toBe(true);
        for (const [name, box] of Object.entries({ heading: boxes.heading, image: boxes.image })) {
          expect(box, name).toBeDefined();
          expect(box?.top, name).toBeGreaterThanOrEqual(0);
          expect(box?.bottom, name).toBeLessThanOrEqual(viewport.height);
          expect(box?.height, name).toBeGreaterThan(0);
        }
        // A real picture, not a thumbnail: at least half the page's width.
        expect(boxes.image?.width).toBeGreaterThanOrEqual(viewport.width / 2 - 32);
      } finally {
        await page.close();
      }
    });
});
