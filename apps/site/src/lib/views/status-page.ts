/** The status page: every group's state as of the site's date, by line (domain `overallStatus`). */
import { formatFinnishDate } from '@valmistelu/domain/dates';
import { reportKindLabels } from '@valmistelu/domain/labels';
import type { GroupState } from '@valmistelu/domain/status';
import { urls } from '@valmistelu/domain/urls';
import type { SiteModel } from '../site-model.ts';
import { type Badge, groupStateBadge, type Link, personLabel } from './links.ts';

export interface StatusRow {
  group: Link;
  responsible: string;
  lastReport: Link | undefined;
  next: string;
  state: Badge;
}

export interface StatusPage {
  asOf: string;
  state: Badge;
  summary: { badge: Badge; count: number }[];
  lines: { line: Link; state: Badge; rows: StatusRow[] }[];
}

const order: GroupState[] = ['late', 'due-soon', 'on-time', 'done'];

export function statusPage(model: SiteModel): StatusPage {
  const status = model.overallStatus();
  return {
    asOf: formatFinnishDate(status.asOf),
    state: groupStateBadge(status.state),
    summary: order.map((state) => ({ badge: groupStateBadge(state), count: status.counts[state] })),
    lines: status.lines
      .filter((line) => line.groups.length > 0)
      .map((line) => ({
        line: {
          href: urls.line(line.line.id),
          text: line.line.kind === 'line' ? `${line.line.shortName} ${line.line.name}` : line.line.name,
        },
        state: groupStateBadge(line.state),
        rows: line.groups.map((entry) => ({
          group: { href: urls.group(entry.group.id), text: entry.group.name },
          responsible: personLabel(model.person(entry.group.responsible)) ?? '–',
          lastReport: entry.lastReport && {
            href: urls.report(entry.lastReport.id),
            text: entry.lastReport.title,
          },
          next: entry.next
            ? `${reportKindLabels[entry.next.kind]} ${formatFinnishDate(entry.next.due)}`
            : '–',
          state: groupStateBadge(entry.state),
        })),
      })),
  };
}
