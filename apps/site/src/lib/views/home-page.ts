/**
 * The home page, news first: the featured item, the latest others, the coming meetings, then
 * where the reform stands on its timelines.
 */
import type { SiteModel } from '../site-model.ts';
import { type MeetingCard, meetingCard } from './meeting-cards.ts';
import { featuredNews, type NewsCard, newsCard } from './news.ts';
import { type TimelinePosition, timelinePositions } from './timeline-page.ts';

/** Cards after the featured item: one row of three on a wide screen. */
const latestCount = 3;

export interface HomePage {
  featured: NewsCard | undefined;
  /** The newest items other than the featured one. */
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
  const featured = featuredNews(model);
  return {
    featured: featured && newsCard(model, featured),
    news: model.news
      .filter((item) => item !== featured)
      .slice(0, latestCount)
      .map((item) => newsCard(model, item)),
    meetings: meetings.map((meeting) => meetingCard(model, meeting)),
    meetingsAreUpcoming: upcoming.length > 0,
    positions: timelinePositions(model),
  };
}
