/**
 * A meeting's minutes page: the same wording as the minutes PDF (`@valmistelu/domain/minutes-text`),
 * from the public content, so confidential § show only number, title and legal basis, and private
 * persons' names are gone once the display period has ended.
 */
import { documentWords } from '@valmistelu/domain/document-words';
import {
  type Attendance,
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
import type { Language, Meeting } from '@valmistelu/domain/schema';
import { absoluteUrl, localizedUrls, pathSegments, urls } from '@valmistelu/domain/urls';
import { texts } from '../i18n/texts.ts';
import type { SiteModel } from '../site-model.ts';
import { itemLink, type Link, personLabel } from './links.ts';
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

/** The anchor of a § on the minutes page, as on the meeting page of the same language. */
export const minutesAnchor = (number: number, language: Language = 'fi') =>
  `${pathSegments[language].agendaItem}-${number}`;

/**
 * In another language than the main one, only for a translated meeting (`localized-pages.ts`):
 * its texts are the translation's, the fixed wording `documentWords`' of that language.
 */
export function minutesPage(model: SiteModel, meeting: Meeting): MinutesPage | undefined {
  const { content, language } = model;
  const { minutes } = meeting;
  if (!minutes) return undefined;
  const words = documentWords[language];
  const own = localizedUrls[language];
  const body = model.body(meeting.body);
  const name = (ref: string) => participantName(content, meeting, ref);
  const time = meeting.time ? `${words.at(meeting.time)}${minutes.ended ? `–${minutes.ended}` : ''}` : '';
  const title = meetingTitle(model, meeting);
  return {
    title: texts[language].minutesPage.title(title),
    meeting: { href: own.meeting(meeting.id), text: title },
    body: body && itemLink(model, 'bodies', body.id, body.name, (pages) => pages.body(body.id)),
    when: `${words.date(meeting.date)}${time}`,
    place: meeting.place,
    chair: name(minutes.chair),
    secretary: name(minutes.secretary),
    displayPeriod: words.span(minutes.publicDisplay.start, minutes.publicDisplay.end),
    attendance: attendanceOf(content, meeting, language),
    legality: legalityText(content, meeting, language),
    checking: checkingText(content, meeting, language),
    display: displayText(meeting, absoluteUrl(content.site.url, own.minutes(meeting.id)), language),
    sections: meeting.agenda.map((item) => ({
      number: item.number,
      anchor: minutesAnchor(item.number, language),
      title: item.title,
      confidential: item.confidential && confidentialText(item.confidential, language),
      presenter: personLabel(model.person(item.presenter)),
      description: item.description,
      reports: item.reports.flatMap((id) => {
        const report = model.report(id);
        return report
          ? [itemLink(model, 'reports', report.id, report.title, (pages) => pages.report(report.id))]
          : [];
      }),
      attachments: item.attachments.map((attachment) => ({
        title: attachment.title,
        text: attachment.text,
        confidential: attachment.confidential && confidentialText(attachment.confidential, language),
      })),
      proposal: item.proposal,
      proceedings: proceedingsOf(content, meeting, item, language),
      decision: item.decision,
      appeal: appealLine(content, meeting, item, language),
    })),
    appeals: appealSections(content, meeting).map((entry) => ({
      title: entry.template.title,
      kind: words.minutes.appealKinds[entry.template.kind],
      sections: sectionsText(entry.sections, language),
      lastDay: entry.lastDay && words.date(entry.lastDay),
      text: entry.template.text,
    })),
    signers: [
      { role: words.minutes.roles.chair, name: name(minutes.chair) },
      { role: words.minutes.roles.secretary, name: name(minutes.secretary) },
      ...minutes.checkers.map((ref) => ({ role: words.minutes.roles.checker, name: name(ref) })),
    ],
    pdf: urls.minutesPdf(meeting.id, language),
    example: meeting.example,
  };
}
