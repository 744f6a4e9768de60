/** Every group's reporting status from the domain's `overallStatus`, as tables by line. */
import { formatFinnishDate } from '@valmistelu/domain/dates';
import { groupStateLabels, reportKindLabels } from '@valmistelu/domain/labels';
import type { Content as Model } from '@valmistelu/domain/schema';
import { type GroupState, type GroupStatus, overallStatus } from '@valmistelu/domain/status';
import { absoluteUrl, urls } from '@valmistelu/domain/urls';
import type { Content, TableCell } from '../pdfmake-types.ts';
import { lineName } from './report-parts.ts';

const stateOrder: GroupState[] = ['late', 'due-soon', 'on-time', 'done'];

function groupRow(content: Model, status: GroupStatus): TableCell[] {
  const last = status.lastReport;
  return [
    {
      text: status.group.name,
      link: absoluteUrl(content.site.url, urls.group(status.group.id)),
      style: 'link',
    },
    { text: groupStateLabels[status.state], style: status.state },
    last
      ? {
          text: [
            last.title,
            { text: last.submitted ? `\njätetty ${formatFinnishDate(last.submitted)}` : '', style: 'muted' },
          ],
        }
      : { text: '–', style: 'muted' },
    status.next
      ? `${reportKindLabels[status.next.kind]} ${formatFinnishDate(status.next.due)}`
      : { text: '–', style: 'muted' },
    status.overdue.length
      ? {
          text: status.overdue
            .map((item) => `${reportKindLabels[item.kind]} ${formatFinnishDate(item.due)}`)
            .join('\n'),
          style: 'late',
        }
      : { text: '–', style: 'muted' },
  ];
}

export function statusOverview(content: Model, asOf: string): Content[] {
  const status = overallStatus(content, asOf);
  const counts = stateOrder.map((state) => ({
    text: `${groupStateLabels[state]} ${status.counts[state]}   `,
    style: state,
  }));
  const header: TableCell[] = [
    'Valmisteluryhmä',
    'Tila',
    'Viimeisin raportti',
    'Seuraava määräaika',
    'Myöhässä',
  ].map((text) => ({
    text,
    style: 'tableHeader',
  }));
  return [
    {
      text: [{ text: `Tilanne ${formatFinnishDate(status.asOf)}: `, bold: true }, ...counts],
      margin: [0, 0, 0, 10],
    },
    ...status.lines.flatMap((line): Content[] => [
      { text: lineName(line.line) ?? line.line.id, style: 'subsectionTitle' },
      line.groups.length
        ? {
            table: {
              headerRows: 1,
              dontBreakRows: true,
              widths: ['*', 70, '*', 95, 95],
              body: [header, ...line.groups.map((group) => groupRow(content, group))],
            },
            layout: 'grid',
            style: 'table',
          }
        : { text: 'Ei valmisteluryhmiä.', style: 'muted' },
    ]),
  ];
}
