/** A meeting as one line in a list: which body, when, where. */
import { formatFinnishDate } from '@valmistelu/domain/dates';
import type { Meeting } from '@valmistelu/domain/schema';
import { urls } from '@valmistelu/domain/urls';
import type { SiteModel } from '../site-model.ts';
import type { Link } from './links.ts';

export interface MeetingCard {
  link: Link;
  date: string;
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
    date: `${formatFinnishDate(meeting.date)}${meeting.time ? ` klo ${meeting.time}` : ''}`,
    isoDate: meeting.date,
    place: meeting.place,
    example: meeting.example,
  };
}
