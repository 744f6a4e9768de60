/**
 * Lookups over the content that many pages share, built once per build: who is who, which
 * meeting handled which report, news by tag, what is under what, reporting schedules. Pages read
 * from here instead of searching lists: a page that scans a whole collection makes the build
 * quadratic in the size of the organisation. Pure: `site-model.ts` builds it from the collections.
 */
import {
  allScheduleItems,
  groupScheduleItems,
  reportsDueBefore,
  type ScheduleItem,
} from '@valmistelu/domain/schedule';
import type {
  AgendaItem,
  Body,
  CollectionName,
  Content,
  Group,
  Language,
  Line,
  Meeting,
  NewsItem,
  Person,
  Report,
} from '@valmistelu/domain/schema';
import { slugify } from '@valmistelu/domain/slug';
import { type GroupStatus, groupStatus, type OverallStatus, overallStatus } from '@valmistelu/domain/status';
import type { RenderedBody } from './views/render-body.ts';

/** The collections whose items have an MDX body. */
export type BodyCollection = 'reports' | 'news';

/** Rendered bodies by collection and id. */
export type RenderedBodies = Record<BodyCollection, ReadonlyMap<string, RenderedBody>>;

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

/** Which language a model is in, and which of its items are translated into it. */
export interface ModelLanguage {
  language: Language;
  /** Whether the item is in `language`; untranslated ones are the main language's originals. */
  isTranslated(collection: CollectionName, id: string): boolean;
}

export interface SiteModel extends ModelLanguage {
  content: Content;
  /** The site's languages (`site.yaml`), the main one first. */
  languages: readonly Language[];
  person(id: string | undefined): Person | undefined;
  group(id: string): Group | undefined;
  line(id: string): Line | undefined;
  body(id: string): Body | undefined;
  report(id: string): Report | undefined;
  /** The rendered MDX body of a report or news item, as the loader rendered it. */
  rendered(collection: BodyCollection, id: string): RenderedBody | undefined;
  reportsOfGroup(groupId: string): Report[];
  /** Reports that answer this one (`answers`), in content order. */
  answeredBy(reportId: string): Report[];
  /** Agenda items that handled a report, oldest meeting first. */
  handlings(reportId: string): Handling[];
  meetingsOfBody(bodyId: string): Meeting[];
  /** Direct sub-groups, sub-bodies, a line's groups and a body's lines, in content order. */
  subGroups(groupId: string): Group[];
  groupsOfLine(lineId: string): Group[];
  subBodies(bodyId: string): Body[];
  linesOfBody(bodyId: string): Line[];
  /** `groupScheduleItems` of the domain, for one group. */
  scheduleOfGroup(group: Group): ScheduleItem[];
  /** `groupStatus` of the domain as of the site's date. */
  statusOfGroup(group: Group): GroupStatus;
  /** `overallStatus` of the domain as of the site's date, computed once. */
  overallStatus(): OverallStatus;
  /** `reportsDueBefore` of the domain, over schedule items computed once. */
  reportsDueBefore(meeting: Meeting): ScheduleItem[];
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

/** Computes a value on first use and keeps it. */
function once<T>(compute: () => T): () => T {
  let value: { of: T } | undefined;
  return () => {
    value ??= { of: compute() };
    return value.of;
  };
}

export function createSiteModel(
  content: Content,
  renderedBodies: RenderedBodies = { reports: new Map(), news: new Map() },
  language: ModelLanguage = { language: content.site.languages[0] ?? 'fi', isTranslated: () => true },
): SiteModel {
  const people = byId(content.people);
  const groups = byId(content.groups);
  const lines = byId(content.lines);
  const bodies = byId(content.bodies);
  const reports = byId(content.reports);
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
  // In content order: the domain's schedule resolves due dates by the order of a group's reports.
  const ownReports = groupBy(content.reports, (report) => report.group);
  const answeredBy = groupBy(
    content.reports.filter((report) => report.answers !== undefined),
    (report) => report.answers ?? '',
  );
  const subGroups = groupBy(
    content.groups.filter((group) => group.parent !== undefined),
    (group) => group.parent ?? '',
  );
  const groupsOfLine = groupBy(content.groups, (group) => group.line);
  const subBodies = groupBy(
    content.bodies.filter((body) => body.parent !== undefined),
    (body) => body.parent ?? '',
  );
  const linesOfBody = groupBy(content.lines, (line) => line.body);
  const { asOf, dueSoonDays } = content.site;
  const scheduleItems = once(() => allScheduleItems(content));
  return {
    content,
    languages: content.site.languages,
    ...language,
    person: (id) => (id === undefined ? undefined : people.get(id)),
    group: (id) => groups.get(id),
    line: (id) => lines.get(id),
    body: (id) => bodies.get(id),
    report: (id) => reports.get(id),
    rendered: (collection, id) => renderedBodies[collection].get(id),
    reportsOfGroup: (id) => reportsOfGroup.get(id) ?? [],
    answeredBy: (id) => answeredBy.get(id) ?? [],
    handlings: (id) => handlings.get(id) ?? [],
    meetingsOfBody: (id) => meetingsOfBody.get(id) ?? [],
    subGroups: (id) => subGroups.get(id) ?? [],
    groupsOfLine: (id) => groupsOfLine.get(id) ?? [],
    subBodies: (id) => subBodies.get(id) ?? [],
    linesOfBody: (id) => linesOfBody.get(id) ?? [],
    // The domain functions filter the reports by group themselves; given only the group's own,
    // they return the same in time proportional to the group instead of to the organisation.
    scheduleOfGroup: (group) => groupScheduleItems(group, ownReports.get(group.id) ?? []),
    statusOfGroup: (group) => groupStatus(group, ownReports.get(group.id) ?? [], asOf, dueSoonDays),
    overallStatus: once(() => overallStatus(content)),
    // The organisation's schedule is computed once for all meeting pages.
    reportsDueBefore: (meeting) =>
      reportsDueBefore(
        { ...content, meetings: meetingsOfBody.get(meeting.body) ?? [] },
        meeting,
        scheduleItems(),
      ),
    news,
    meetings,
    tags: collectTags(news),
  };
}
