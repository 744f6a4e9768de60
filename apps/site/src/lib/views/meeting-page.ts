/** A meeting's page: the agenda by §, proposals and decisions, reports handled, the pack PDF. */
import { formatFinnishDate, formatFinnishSpan } from '@valmistelu/domain/dates';
import { reportKindLabels } from '@valmistelu/domain/labels';
import { confidentialText } from '@valmistelu/domain/minutes-text';
import type { Meeting } from '@valmistelu/domain/schema';
import { urls } from '@valmistelu/domain/urls';
import type { SiteModel } from '../site-model.ts';
import { type Link, personLabel } from './links.ts';
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
  minutes: { href: string; display: string } | undefined;
  example: boolean;
}

/** The fragment of an address from `urls`, so that anchors and links cannot drift apart. */
function anchorOf(path: string): string {
  return path.slice(path.indexOf('#') + 1);
}

export function meetingPage(model: SiteModel, meeting: Meeting): MeetingPage {
  const body = model.body(meeting.body);
  return {
    title: meetingTitle(model, meeting),
    body: body && { href: urls.body(body.id), text: body.name },
    date: formatFinnishDate(meeting.date),
    time: meeting.time,
    place: meeting.place,
    chair: personLabel(model.person(meeting.chair)),
    secretary: personLabel(model.person(meeting.secretary)),
    agenda: meeting.agenda.map((item) => ({
      number: item.number,
      anchor: anchorOf(urls.agendaItem(meeting.id, item.number)),
      title: item.title,
      presenter: personLabel(model.person(item.presenter)),
      description: item.description,
      proposal: item.proposal,
      decision: item.decision,
      reports: item.reports.flatMap((id) => {
        const report = model.report(id);
        return report ? [{ href: urls.report(report.id), text: report.title }] : [];
      }),
      confidential: item.confidential && confidentialText(item.confidential),
    })),
    // Only the steering body receives the scheduled reports; other bodies' agendas stand alone.
    dueBefore:
      meeting.body === model.content.site.steeringBody
        ? model.reportsDueBefore(meeting).map((item) => {
            const group = model.group(item.group);
            return {
              group: group && { href: urls.group(group.id), text: group.name },
              kind: reportKindLabels[item.kind],
              due: formatFinnishDate(item.due),
              report: item.report && { href: urls.report(item.report.id), text: item.report.title },
            };
          })
        : [],
    pdf: urls.meetingPackPdf(meeting.id),
    minutes: meeting.minutes && {
      href: urls.minutes(meeting.id),
      display: formatFinnishSpan(meeting.minutes.publicDisplay.start, meeting.minutes.publicDisplay.end),
    },
    example: meeting.example,
  };
}
