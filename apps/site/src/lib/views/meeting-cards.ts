/** A meeting as one line in a list: which body, when, where. */
import { formatDate } from '@valmistelu/domain/localized-dates';
import type { Meeting } from '@valmistelu/domain/schema';
import { texts } from '../i18n/texts.ts';
import type { SiteModel } from '../site-model.ts';
import { itemLink, type Link } from './links.ts';

/** The card's heading names the date (`meetingTitle`); its line under it only the time and place. */
export interface MeetingCard {
  link: Link;
  /** "klo 13.00" ("kl. 13.00"), when the meeting has a time. */
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
  return texts[model.language].meetings.meetingTitle(name, number, formatDate(meeting.date, model.language));
}

export function meetingCard(model: SiteModel, meeting: Meeting): MeetingCard {
  const title = meetingTitle(model, meeting);
  return {
    link: itemLink(model, 'meetings', meeting.id, title, (urls) => urls.meeting(meeting.id)),
    time: meeting.time && texts[model.language].meetings.at(meeting.time),
    isoDate: meeting.time ? `${meeting.date}T${meeting.time.replace('.', ':')}` : meeting.date,
    place: meeting.place,
    example: meeting.example,
  };
}
