/**
 * Reporting schedules: which reports a group owes and when, and which fall before a meeting.
 */
import type { ContentModel, Group, Meeting, Report, ReportKind } from './schema.ts';

export interface ScheduleItem {
  group: string;
  kind: ReportKind;
  due: string;
  /** The report written for this item, if any. */
  report?: Report;
}

/** The group's own reporting schedule, ordered by due date. */
export function scheduleOf(group: Group): { kind: ReportKind; due: string }[] {
  return [...group.reporting].sort((a, b) => a.due.localeCompare(b.due));
}

/**
 * The due date a report answers: its own `due`, else the first scheduled item of its kind
 * that no other report of the group claims.
 */
export function resolveDueDate(
  report: Report,
  group: Group | undefined,
  groupReports: readonly Report[],
): string | undefined {
  if (report.due) return report.due;
  if (!group) return undefined;
  const claimed = new Set(
    groupReports.filter((other) => other.due).map((other) => `${other.kind}:${other.due}`),
  );
  const open = scheduleOf(group).filter(
    (item) => item.kind === report.kind && !claimed.has(`${item.kind}:${item.due}`),
  );
  const sameKind = groupReports.filter((other) => !other.due && other.kind === report.kind);
  return open[sameKind.indexOf(report)]?.due ?? open.at(-1)?.due;
}

/** Scheduled items of a group matched with the reports written for them, by due date. */
export function groupScheduleItems(group: Group, reports: readonly Report[]): ScheduleItem[] {
  const own = reports.filter((report) => report.group === group.id);
  const items = new Map<string, ScheduleItem>();
  for (const entry of scheduleOf(group)) {
    items.set(`${entry.kind}:${entry.due}`, { group: group.id, kind: entry.kind, due: entry.due });
  }
  for (const report of own) {
    const due = resolveDueDate(report, group, own);
    if (!due) continue;
    const key = `${report.kind}:${due}`;
    items.set(key, { group: group.id, kind: report.kind, due, report });
  }
  return [...items.values()].sort((a, b) => a.due.localeCompare(b.due) || a.kind.localeCompare(b.kind));
}

/** Reports by group id, in content order: one pass, so that roll-ups stay linear in size. */
export function reportsByGroup(reports: readonly Report[]): Map<string, Report[]> {
  const byGroup = new Map<string, Report[]>();
  for (const report of reports) {
    const own = byGroup.get(report.group);
    if (own) own.push(report);
    else byGroup.set(report.group, [report]);
  }
  return byGroup;
}

/** Every scheduled item of every group, ordered by due date. */
export function allScheduleItems(content: Pick<ContentModel, 'groups' | 'reports'>): ScheduleItem[] {
  const byGroup = reportsByGroup(content.reports);
  return content.groups
    .flatMap((group) => groupScheduleItems(group, byGroup.get(group.id) ?? []))
    .sort((a, b) => a.due.localeCompare(b.due) || a.group.localeCompare(b.group));
}

/** The same body's meeting held most recently before this one. */
export function previousMeeting(meetings: readonly Meeting[], meeting: Meeting): Meeting | undefined {
  return meetings
    .filter((other) => other.body === meeting.body && other.date < meeting.date)
    .sort((a, b) => b.date.localeCompare(a.date))[0];
}

/**
 * Reports due before a meeting: items due after the body's previous meeting and on or before
 * this one's date, plus earlier items still without a submitted report.
 */
export function reportsDueBefore(
  content: Pick<ContentModel, 'groups' | 'reports' | 'meetings'>,
  meeting: Meeting,
  /** The organisation's schedule when the caller has it already, e.g. for many meetings. */
  items: readonly ScheduleItem[] = allScheduleItems(content),
): ScheduleItem[] {
  const since = previousMeeting(content.meetings, meeting)?.date ?? '';
  return items.filter((item) => {
    if (item.due > meeting.date) return false;
    if (item.due > since) return true;
    return !item.report || item.report.state === 'draft';
  });
}
