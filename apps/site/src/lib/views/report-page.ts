/** A report's page: facts, table of contents, the rendered body, where it was handled, its PDF. */
import { formatFinnishDate } from '@valmistelu/domain/dates';
import type { Report } from '@valmistelu/domain/schema';
import { urls } from '@valmistelu/domain/urls';
import type { TocEntry } from '@valmistelu/markdown/to-html';
import type { SiteModel } from '../site-model.ts';
import { type Link, personLabel } from './links.ts';
import { meetingTitle } from './meeting-cards.ts';
import { type BodyImageRef, renderBody } from './render-body.ts';
import { type ReportRow, reportRow } from './report-rows.ts';

export interface ReportPage {
  row: ReportRow;
  summary: string | undefined;
  author: string | undefined;
  due: string | undefined;
  html: string;
  toc: TocEntry[];
  /** The image files behind the body's placeholders, which the page fills in (`lib/body-images.ts`). */
  images: BodyImageRef[];
  /** The open items, unless the body already lists every one of them (the template's section 7 does). */
  openItems: string[];
  answers: Link | undefined;
  answeredBy: Link[];
  handlings: { meeting: Link; item: Link; decision: string | undefined }[];
  pdf: string;
}

const words = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Whether the body's text has every item word for word (whatever its line breaks). */
function shownInBody(items: readonly string[], body: string): boolean {
  const text = words(body);
  return items.every((item) => text.includes(words(item)));
}

export function reportPage(model: SiteModel, report: Report): ReportPage {
  const { html, toc, images } = renderBody(model, 'reports', report.id);
  const answers = report.answers ? model.report(report.answers) : undefined;
  return {
    row: reportRow(model, report),
    summary: report.summary,
    author: personLabel(model.person(report.author)),
    due: report.due && formatFinnishDate(report.due),
    html,
    toc,
    images,
    openItems: shownInBody(report.openItems, report.body) ? [] : report.openItems,
    answers: answers && { href: urls.report(answers.id), text: answers.title },
    answeredBy: model
      .answeredBy(report.id)
      .map((other) => ({ href: urls.report(other.id), text: other.title })),
    handlings: model.handlings(report.id).map(({ meeting, item }) => ({
      meeting: { href: urls.meeting(meeting.id), text: meetingTitle(model, meeting) },
      item: { href: urls.agendaItem(meeting.id, item.number), text: `§ ${item.number} ${item.title}` },
      decision: item.decision,
    })),
    pdf: urls.reportPdf(report.id),
  };
}
