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
import { renderBody } from '../views/render-body.ts';
import { reportPage } from '../views/report-page.ts';
import { timelinePage } from '../views/timeline-page.ts';
import type { LocalizedPage } from './localized-pages.ts';

export async function localizedPageCacheKey(
  model: SiteModel,
  page: LocalizedPage,
): Promise<{ cacheKey?: string }> {
  const data =
    page.kind === 'news'
      ? { page: page.page }
      : page.kind === 'newsItem'
        ? {
            item: page.item,
            author: model.person(page.item.author),
            body: renderBody(model, 'news', page.item.id),
          }
        : page.kind === 'meeting'
          ? { meeting: page.meeting, page: meetingPage(model, page.meeting) }
          : page.kind === 'minutes'
            ? { meeting: page.meeting, minutes: minutesPage(model, page.meeting) }
            : page.kind === 'body'
              ? { body: page.body, page: bodyPage(model, page.body) }
              : page.kind === 'line'
                ? { line: page.line, page: linePage(model, page.line) }
                : page.kind === 'timeline'
                  ? { timeline: page.timeline, page: timelinePage(model, page.timeline) }
                  : page.kind === 'report'
                    ? { report: page.report, page: reportPage(model, page.report) }
                    : undefined;
  return data ? { cacheKey: await pageCacheKey({ language: model.language, ...data }) } : {};
}
