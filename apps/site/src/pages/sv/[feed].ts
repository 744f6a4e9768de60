/**
 * The Swedish news feed and calendar (`/sv/rss.xml`, `/sv/kalender.ics`), built only when
 * site.yaml's `languages` has sv: translated items in Swedish, the others as in Finnish.
 */
import { pathSegments } from '@valmistelu/domain/urls';
import type { APIContext } from 'astro';
import { publishesIn } from '../../lib/i18n/localized-pages.ts';
import { renderCalendar } from '../../lib/ical.ts';
import { newsFeed } from '../../lib/news-feed.ts';
import { getSiteModel } from '../../lib/site-model.ts';
import { siteCalendar } from '../../lib/views/calendar.ts';
import { itemLink } from '../../lib/views/links.ts';

const language = 'sv';
const feeds = { rss: pathSegments.sv.rss, calendar: pathSegments.sv.calendar };

export async function getStaticPaths() {
  return publishesIn(await getSiteModel(), 'sv')
    ? Object.values(feeds).map((feed) => ({ params: { feed } }))
    : [];
}

export async function GET({ params }: APIContext): Promise<Response> {
  const model = await getSiteModel(language);
  if (params.feed === feeds.calendar)
    return new Response(renderCalendar(siteCalendar(model)), {
      headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
    });
  const pathOf = (item: { id: string }) =>
    itemLink(model, 'news', item.id, '', (urls) => urls.newsItem(item.id)).href;
  return new Response(await newsFeed(model.content.site, model.news, { language, pathOf }), {
    headers: { 'Content-Type': 'application/xml' },
  });
}
