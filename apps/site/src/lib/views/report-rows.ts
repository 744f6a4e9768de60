/**
 * Rows of a report table, for the report list and the group and line pages. A translated report
 * has a page in the row's language; the others, and groups, link to the main language's, marked.
 */
import { formatDate, formatSpan } from '@valmistelu/domain/localized-dates';
import type { Report } from '@valmistelu/domain/schema';
import { texts } from '../i18n/texts.ts';
import type { SiteModel } from '../site-model.ts';
import { type Badge, itemLink, type Link, mainPageLink, reportStateBadge, textLang } from './links.ts';

export interface ReportRow {
  id: string;
  link: Link;
  group: Link | undefined;
  line: { id: string; text: string; lang?: Link['lang'] } | undefined;
  kind: Report['kind'];
  kindText: string;
  state: Report['state'];
  badge: Badge;
  period: string;
  submitted: string | undefined;
  example: boolean;
}

export function reportRow(model: SiteModel, report: Report): ReportRow {
  const { language } = model;
  const group = model.group(report.group);
  const line = group && model.line(group.line);
  return {
    id: report.id,
    link: itemLink(model, 'reports', report.id, report.title, (urls) => urls.report(report.id)),
    group: group && mainPageLink(model, 'groups', group.id, group.name, (urls) => urls.group(group.id)),
    line: line && { id: line.id, text: line.shortName, lang: textLang(model, 'lines', line.id) },
    kind: report.kind,
    kindText: texts[language].labels.reportKinds[report.kind],
    state: report.state,
    badge: reportStateBadge(report.state, language),
    period: formatSpan(report.period.start, report.period.end, language),
    submitted: report.submitted && formatDate(report.submitted, language),
    example: report.example,
  };
}

/** Every report, newest period first, the order of the report list. */
export function allReportRows(model: SiteModel): ReportRow[] {
  return [...model.content.reports]
    .sort((a, b) => b.period.end.localeCompare(a.period.end) || a.title.localeCompare(b.title, 'fi'))
    .map((report) => reportRow(model, report));
}
