/** The news as RSS 2.0, newest first; dates come from the content, never from the clock. */
import { getRssString } from '@astrojs/rss';
import type { NewsItem, Site } from '@valmistelu/domain/schema';
import { absoluteUrl, urls } from '@valmistelu/domain/urls';
import { feedDescription, xmlSafeText } from './feed-text.ts';

export type FeedSite = Pick<Site, 'name' | 'description' | 'url'>;
export type FeedNews = Pick<NewsItem, 'id' | 'title' | 'date' | 'summary' | 'tags'>;

export function newsFeed(site: FeedSite, news: readonly FeedNews[]): Promise<string> {
  return getRssString({
    title: xmlSafeText(`${site.name}: uutiset`),
    description: feedDescription(site.description),
    site: site.url,
    customData: '<language>fi</language>',
    items: news.map((item) => ({
      title: xmlSafeText(item.title),
      link: absoluteUrl(site.url, urls.newsItem(item.id)),
      pubDate: new Date(`${item.date}T00:00:00Z`),
      description: feedDescription(item.summary),
      categories: item.tags.map((tag) => xmlSafeText(tag.normalize('NFC'))),
    })),
  });
}
