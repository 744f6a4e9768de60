/**
 * A report's page in the model's language: facts, table of contents, the rendered body, where it
 * was handled, its PDF. Another language's page exists only for a translated report; what is
 * not translated on it (a body the translation leaves out, the open items, an untranslated
 * meeting's texts) carries the main language's `lang`, and so does its PDF where the translation
 * has no body of its own and hence no PDF in the page's language.
 */
import { formatDate } from '@valmistelu/domain/localized-dates';
import type { Language, Report } from '@valmistelu/domain/schema';
import { urls } from '@valmistelu/domain/urls';
import type { TocEntry } from '@valmistelu/markdown/to-html';
import type { SiteModel } from '../site-model.ts';
import { itemLink, type Link, personLabel, textLang } from './links.ts';
import { meetingTitle } from './meeting-cards.ts';
import { type BodyImageRef, renderBody } from './render-body.ts';
import { type ReportRow, reportRow } from './report-rows.ts';

export interface ReportPage {
  row: ReportRow;
  summary: string | undefined;
  author: string | undefined;
  /** The author's title's language where the person is not translated into the page's. */
  authorLang: Language | undefined;
  due: string | undefined;
  html: string;
  /** The body's language where it is not the page's: a translation without a body shows the original's. */
  bodyLang: Language | undefined;
  toc: TocEntry[];
  /** The image files behind the body's placeholders, which the page fills in (`lib/body-images.ts`). */
  images: BodyImageRef[];
  /** The open items, unless the body already lists every one of them (the template's section 7 does). */
  openItems: string[];
  /** The open items' language where it is not the page's: they are never translated. */
  openItemsLang: Language | undefined;
  answers: Link | undefined;
  answeredBy: Link[];
  handlings: { meeting: Link; item: Link; decision: string | undefined; decisionLang?: Language }[];
  /** The PDF in the page's language, or the main language's (marked) where there is none. */
  pdf: { href: string; lang?: Language };
}

const words = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Whether the body's text has every item word for word (whatever its line breaks). */
function shownInBody(items: readonly string[], body: string): boolean {
  const text = words(body);
  return items.every((item) => text.includes(words(item)));
}

export function reportPage(model: SiteModel, report: Report): ReportPage {
  const { language } = model;
  const main = model.languages[0] ?? 'fi';
  const { html, toc, images, lang: bodyLang } = renderBody(model, 'reports', report.id);
  const answers = report.answers ? model.report(report.answers) : undefined;
  const reportLink = (other: Report) =>
    itemLink(model, 'reports', other.id, other.title, (pages) => pages.report(other.id));
  // A translation with a body of its own has a PDF in its language (`@valmistelu/pdf-publish`).
  const pdfLanguage = bodyLang ?? language;
  return {
    row: reportRow(model, report),
    summary: report.summary,
    author: personLabel(model.person(report.author)),
    authorLang: report.author === undefined ? undefined : textLang(model, 'people', report.author),
    due: report.due && formatDate(report.due, language),
    html,
    bodyLang,
    toc,
    images,
    openItems: shownInBody(report.openItems, report.body) ? [] : report.openItems,
    openItemsLang: language === main ? undefined : main,
    answers: answers && reportLink(answers),
    answeredBy: model.answeredBy(report.id).map(reportLink),
    handlings: model.handlings(report.id).map(({ meeting, item }) => {
      const untranslated = textLang(model, 'meetings', meeting.id);
      return {
        meeting: itemLink(model, 'meetings', meeting.id, meetingTitle(model, meeting), (pages) =>
          pages.meeting(meeting.id),
        ),
        item: itemLink(model, 'meetings', meeting.id, `§ ${item.number} ${item.title}`, (pages) =>
          pages.agendaItem(meeting.id, item.number),
        ),
        decision: item.decision,
        ...(untranslated && { decisionLang: untranslated }),
      };
    }),
    pdf: {
      href: urls.reportPdf(report.id, pdfLanguage),
      ...(pdfLanguage !== language && { lang: pdfLanguage }),
    },
  };
}
