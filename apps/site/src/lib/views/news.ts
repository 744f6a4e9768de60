/** News lists: pages of ten, per-tag lists, and the card each list shows. */
import { formatFinnishDate } from '@valmistelu/domain/dates';
import type { NewsItem } from '@valmistelu/domain/schema';
import { urls } from '@valmistelu/domain/urls';
import type { SiteModel, Tag } from '../site-model.ts';
import type { Link } from './links.ts';
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
  return {
    link: { href: urls.newsItem(item.id), text: item.title },
    date: formatFinnishDate(item.date),
    isoDate: item.date,
    summary: item.summary,
    tags: item.tags.map((tag) => ({ href: urls.newsTag(tag), text: tag.normalize('NFC') })),
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
  const pageCount = Math.max(1, Math.ceil(model.news.length / newsPageSize));
  return Array.from({ length: pageCount }, (_, index) => {
    const page = index + 1;
    return {
      page,
      pageCount,
      cards: model.news.slice(index * newsPageSize, page * newsPageSize).map((item) => newsCard(model, item)),
      previous: page > 1 ? { href: urls.news(page - 1), text: 'Uudemmat uutiset' } : undefined,
      next: page < pageCount ? { href: urls.news(page + 1), text: 'Vanhemmat uutiset' } : undefined,
    };
  });
}

export function tagLinks(tags: readonly Tag[]): (Link & { count: number })[] {
  return tags.map((tag) => ({ href: urls.newsTag(tag.text), text: tag.text, count: tag.news.length }));
}
