/**
 * What a new report starts with, shared by `valmistelu new report` and the browser editor: the
 * frontmatter from the group's schedule and one section per task of the report template.
 */
import { addDays } from './dates.ts';
import { freeId } from './free-id.ts';
import { reportKindLabels } from './labels.ts';
import { groupScheduleItems } from './schedule.ts';
import type { ContentModel, ReportKind, ReportTemplate } from './schema.ts';

/** Marks text the preparer replaces; the linter still counts a section holding only this as empty. */
export const promptPrefix = 'Ohje:';

const idSuffix: Record<ReportKind, string> = { interim: 'valiraportti', final: 'loppuraportti' };

export interface ReportPlan {
  id: string;
  frontmatter: {
    title: string;
    group: string;
    kind: ReportKind;
    period: { start: string; end: string };
    due: string;
    state: 'draft';
    /** Unpublished until the preparer removes it: its `Ohje:` prompts must never reach the site. */
    draft: true;
    author?: string;
  };
}

export type ReportPlanResult = ({ ok: true } & ReportPlan) | { ok: false; message: string };

/** The frontmatter of the group's next report of `kind`, or why the group has none to write. */
export function planReport(
  content: Pick<ContentModel, 'groups' | 'reports'>,
  groupId: string,
  kind: ReportKind,
): ReportPlanResult {
  const group = content.groups.find((candidate) => candidate.id === groupId);
  if (!group) {
    return {
      ok: false,
      message: `tuntematon ryhmä "${groupId}"; ryhmät: ${content.groups.map((g) => g.id).join(', ')}`,
    };
  }
  const open = groupScheduleItems(group, content.reports).find((item) => item.kind === kind && !item.report);
  if (!open && kind === 'interim') {
    return {
      ok: false,
      message: `ryhmän "${group.id}" aikataulussa ei ole avointa väliraporttia: lisää se ryhmän reporting-kenttään`,
    };
  }
  const due = open?.due ?? group.mandate.end;
  const earlier = content.reports
    .filter((report) => report.group === group.id && report.period.end < due)
    .map((report) => report.period.end)
    .sort()
    .at(-1);
  const period = {
    start: earlier && kind === 'interim' ? addDays(earlier, 1) : group.mandate.start,
    end: [due, group.mandate.end].sort()[0] ?? due,
  };
  const id = freeId(`${group.id}-${idSuffix[kind]}`, new Set(content.reports.map((report) => report.id)));
  return {
    ok: true,
    id,
    frontmatter: {
      title: `${group.name}: ${reportKindLabels[kind].toLowerCase()}`,
      group: group.id,
      kind,
      period,
      due,
      state: 'draft',
      draft: true,
      ...(group.responsible && { author: group.responsible }),
    },
  };
}

/** The body of a new report: a `## N. Title` section per task, each holding its prompt. */
export function reportSectionsMarkdown(template: ReportTemplate): string {
  return template.tasks
    .map((task) => `## ${task.number}. ${task.title}\n\n${promptPrefix} ${task.prompt}\n`)
    .join('\n');
}
