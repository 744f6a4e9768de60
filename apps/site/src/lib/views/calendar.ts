/** The site's calendar: every meeting and every timeline milestone, as `renderCalendar` input. */
import { absoluteUrl, localizedUrls } from '@valmistelu/domain/urls';
import { texts } from '../i18n/texts.ts';
import type { Calendar } from '../ical.ts';
import type { SiteModel } from '../site-model.ts';
import { itemLink } from './links.ts';
import { meetingTitle } from './meeting-cards.ts';

/** Meetings have a start time but no end; two hours is what a steering-group meeting takes. */
const meetingMinutes = 120;

/** The calendar in the model's language: meetings link to their page in it where they are translated. */
export function siteCalendar(model: SiteModel): Calendar {
  const { site } = model.content;
  const t = texts[model.language];
  const link = (id: string) => itemLink(model, 'meetings', id, '', (urls) => urls.meeting(id)).href;
  const host = new URL(site.url).host;
  const meetings = model.meetings.map((meeting) => ({
    uid: `kokous-${meeting.id}@${host}`,
    summary: meetingTitle(model, meeting),
    description: meeting.agenda.map((item) => `§ ${item.number} ${item.title}`).join('\n'),
    location: meeting.place,
    url: absoluteUrl(site.url, link(meeting.id)),
    when: meeting.time
      ? { day: meeting.date, time: meeting.time, minutes: meetingMinutes }
      : { allDay: { first: meeting.date, last: meeting.date } },
  }));
  const milestones = model.content.timelines.flatMap((timeline) =>
    timeline.milestones.map((milestone) => ({
      uid: `virstanpylvas-${timeline.id}-${milestone.id}@${host}`,
      summary: `${milestone.label}${milestone.tentative ? ` (${t.home.tentativeTime})` : ''}`,
      description: [timeline.title, milestone.note].filter(Boolean).join('\n'),
      // Timelines have pages in the main language only.
      url: absoluteUrl(site.url, localizedUrls.fi.timeline(timeline.id)),
      when: { allDay: milestone.date },
    })),
  );
  return {
    name: t.calendarName(site.shortName),
    stamp: site.asOf,
    events: [...meetings, ...milestones],
  };
}
