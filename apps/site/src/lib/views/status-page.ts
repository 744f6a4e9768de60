/**
 * The status page: every group's state as of the site's date, by line (domain `overallStatus`).
 * Groups and reports have pages in the main language only: another language's rows link there.
 */
import { formatDate } from '@valmistelu/domain/localized-dates';
import type { GroupState } from '@valmistelu/domain/status';
import { texts } from '../i18n/texts.ts';
import type { SiteModel } from '../site-model.ts';
import { type Badge, groupStateBadge, itemLink, type Link, mainPageLink, personLabel } from './links.ts';

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
  const { language } = model;
  const { labels } = texts[language];
  const status = model.overallStatus();
  const badge = (state: GroupState) => groupStateBadge(state, language);
  return {
    asOf: formatDate(status.asOf, language),
    state: badge(status.state),
    summary: order.map((state) => ({ badge: badge(state), count: status.counts[state] })),
    lines: status.lines
      .filter((line) => line.groups.length > 0)
      .map(({ line, state, groups }) => {
        return {
          line: itemLink(
            model,
            'lines',
            line.id,
            line.kind === 'line' ? `${line.shortName} ${line.name}` : line.name,
            (urls) => urls.line(line.id),
          ),
          state: badge(state),
          rows: groups.map((entry) => {
            const { group, lastReport: report } = entry;
            return {
              group: mainPageLink(model, 'groups', group.id, group.name, (urls) => urls.group(group.id)),
              responsible: personLabel(model.person(group.responsible)) ?? '–',
              lastReport:
                report &&
                itemLink(model, 'reports', report.id, report.title, (urls) => urls.report(report.id)),
              next: entry.next
                ? `${labels.reportKinds[entry.next.kind]} ${formatDate(entry.next.due, language)}`
                : '–',
              state: badge(entry.state),
            };
          }),
        };
      }),
  };
}
