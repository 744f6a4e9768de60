/**
 * A meeting's minutes page: the same wording as the minutes PDF (`@valmistelu/domain/minutes-text`),
 * from the public content, so confidential § show only number, title and legal basis, and private
 * persons' names are gone once the display period has ended.
 */
import { formatFinnishDate, formatFinnishSpan } from '@valmistelu/domain/dates';
import {
  type Attendance,
  appealKindLabels,
  appealLine,
  appealSections,
  attendanceOf,
  checkingText,
  confidentialText,
  displayText,
  legalityText,
  participantName,
  proceedingsOf,
  sectionsText,
} from '@valmistelu/domain/minutes-text';
import type { Meeting } from '@valmistelu/domain/schema';
import { absoluteUrl, urls } from '@valmistelu/domain/urls';
import type { SiteModel } from '../site-model.ts';
import { type Link, personLabel } from './links.ts';
import { meetingTitle } from './meeting-cards.ts';

export interface MinutesSection {
  number: number;
  anchor: string;
  title: string;
  confidential: string | undefined;
  presenter: string | undefined;
  description: string | undefined;
  reports: Link[];
  attachments: { title: string; text: string | undefined; confidential: string | undefined }[];
  proposal: string | undefined;
  proceedings: string[];
  decision: string | undefined;
  appeal: string | undefined;
}

export interface MinutesPage {
  title: string;
  meeting: Link;
  body: Link | undefined;
  when: string;
  place: string;
  chair: string;
  secretary: string;
  displayPeriod: string;
  attendance: Attendance | undefined;
  legality: string | undefined;
  checking: string | undefined;
  display: string | undefined;
  sections: MinutesSection[];
  appeals: { title: string; kind: string; sections: string; lastDay: string | undefined; text: string }[];
  signers: { role: string; name: string }[];
  pdf: string;
  example: boolean;
}

/** The anchor of a § on the minutes page, as on the meeting page. */
export const minutesAnchor = (number: number) => `pykala-${number}`;

export function minutesPage(model: SiteModel, meeting: Meeting): MinutesPage | undefined {
  const { content } = model;
  const { minutes } = meeting;
  if (!minutes) return undefined;
  const body = model.body(meeting.body);
  const name = (ref: string) => participantName(content, meeting, ref);
  const time = meeting.time ? ` klo ${meeting.time}${minutes.ended ? `–${minutes.ended}` : ''}` : '';
  return {
    title: `Pöytäkirja: ${meetingTitle(model, meeting)}`,
    meeting: { href: urls.meeting(meeting.id), text: meetingTitle(model, meeting) },
    body: body && { href: urls.body(body.id), text: body.name },
    when: `${formatFinnishDate(meeting.date)}${time}`,
    place: meeting.place,
    chair: name(minutes.chair),
    secretary: name(minutes.secretary),
    displayPeriod: formatFinnishSpan(minutes.publicDisplay.start, minutes.publicDisplay.end),
    attendance: attendanceOf(content, meeting),
    legality: legalityText(content, meeting),
    checking: checkingText(content, meeting),
    display: displayText(meeting, absoluteUrl(content.site.url, urls.minutes(meeting.id))),
    sections: meeting.agenda.map((item) => ({
      number: item.number,
      anchor: minutesAnchor(item.number),
      title: item.title,
      confidential: item.confidential && confidentialText(item.confidential),
      presenter: personLabel(model.person(item.presenter)),
      description: item.description,
      reports: item.reports.flatMap((id) => {
        const report = model.report(id);
        return report ? [{ href: urls.report(report.id), text: report.title }] : [];
      }),
      attachments: item.attachments.map((attachment) => ({
        title: attachment.title,
        text: attachment.text,
        confidential: attachment.confidential && confidentialText(attachment.confidential),
      })),
      proposal: item.proposal,
      proceedings: proceedingsOf(content, meeting, item),
      decision: item.decision,
      appeal: appealLine(content, meeting, item),
    })),
    appeals: appealSections(content, meeting).map((entry) => ({
      title: entry.template.title,
      kind: appealKindLabels[entry.template.kind],
      sections: sectionsText(entry.sections),
      lastDay: entry.lastDay && formatFinnishDate(entry.lastDay),
      text: entry.template.text,
    })),
    signers: [
      { role: 'Puheenjohtaja', name: name(minutes.chair) },
      { role: 'Pöytäkirjanpitäjä', name: name(minutes.secretary) },
      ...minutes.checkers.map((ref) => ({ role: 'Pöytäkirjantarkastaja', name: name(ref) })),
    ],
    pdf: urls.minutesPdf(meeting.id),
    example: meeting.example,
  };
}
