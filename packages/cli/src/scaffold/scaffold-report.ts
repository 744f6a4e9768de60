/**
 * A new report: frontmatter filled from the model (group, period, due date from the group's
 * schedule, state draft) and one section per task of the template, each with its prompt.
 */
import { addDays } from '@valmistelu/domain/dates';
import { reportKindLabels } from '@valmistelu/domain/labels';
import { groupScheduleItems } from '@valmistelu/domain/schedule';
import type { Content, ReportKind } from '@valmistelu/domain/schema';
import { stringify } from 'yaml';
import { freeId, frontmatterFile, type ScaffoldResult } from './scaffold-result.ts';

/** Marks text the preparer replaces; the linter still counts a section holding only this as empty. */
export const promptPrefix = 'Ohje:';

const idSuffix: Record<ReportKind, string> = { interim: 'valiraportti', final: 'loppuraportti' };

export function scaffoldReport(content: Content, groupId: string, kind: ReportKind): ScaffoldResult {
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
  const frontmatter = stringify({
    title: `${group.name}: ${reportKindLabels[kind].toLowerCase()}`,
    group: group.id,
    kind,
    period,
    due,
    state: 'draft',
    ...(group.responsible && { author: group.responsible }),
  });
  const sections = content.reportTemplate.tasks.map(
    (task) => `## ${task.number}. ${task.title}\n\n${promptPrefix} ${task.prompt}\n`,
  );
  return { ok: true, path: `reports/${id}.mdx`, text: frontmatterFile(frontmatter, sections.join('\n')) };
}
