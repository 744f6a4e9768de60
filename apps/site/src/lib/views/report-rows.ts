/** Rows of a report table, for the report list and the group and line pages. */
import { formatFinnishDate, formatFinnishSpan } from '@valmistelu/domain/dates';
import { reportKindLabels } from '@valmistelu/domain/labels';
import type { Report } from '@valmistelu/domain/schema';
import { urls } from '@valmistelu/domain/urls';
import type { SiteModel } from '../site-model.ts';
import { type Badge, type Link, reportStateBadge } from './links.ts';

export interface ReportRow {
  id: string;
  link: Link;
  group: Link | undefined;
  line: { id: string; text: string } | undefined;
  kind: Report['kind'];
  kindText: string;
  state: Report['state'];
  badge: Badge;
  period: string;
  submitted: string | undefined;
  example: boolean;
}

export function reportRow(model: SiteModel, report: Report): ReportRow {
  const group = model.group(report.group);
  const line = group && model.line(group.line);
  return {
    id: report.id,
    link: { href: urls.report(report.id), text: report.title },
    group: group && { href: urls.group(group.id), text: group.name },
    line: line && { id: line.id, text: line.shortName },
    kind: report.kind,
    kindText: reportKindLabels[report.kind],
    state: report.state,
    badge: reportStateBadge(report.state),
    period: formatFinnishSpan(report.period.start, report.period.end),
    submitted: report.submitted && formatFinnishDate(report.submitted),
    example: report.example,
  };
}

/** Every report, newest period first, the order of the report list. */
export function allReportRows(model: SiteModel): ReportRow[] {
  return [...model.content.reports]
    .sort((a, b) => b.period.end.localeCompare(a.period.end) || a.title.localeCompare(b.title, 'fi'))
    .map((report) => reportRow(model, report));
}
