/**
 * Lookups over the content that many pages share, built once per build: who is who, which
 * meeting handled which report, news by tag. Pages read from here instead of searching lists.
 */
import type { LoadedContent } from '@valmistelu/content';
import type {
  AgendaItem,
  Body,
  Content,
  Group,
  Line,
  Meeting,
  NewsItem,
  Person,
  Report,
} from '@valmistelu/domain/schema';
import { slugify } from '@valmistelu/domain/slug';
import type { Root } from 'mdast';
import { getLoadedContent } from './content.ts';

export interface Handling {
  meeting: Meeting;
  item: AgendaItem;
}

export interface Tag {
  slug: string;
  /** The first spelling met, in NFC. */
  text: string;
  news: NewsItem[];
}

export interface SiteModel {
  content: Content;
  person(id: string | undefined): Person | undefined;
  group(id: string): Group | undefined;
  line(id: string): Line | undefined;
  body(id: string): Body | undefined;
  report(id: string): Report | undefined;
  /** The parsed MDX body of a report or news item. */
  tree(collection: 'reports' | 'news', id: string): Root | undefined;
  reportsOfGroup(groupId: string): Report[];
  /** Agenda items that handled a report, oldest meeting first. */
  handlings(reportId: string): Handling[];
  meetingsOfBody(bodyId: string): Meeting[];
  /** Newest first. */
  news: NewsItem[];
  /** Oldest first. */
  meetings: Meeting[];
  tags: Tag[];
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const list = groups.get(key(item)) ?? [];
    list.push(item);
    groups.set(key(item), list);
  }
  return groups;
}

function collectTags(news: readonly NewsItem[]): Tag[] {
  const tags = new Map<string, Tag>();
  for (const item of news) {
    for (const raw of item.tags) {
      const text = raw.normalize('NFC');
      const slug = slugify(text);
      const tag = tags.get(slug) ?? { slug, text, news: [] };
      if (!tag.news.includes(item)) tag.news.push(item);
      tags.set(slug, tag);
    }
  }
  return [...tags.values()].sort((a, b) => a.text.localeCompare(b.text, 'fi'));
}

export function createSiteModel(loaded: LoadedContent): SiteModel {
  const { content, sources } = loaded;
  const people = byId(content.people);
  const groups = byId(content.groups);
  const lines = byId(content.lines);
  const bodies = byId(content.bodies);
  const reports = byId(content.reports);
  const trees = {
    reports: new Map(content.reports.map((report, index) => [report.id, sources.reports[index]?.tree])),
    news: new Map(content.news.map((item, index) => [item.id, sources.news[index]?.tree])),
  };
  const meetings = [...content.meetings].sort(
    (a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id),
  );
  const handlings = new Map<string, Handling[]>();
  for (const meeting of meetings) {
    for (const item of meeting.agenda) {
      for (const reportId of item.reports)
        handlings.set(reportId, [...(handlings.get(reportId) ?? []), { meeting, item }]);
    }
  }
  const reportsOfGroup = groupBy(
    [...content.reports].sort((a, b) => a.period.end.localeCompare(b.period.end) || a.id.localeCompare(b.id)),
    (report) => report.group,
  );
  const meetingsOfBody = groupBy(meetings, (meeting) => meeting.body);
  const news = [...content.news].sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
  return {
    content,
    person: (id) => (id === undefined ? undefined : people.get(id)),
    group: (id) => groups.get(id),
    line: (id) => lines.get(id),
    body: (id) => bodies.get(id),
    report: (id) => reports.get(id),
    tree: (collection, id) => trees[collection].get(id),
    reportsOfGroup: (id) => reportsOfGroup.get(id) ?? [],
    handlings: (id) => handlings.get(id) ?? [],
    meetingsOfBody: (id) => meetingsOfBody.get(id) ?? [],
    news,
    meetings,
    tags: collectTags(news),
  };
}

const models = new WeakMap<LoadedContent, SiteModel>();

export async function getSiteModel(): Promise<SiteModel> {
  const loaded = await getLoadedContent();
  let model = models.get(loaded);
  if (!model) {
    model = createSiteModel(loaded);
    models.set(loaded, model);
  }
  return model;
}
