/** A meeting as one line in a list: which body, when, where. */
import { formatFinnishDate } from '@valmistelu/domain/dates';
import type { Meeting } from '@valmistelu/domain/schema';
import { urls } from '@valmistelu/domain/urls';
import type { SiteModel } from '../site-model.ts';
import type { Link } from './links.ts';

/** The card's heading names the date (`meetingTitle`); its line under it only the time and place. */
export interface MeetingCard {
  link: Link;
  /** "klo 13.00", when the meeting has a time. */
  time: string | undefined;
  /** `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`, for `<time datetime>`. */
  isoDate: string;
  place: string;
  example: boolean;
}

export function meetingTitle(model: SiteModel, meeting: Meeting): string {
  const body = model.body(meeting.body);
  const name = body?.shortName ?? body?.name ?? meeting.body;
  const number = meeting.number ? ` ${meeting.number}` : '';
  return `${name}: kokous${number} ${formatFinnishDate(meeting.date)}`;
}

export function meetingCard(model: SiteModel, meeting: Meeting): MeetingCard {
  return {
    link: { href: urls.meeting(meeting.id), text: meetingTitle(model, meeting) },
    time: meeting.time && `klo ${meeting.time}`,
    isoDate: meeting.time ? `${meeting.date}T${meeting.time.replace('.', ':')}` : meeting.date,
    place: meeting.place,
    example: meeting.example,
  };
}
