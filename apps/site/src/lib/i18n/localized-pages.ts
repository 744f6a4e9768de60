/**
 * Which pages the site has in its other languages, each with its counterpart in the main
 * language: the one list that `src/pages/sv/[...path].astro` builds and that the language switch
 * and the `hreflang` alternates (`alternates.ts`) read: every section of the menu, the
 * accessibility statement, and the pages of the translated news items, meetings (with their
 * minutes), bodies, lines, reports and timelines. An item gets a page in a language only when it
 * is translated into it: lists show the others in the main language, linked there. Groups have
 * pages in the main language only.
 */
import type { Body, Language, Line, Meeting, NewsItem, Report, Timeline } from '@valmistelu/domain/schema';
import { localizedUrls } from '@valmistelu/domain/urls';
import { getSiteModel, type SiteModel } from '../site-model.ts';
import { type NewsPage, newsPages } from '../views/news.ts';

export type LocalizedPage =
  | { kind: 'home' }
  | { kind: 'news'; page: NewsPage }
  | { kind: 'newsItem'; item: NewsItem }
  | { kind: 'meetings' }
  | { kind: 'meeting'; meeting: Meeting }
  | { kind: 'minutes'; meeting: Meeting }
  | { kind: 'body'; body: Body }
  | { kind: 'organisation' }
  | { kind: 'line'; line: Line }
  | { kind: 'reports' }
  | { kind: 'report'; report: Report }
  | { kind: 'decisions' }
  | { kind: 'actions' }
  | { kind: 'timelines' }
  | { kind: 'timeline'; timeline: Timeline }
  | { kind: 'status' }
  | { kind: 'channels' }
  | { kind: 'search' }
  | { kind: 'accessibility' };

export interface LocalizedRoute {
  language: Language;
  /** The page's path in `language`. */
  path: string;
  /** The same page's path in the main language. */
  counterpart: string;
  page: LocalizedPage;
}

/** Whether the site publishes in `language` besides its main language. */
export function publishesIn(model: SiteModel, language: Language): boolean {
  return model.languages.slice(1).includes(language);
}

function routesOf(model: SiteModel): LocalizedRoute[] {
  const { language } = model;
  const own = localizedUrls[language];
  const main = localizedUrls.fi;
  const route = (path: string, counterpart: string, page: LocalizedPage): LocalizedRoute => ({
    language,
    path,
    counterpart,
    page,
  });
  return [
    route(own.home(), main.home(), { kind: 'home' }),
    ...newsPages(model).map((page) =>
      route(own.news(page.page), main.news(page.page), { kind: 'news', page }),
    ),
    ...model.news
      .filter((item) => model.isTranslated('news', item.id))
      .map((item) => route(own.newsItem(item.id), main.newsItem(item.id), { kind: 'newsItem', item })),
    route(own.meetings(), main.meetings(), { kind: 'meetings' }),
    ...model.meetings
      .filter((meeting) => model.isTranslated('meetings', meeting.id))
      .map((meeting) =>
        route(own.meeting(meeting.id), main.meeting(meeting.id), { kind: 'meeting', meeting }),
      ),
    ...model.meetings
      .filter((meeting) => model.isTranslated('meetings', meeting.id) && meeting.minutes !== undefined)
      .map((meeting) =>
        route(own.minutes(meeting.id), main.minutes(meeting.id), { kind: 'minutes', meeting }),
      ),
    route(own.organisation(), main.organisation(), { kind: 'organisation' }),
    ...model.content.bodies
      .filter((body) => model.isTranslated('bodies', body.id))
      .map((body) => route(own.body(body.id), main.body(body.id), { kind: 'body', body })),
    ...model.content.lines
      .filter((line) => model.isTranslated('lines', line.id))
      .map((line) => route(own.line(line.id), main.line(line.id), { kind: 'line', line })),
    route(own.reports(), main.reports(), { kind: 'reports' }),
    ...model.content.reports
      .filter((report) => model.isTranslated('reports', report.id))
      .map((report) => route(own.report(report.id), main.report(report.id), { kind: 'report', report })),
    route(own.decisions(), main.decisions(), { kind: 'decisions' }),
    route(own.actions(), main.actions(), { kind: 'actions' }),
    route(own.timelines(), main.timelines(), { kind: 'timelines' }),
    ...model.content.timelines
      .filter((timeline) => model.isTranslated('timelines', timeline.id))
      .map((timeline) =>
        route(own.timeline(timeline.id), main.timeline(timeline.id), { kind: 'timeline', timeline }),
      ),
    route(own.status(), main.status(), { kind: 'status' }),
    route(own.channels(), main.channels(), { kind: 'channels' }),
    route(own.search(), main.search(), { kind: 'search' }),
    route(own.accessibility(), main.accessibility(), { kind: 'accessibility' }),
  ];
}

export interface RouteIndex {
  routes: LocalizedRoute[];
  /** By the page's own path. */
  byPath: ReadonlyMap<string, LocalizedRoute>;
  /** By its main-language counterpart's path. */
  byCounterpart: ReadonlyMap<string, LocalizedRoute>;
}

const empty: RouteIndex = { routes: [], byPath: new Map(), byCounterpart: new Map() };
const cache = new WeakMap<SiteModel, RouteIndex>();

/** The pages in `language`, looked up by path on every page's frame; none when the site does not publish in it. */
export async function localizedRouteIndex(language: Language): Promise<RouteIndex> {
  const main = await getSiteModel();
  if (!publishesIn(main, language)) return empty;
  const model = await getSiteModel(language);
  let index = cache.get(model);
  if (!index) {
    const routes = routesOf(model);
    index = {
      routes,
      byPath: new Map(routes.map((route) => [route.path, route])),
      byCounterpart: new Map(routes.map((route) => [route.counterpart, route])),
    };
    cache.set(model, index);
  }
  return index;
}

/** The pages in `language`; none when the site does not publish in it. */
export async function localizedRoutes(language: Language): Promise<LocalizedRoute[]> {
  return (await localizedRouteIndex(language)).routes;
}
