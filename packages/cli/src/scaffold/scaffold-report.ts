/**
 * A new report: frontmatter filled from the model (group, period, due date from the group's
 * schedule, state draft) and one section per task of the template, each with its prompt.
 * The plan is the domain's, shared with the browser editor; this writes it as a file.
 */
import { planReport, reportSectionsMarkdown } from '@valmistelu/domain/report-scaffold';
import type { ContentModel, ReportKind } from '@valmistelu/domain/schema';
import { stringify } from 'yaml';
import { frontmatterFile, type ScaffoldResult } from './scaffold-result.ts';

export { promptPrefix } from '@valmistelu/domain/report-scaffold';

export function scaffoldReport(content: ContentModel, groupId: string, kind: ReportKind): ScaffoldResult {
  const plan = planReport(content, groupId, kind);
  if (!plan.ok) return plan;
  const body = reportSectionsMarkdown(content.reportTemplate);
  return {
    ok: true,
    path: `reports/${plan.id}.mdx`,
    text: frontmatterFile(stringify(plan.frontmatter), body),
  };
}
