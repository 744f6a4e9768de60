/** News lists: pages of ten, per-tag lists, and the card each list shows. */
import { formatDate } from '@valmistelu/domain/localized-dates';
import type { NewsItem } from '@valmistelu/domain/schema';
import { localizedUrls } from '@valmistelu/domain/urls';
import { texts } from '../i18n/texts.ts';
import type { SiteModel, Tag } from '../site-model.ts';
import { itemLink, type Link } from './links.ts';
import { type LeadImageRef, renderBody } from './render-body.ts';

export const newsPageSize = 10;

export interface NewsCard {
  link: Link;
  date: string;
  isoDate: string;
  summary: string;
  tags: Link[];
  example: boolean;
  /** The item's own picture; its digest is in the key of every page that shows the card. */
  image: LeadImageRef | undefined;
}

export function newsCard(model: SiteModel, item: NewsItem): NewsCard {
  const link = itemLink(model, 'news', item.id, item.title, (urls) => urls.newsItem(item.id));
  // Topics are words of the originals with pages in the main language only: other languages' cards leave them out.
  const tags = model.language === model.languages[0] ? item.tags : [];
  return {
    link,
    date: formatDate(item.date, model.language),
    isoDate: item.date,
    summary: item.summary,
    tags: tags.map((tag) => ({ href: localizedUrls.fi.newsTag(tag), text: tag.normalize('NFC') })),
    example: item.example,
    image: renderBody(model, 'news', item.id).leadImage,
  };
}

/** The item the front page opens with: the newest marked `featured`, else the newest of all. */
export function featuredNews(model: SiteModel): NewsItem | undefined {
  return model.news.find((item) => item.featured) ?? model.news[0];
}

export interface NewsPage {
  page: number;
  pageCount: number;
  cards: NewsCard[];
  previous: Link | undefined;
  next: Link | undefined;
}

/** At least one page, so that /uutiset/ exists before the first news item. */
export function newsPages(model: SiteModel): NewsPage[] {
  const urls = localizedUrls[model.language];
  const words = texts[model.language].news;
  const pageCount = Math.max(1, Math.ceil(model.news.length / newsPageSize));
  return Array.from({ length: pageCount }, (_, index) => {
    const page = index + 1;
    return {
      page,
      pageCount,
      cards: model.news.slice(index * newsPageSize, page * newsPageSize).map((item) => newsCard(model, item)),
      previous: page > 1 ? { href: urls.news(page - 1), text: words.newer } : undefined,
      next: page < pageCount ? { href: urls.news(page + 1), text: words.older } : undefined,
    };
  });
}

export function tagLinks(tags: readonly Tag[]): (Link & { count: number })[] {
  return tags.map((tag) => ({
    href: localizedUrls.fi.newsTag(tag.text),
    text: tag.text,
    count: tag.news.length,
  }));
}
