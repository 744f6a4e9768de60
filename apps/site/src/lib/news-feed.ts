/** The news as RSS 2.0, newest first; dates come from the content, never from the clock. */
import { getRssString } from '@astrojs/rss';
import type { Language, NewsItem, Site } from '@valmistelu/domain/schema';
import { absoluteUrl, urls } from '@valmistelu/domain/urls';
import { feedDescription, xmlSafeText } from './feed-text.ts';
import { texts } from './i18n/texts.ts';

export type FeedSite = Pick<Site, 'name' | 'description' | 'url'>;
export type FeedNews = Pick<NewsItem, 'id' | 'title' | 'date' | 'summary' | 'tags'>;

export interface FeedLanguage {
  language: Language;
  /** Each item's page: in the feed's language where it is translated, else in the main language. */
  pathOf(item: FeedNews): string;
}

const mainFeed: FeedLanguage = { language: 'fi', pathOf: (item) => urls.newsItem(item.id) };

/** The feed of one language's pages; the main language's by default. */
export function newsFeed(
  site: FeedSite,
  news: readonly FeedNews[],
  { language, pathOf }: FeedLanguage = mainFeed,
): Promise<string> {
  return getRssString({
    title: xmlSafeText(texts[language].news.feedTitle(site.name)),
    description: feedDescription(site.description),
    site: site.url,
    customData: `<language>${language}</language>`,
    items: news.map((item) => ({
      title: xmlSafeText(item.title),
      link: absoluteUrl(site.url, pathOf(item)),
      pubDate: new Date(`${item.date}T00:00:00Z`),
      description: feedDescription(item.summary),
      categories: item.tags.map((tag) => xmlSafeText(tag.normalize('NFC'))),
    })),
  });
}
