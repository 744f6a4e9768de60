/** The home page: latest news, the next meetings and where the reform stands on its timelines. */
import type { SiteModel } from '../site-model.ts';
import { type MeetingCard, meetingCard } from './meeting-cards.ts';
import { type NewsCard, newsCard } from './news.ts';
import { type TimelinePosition, timelinePositions } from './timeline-page.ts';

export interface HomePage {
  news: NewsCard[];
  /** Meetings on or after the site's date; if there are none, the latest held. */
  meetings: MeetingCard[];
  meetingsAreUpcoming: boolean;
  positions: TimelinePosition[];
}

export function homePage(model: SiteModel): HomePage {
  const { asOf } = model.content.site;
  const upcoming = model.meetings.filter((meeting) => meeting.date >= asOf);
  const meetings = upcoming.length > 0 ? upcoming.slice(0, 3) : model.meetings.slice(-3).reverse();
  return {
    news: model.news.slice(0, 3).map(newsCard),
    meetings: meetings.map((meeting) => meetingCard(model, meeting)),
    meetingsAreUpcoming: upcoming.length > 0,
    positions: timelinePositions(model),
  };
}
