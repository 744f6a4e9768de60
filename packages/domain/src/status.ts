/**
 * Status as of a date: per group, per line and overall. One function feeds the CLI, the site's
 * status page and the meeting packs.
 */
import { addDays } from './dates.ts';
import { bodiesUnder } from './org-tree.ts';
import { groupScheduleItems, reportsByGroup, type ScheduleItem } from './schedule.ts';
import type { ContentModel, Group, Line, Report } from './schema.ts';

export type GroupState = 'on-time' | 'due-soon' | 'late' | 'done';

/** Worst first: a line is as late as its latest group. */
export const groupStateSeverity: Record<GroupState, number> = {
  late: 3,
  'due-soon': 2,
  'on-time': 1,
  done: 0,
};

export interface GroupStatus {
  group: Group;
  state: GroupState;
  /** The most recently submitted report, as of the date. */
  lastReport?: Report;
  /** The earliest scheduled item not yet submitted. */
  next?: ScheduleItem;
  /** Items past their due date without a submitted report. */
  overdue: ScheduleItem[];
}

export interface LineStatus {
  line: Line;
  state: GroupState;
  groups: GroupStatus[];
  counts: Record<GroupState, number>;
}

export interface OverallStatus {
  asOf: string;
  state: GroupState;
  lines: LineStatus[];
  counts: Record<GroupState, number>;
}

/** A report counts as submitted as of a date once its submission date has passed. */
function submittedBy(report: Report | undefined, asOf: string): boolean {
  return report !== undefined && report.state !== 'draft' && (report.submitted ?? '') <= asOf;
}

export function groupStatus(
  group: Group,
  reports: readonly Report[],
  asOf: string,
  dueSoonDays = 30,
): GroupStatus {
  const items = groupScheduleItems(group, reports);
  const submitted = reports
    .filter((report) => report.group === group.id && submittedBy(report, asOf))
    .sort((a, b) => (a.submitted ?? '').localeCompare(b.submitted ?? ''));
  const lastReport = submitted.at(-1);
  const pending = items.filter((item) => !submittedBy(item.report, asOf));
  const overdue = pending.filter((item) => item.due < asOf);
  const next = pending[0];
  const finalDone = submitted.some(
    (report) => report.kind === 'final' && (report.state === 'approved' || report.state === 'noted'),
  );
  let state: GroupState;
  if (overdue.length > 0) state = 'late';
  else if (finalDone && pending.length === 0) state = 'done';
  else if (next && next.due <= addDays(asOf, dueSoonDays)) state = 'due-soon';
  else state = 'on-time';
  return { group, state, overdue, ...(lastReport && { lastReport }), ...(next && { next }) };
}

function countStates(statuses: readonly { state: GroupState }[]): Record<GroupState, number> {
  const counts: Record<GroupState, number> = { late: 0, 'due-soon': 0, 'on-time': 0, done: 0 };
  for (const status of statuses) counts[status.state] += 1;
  return counts;
}

function worstState(statuses: readonly { state: GroupState }[]): GroupState {
  return statuses.reduce<GroupState>(
    (worst, status) => (groupStateSeverity[status.state] > groupStateSeverity[worst] ? status.state : worst),
    'done',
  );
}

/** Status of every group, grouped by line in content order. */
export function overallStatus(
  content: Pick<ContentModel, 'lines' | 'groups' | 'reports' | 'site'>,
  asOf?: string,
): OverallStatus {
  const date = asOf ?? content.site.asOf;
  const byGroup = reportsByGroup(content.reports);
  const lines = content.lines.map((line): LineStatus => {
    const groups = content.groups
      .filter((group) => group.line === line.id)
      .map((group) => groupStatus(group, byGroup.get(group.id) ?? [], date, content.site.dueSoonDays));
    return {
      line,
      groups,
      state: groups.length ? worstState(groups) : 'on-time',
      counts: countStates(groups),
    };
  });
  const groups = lines.flatMap((line) => line.groups);
  return {
    asOf: date,
    lines,
    state: groups.length ? worstState(groups) : 'on-time',
    counts: countStates(groups),
  };
}

/**
 * The status of the groups in a body's own scope: those of the lines that report to the body or
 * to a body under it. A meeting pack shows its body's scope, not the whole organisation.
 */
export function bodyStatus(
  content: Pick<ContentModel, 'bodies' | 'lines' | 'groups' | 'reports' | 'site'>,
  bodyId: string,
  asOf?: string,
): OverallStatus {
  const scope = new Set(bodiesUnder(content, bodyId));
  return overallStatus({ ...content, lines: content.lines.filter((line) => scope.has(line.body)) }, asOf);
}

/** A group someone should act on now: late, or with a report due within the window. */
export function needsAttention(status: Pick<GroupStatus, 'state'>): boolean {
  return status.state === 'late' || status.state === 'due-soon';
}
