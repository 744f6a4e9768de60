/** Meetings and milestones as an iCalendar feed. */
import { renderCalendar } from '../lib/ical.ts';
import { getSiteModel } from '../lib/site-model.ts';
import { siteCalendar } from '../lib/views/calendar.ts';

export async function GET(): Promise<Response> {
  const calendar = siteCalendar(await getSiteModel());
  return new Response(renderCalendar(calendar), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
}
