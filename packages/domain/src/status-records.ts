/**
 * Status as flat records: the JSON of `valmistelu status --format json` and of the site's open
 * data. Derived from `overallStatus`, so all views agree.
 */
import { groupStateLabels } from './labels.ts';
import type { ContentModel, ReportKind } from './schema.ts';
import type { GroupState, OverallStatus } from './status.ts';

export interface StatusRecord {
  group: string;
  name: string;
  line: string;
  lineName: string;
  responsible: string | null;
  responsibleName: string | null;
  state: GroupState;
  stateLabel: string;
  lastReport: { id: string; kind: ReportKind; submitted: string | null } | null;
  nextDue: string | null;
  nextKind: ReportKind | null;
  overdue: string[];
}

export function statusRecords(status: OverallStatus, people: ContentModel['people']): StatusRecord[] {
  const names = new Map(people.map((person) => [person.id, person.name]));
  return status.lines.flatMap((line) =>
    line.groups.map(({ group, state, lastReport, next, overdue }) => ({
      group: group.id,
      name: group.name,
      line: line.line.id,
      lineName: line.line.name,
      responsible: group.responsible ?? null,
      responsibleName: (group.responsible && names.get(group.responsible)) ?? null,
      state,
      stateLabel: groupStateLabels[state],
      lastReport: lastReport
        ? { id: lastReport.id, kind: lastReport.kind, submitted: lastReport.submitted ?? null }
        : null,
      nextDue: next?.due ?? null,
      nextKind: next?.kind ?? null,
      overdue: overdue.map((item) => item.due),
    })),
  );
}
