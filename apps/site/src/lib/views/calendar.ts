/** The site's calendar: every meeting and every timeline milestone, as `renderCalendar` input. */
import { absoluteUrl, urls } from '@valmistelu/domain/urls';
import type { Calendar } from '../ical.ts';
import type { SiteModel } from '../site-model.ts';
import { meetingTitle } from './meeting-cards.ts';

/** Meetings have a start time but no end; two hours is what a steering-group meeting takes. */
const meetingMinutes = 120;

export function siteCalendar(model: SiteModel): Calendar {
  const { site } = model.content;
  const host = new URL(site.url).host;
  const meetings = model.meetings.map((meeting) => ({
    uid: `kokous-${meeting.id}@${host}`,
    summary: meetingTitle(model, meeting),
    description: meeting.agenda.map((item) => `§ ${item.number} ${item.title}`).join('\n'),
    location: meeting.place,
    url: absoluteUrl(site.url, urls.meeting(meeting.id)),
    when: meeting.time
      ? { day: meeting.date, time: meeting.time, minutes: meetingMinutes }
      : { allDay: { first: meeting.date, last: meeting.date } },
  }));
  const milestones = model.content.timelines.flatMap((timeline) =>
    timeline.milestones.map((milestone) => ({
      uid: `virstanpylvas-${timeline.id}-${milestone.id}@${host}`,
      summary: `${milestone.label}${milestone.tentative ? ' (ajankohta epävarma)' : ''}`,
      description: [timeline.title, milestone.note].filter(Boolean).join('\n'),
      url: absoluteUrl(site.url, urls.timeline(timeline.id)),
      when: { allDay: milestone.date },
    })),
  );
  return {
    name: `${site.shortName}: kokoukset ja virstanpylväät`,
    stamp: site.asOf,
    events: [...meetings, ...milestones],
  };
}
