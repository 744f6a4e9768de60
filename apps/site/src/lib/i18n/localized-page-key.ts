/**
 * The incremental build's key of a page in another language (`page-cache-key.ts`): the same data
 * as its Finnish counterpart's key, with the language. Pages whose Finnish route has no key (the
 * home page, lists of everything) are rendered every time in every language.
 */
import { pageCacheKey } from '../page-cache-key.ts';
import type { SiteModel } from '../site-model.ts';
import { bodyPage } from '../views/body-page.ts';
import { linePage } from '../views/line-page.ts';
import { meetingPage } from '../views/meeting-page.ts';
import { minutesPage } from '../views/minutes-page.ts';
import { organisationFacts } from '../views/organisation.ts';
import { renderBody } from '../views/render-body.ts';
import { reportPage } from '../views/report-page.ts';
import { timelinePage } from '../views/timeline-page.ts';
import type { LocalizedPage } from './localized-pages.ts';

/** What a page of this kind shows, to be computed only for a key; none for pages without a key. */
function keyedData(model: SiteModel, page: LocalizedPage): (() => object) | undefined {
  switch (page.kind) {
    case 'news':
      return () => ({ page: page.page });
    case 'newsItem':
      return () => ({
        item: page.item,
        author: model.person(page.item.author),
        body: renderBody(model, 'news', page.item.id),
      });
    case 'meeting':
      return () => ({ meeting: page.meeting, page: meetingPage(model, page.meeting) });
    case 'minutes':
      return () => ({ meeting: page.meeting, minutes: minutesPage(model, page.meeting) });
    case 'body':
      return () => ({ body: page.body, page: bodyPage(model, page.body) });
    case 'line':
      return () => ({ line: page.line, page: linePage(model, page.line) });
    case 'organisation':
      return () => ({ organisation: organisationFacts(model) });
    case 'timeline':
      return () => ({ timeline: page.timeline, page: timelinePage(model, page.timeline) });
    case 'report':
      return () => ({ report: page.report, page: reportPage(model, page.report) });
    default:
      return undefined;
  }
}

export async function localizedPageCacheKey(
  model: SiteModel,
  page: LocalizedPage,
): Promise<{ cacheKey?: string }> {
  const data = keyedData(model, page);
  const cacheKey = data && (await pageCacheKey(() => ({ language: model.language, ...data() })));
  return cacheKey === undefined ? {} : { cacheKey };
}
