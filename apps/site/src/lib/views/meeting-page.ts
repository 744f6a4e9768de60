/** A meeting's page: the agenda by §, proposals and decisions, reports handled, the pack PDF. */

import { formatDate, formatSpan } from '@valmistelu/domain/localized-dates';
import { confidentialText } from '@valmistelu/domain/minutes-text';
import type { Meeting } from '@valmistelu/domain/schema';
import { localizedUrls, mainLanguage, urls } from '@valmistelu/domain/urls';
import { texts } from '../i18n/texts.ts';
import type { SiteModel } from '../site-model.ts';
import { itemLink, type Link, mainPageLink, personLabel } from './links.ts';
import { meetingTitle } from './meeting-cards.ts';

export interface AgendaView {
  number: number;
  anchor: string;
  title: string;
  presenter: string | undefined;
  description: string | undefined;
  proposal: string | undefined;
  decision: string | undefined;
  reports: Link[];
  /** "Salassa pidettävä (JulkL …)": a confidential § shows only number, title and this. */
  confidential: string | undefined;
}

export interface MeetingPage {
  title: string;
  body: Link | undefined;
  date: string;
  time: string | undefined;
  place: string;
  chair: string | undefined;
  secretary: string | undefined;
  agenda: AgendaView[];
  dueBefore: { group: Link | undefined; kind: string; due: string; report: Link | undefined }[];
  pdf: string;
  /** The minutes page with its display period, once the minutes are checked. */
  minutes: (Link & { display: string }) | undefined;
  /** The minutes in the page's language as a PDF, on another language's page of a meeting with minutes. */
  minutesPdf: string | undefined;
  example: boolean;
}

/** The fragment of an address from `urls`, so that anchors and links cannot drift apart. */
function anchorOf(path: string): string {
  return path.slice(path.indexOf('#') + 1);
}

export function meetingPage(model: SiteModel, meeting: Meeting): MeetingPage {
  const body = model.body(meeting.body);
  const { language } = model;
  const pages = localizedUrls[language];
  const reportLink = (report: { id: string; title: string }) =>
    itemLink(model, 'reports', report.id, report.title, (urls) => urls.report(report.id));
  return {
    title: meetingTitle(model, meeting),
    body: body && itemLink(model, 'bodies', body.id, body.name, (urls) => urls.body(body.id)),
    date: formatDate(meeting.date, language),
    time: meeting.time,
    place: meeting.place,
    chair: personLabel(model.person(meeting.chair)),
    secretary: personLabel(model.person(meeting.secretary)),
    agenda: meeting.agenda.map((item) => ({
      number: item.number,
      anchor: anchorOf(pages.agendaItem(meeting.id, item.number)),
      title: item.title,
      presenter: personLabel(model.person(item.presenter)),
      description: item.description,
      proposal: item.proposal,
      decision: item.decision,
      reports: item.reports.flatMap((id) => {
        const report = model.report(id);
        return report ? [reportLink(report)] : [];
      }),
      confidential: item.confidential && confidentialText(item.confidential, language),
    })),
    // Only the steering body receives the scheduled reports; other bodies' agendas stand alone.
    dueBefore:
      meeting.body === model.content.site.steeringBody
        ? model.reportsDueBefore(meeting).map((item) => {
            const group = model.group(item.group);
            return {
              group:
                group && mainPageLink(model, 'groups', group.id, group.name, (urls) => urls.group(group.id)),
              kind: texts[language].reportKinds[item.kind],
              due: formatDate(item.due, language),
              report: item.report && reportLink(item.report),
            };
          })
        : [],
    // Another language's pack is made where the steering body's meeting is translated, as this one is.
    pdf:
      language !== mainLanguage && meeting.body === model.content.site.steeringBody
        ? urls.meetingPackPdf(meeting.id, language)
        : urls.meetingPackPdf(meeting.id),
    minutes: meeting.minutes && {
      // A translated meeting's minutes page is in the same language as its meeting page.
      ...itemLink(model, 'meetings', meeting.id, '', (urls) => urls.minutes(meeting.id)),
      display: formatSpan(meeting.minutes.publicDisplay.start, meeting.minutes.publicDisplay.end, language),
    },
    minutesPdf:
      language !== mainLanguage && meeting.minutes ? urls.minutesPdf(meeting.id, language) : undefined,
    example: meeting.example,
  };
}
