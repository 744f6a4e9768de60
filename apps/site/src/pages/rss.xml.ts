/** The news as RSS 2.0, newest first; dates come from the content, never from the clock. */
import rss from '@astrojs/rss';
import { absoluteUrl, urls } from '@valmistelu/domain/urls';
import { getSiteModel } from '../lib/site-model.ts';

export async function GET(): Promise<Response> {
  const { content, news } = await getSiteModel();
  const { site } = content;
  return rss({
    title: `${site.name}: uutiset`,
    description: site.description,
    site: site.url,
    customData: '<language>fi</language>',
    items: news.map((item) => ({
      title: item.title,
      link: absoluteUrl(site.url, urls.newsItem(item.id)),
      pubDate: new Date(`${item.date}T00:00:00Z`),
      description: item.summary,
      categories: item.tags.map((tag) => tag.normalize('NFC')),
    })),
  });
}
