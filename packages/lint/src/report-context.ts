/**
 * What every report rule may need to know beyond the syntax tree: the report itself, the
 * template of the seven tasks, and the ids that references may point at.
 */
import type { Report, ReportTemplate } from '@valmistelu/domain/schema';

export interface ReportLintContext {
  report: Report;
  template: ReportTemplate;
  groupIds: ReadonlySet<string>;
  reportIds: ReadonlySet<string>;
  /** Reports marked `draft: true`: a published report that names one loses the link. */
  unpublishedReportIds: ReadonlySet<string>;
  personIds: ReadonlySet<string>;
  /** The interim reports whose open items this report must answer, if it is a final report. */
  interimReports: readonly Report[];
}

/** A report still in draft gets warnings where a submitted one gets errors. */
export function severityFor(report: Report): 'error' | 'warning' {
  return report.state === 'draft' ? 'warning' : 'error';
}
