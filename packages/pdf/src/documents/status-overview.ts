/**
 * The status part of a meeting pack, in the body's own scope (the domain's `bodyStatus`): one
 * line per group, then details only for the groups someone should act on, late first and then
 * due soon. With every group in full, a pack at 100× the organisation held 200 pages of status.
 */
import { formatFinnishDate } from '@valmistelu/domain/dates';
import { groupStateLabels, reportKindLabels } from '@valmistelu/domain/labels';
import type { ScheduleItem } from '@valmistelu/domain/schedule';
import type { ContentModel } from '@valmistelu/domain/schema';
import { bodyStatus, type GroupState, type GroupStatus, needsAttention } from '@valmistelu/domain/status';
import { absoluteUrl, urls } from '@valmistelu/domain/urls';
import type { PdfContent, TableCell } from '../pdfmake-types.ts';

const stateOrder: GroupState[] = ['late', 'due-soon', 'on-time', 'done'];

/** Destinations of the details, for the links from the summary line. */
const detailIds: Partial<Record<GroupState, string>> = {
  late: 'tilannekatsaus-myohassa',
  'due-soon': 'tilannekatsaus-maaraaika-lahestyy',
};

const dash: TableCell = { text: '–', style: 'muted' };

const scheduled = (item: ScheduleItem) => `${reportKindLabels[item.kind]} ${formatFinnishDate(item.due)}`;

function headerRow(...titles: string[]): TableCell[] {
  return titles.map((text) => ({ text, style: 'tableHeader' }));
}

function table(widths: (number | string)[], header: TableCell[], rows: TableCell[][]): PdfContent {
  return {
    table: { headerRows: 1, dontBreakRows: true, widths, body: [header, ...rows] },
    layout: 'compact',
    style: ['table', 'small'],
  };
}

function groupCell(content: ContentModel, status: GroupStatus): TableCell {
  return {
    text: status.group.name,
    link: absoluteUrl(content.site.url, urls.group(status.group.id)),
    style: 'link',
  };
}

function lastReportCell(content: ContentModel, status: GroupStatus): TableCell {
  const last = status.lastReport;
  if (!last) return dash;
  return {
    text: `${reportKindLabels[last.kind]}${last.submitted ? ` ${formatFinnishDate(last.submitted)}` : ''}`,
    link: absoluteUrl(content.site.url, urls.report(last.id)),
    style: 'link',
  };
}

/** The overview: every group in scope on one line, in content order by line. */
function overviewTable(
  content: ContentModel,
  groups: readonly { status: GroupStatus; line: string }[],
): PdfContent {
  return table(
    ['*', 'auto', 'auto', 'auto'],
    headerRow('Valmisteluryhmä', 'Linja', 'Tila', 'Seuraava raportti'),
    groups.map(({ status, line }) => [
      groupCell(content, status),
      line,
      { text: groupStateLabels[status.state], style: status.state },
      status.next ? scheduled(status.next) : dash,
    ]),
  );
}

/** Who to ask and what is missing, for the groups in one state that needs attention. */
function detailTable(content: ContentModel, state: GroupState, groups: readonly GroupStatus[]): PdfContent {
  const people = new Map(content.people.map((person) => [person.id, person.name]));
  const late = state === 'late';
  return table(
    ['*', 'auto', 'auto', 'auto'],
    headerRow('Valmisteluryhmä', 'Vastuuvalmistelija', 'Viimeisin raportti', late ? 'Myöhässä' : 'Määräaika'),
    groups.map((status) => {
      const responsible = status.group.responsible && people.get(status.group.responsible);
      const missing = late ? status.overdue : status.next ? [status.next] : [];
      return [
        groupCell(content, status),
        responsible || dash,
        lastReportCell(content, status),
        missing.length ? { text: missing.map(scheduled).join('\n'), style: state } : dash,
      ];
    }),
  );
}

export function statusOverview(content: ContentModel, bodyId: string, asOf: string): PdfContent[] {
  const status = bodyStatus(content, bodyId, asOf);
  const groups = status.lines.flatMap((line) =>
    line.groups.map((group) => ({ status: group, line: line.line.shortName })),
  );
  if (!groups.length) return [{ text: 'Toimielimen alla ei ole valmisteluryhmiä.', style: 'muted' }];
  const counts = stateOrder.map((state) => {
    const target = status.counts[state] ? detailIds[state] : undefined;
    return {
      text: `${groupStateLabels[state]} ${status.counts[state]}   `,
      style: state,
      ...(target && { linkToDestination: target }),
    };
  });
  const attention = stateOrder.flatMap((state) => {
    const id = detailIds[state];
    const inState = groups.map((group) => group.status).filter((group) => group.state === state);
    if (!id || !inState.length) return [];
    return [
      { text: `${groupStateLabels[state]} (${inState.length})`, id, style: 'subsectionTitle' },
      detailTable(content, state, inState),
    ];
  });
  const needing = groups.filter((group) => needsAttention(group.status)).length;
  return [
    {
      text: [{ text: `Tilanne ${formatFinnishDate(status.asOf)}: `, bold: true }, ...counts],
      margin: [0, 0, 0, 4],
    },
    {
      text: needing
        ? 'Jokainen ryhmä yhdellä rivillä; myöhässä olevien ja niiden, joiden määräaika lähestyy, tiedot taulukon jälkeen.'
        : 'Jokainen ryhmä yhdellä rivillä. Yksikään ryhmä ei ole myöhässä, eikä määräaika lähesty.',
      style: ['small', 'muted'],
      margin: [0, 0, 0, 8],
    },
    overviewTable(content, groups),
    ...attention,
  ];
}
