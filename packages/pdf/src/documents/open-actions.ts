/**
 * The pack's "Avoimet toimenpiteet": every open `<Action>` of the published reports, by owner and
 * then by due day, the late ones marked as of the pack's status date (the domain's `actionRollup`).
 */
import type { ActionRollup, RolledAction } from '@valmistelu/domain/actions';
import { formatFinnishDate } from '@valmistelu/domain/dates';
import { groupStateLabels } from '@valmistelu/domain/labels';
import type { ContentModel } from '@valmistelu/domain/schema';
import { absoluteUrl, urls } from '@valmistelu/domain/urls';
import type { PdfContent, TableCell } from '../pdfmake-types.ts';

const header = (...titles: string[]): TableCell[] => titles.map((text) => ({ text, style: 'tableHeader' }));

function dueCell(action: RolledAction): TableCell {
  const due = action.due ? formatFinnishDate(action.due) : '–';
  return action.late
    ? { text: `${due} ${groupStateLabels.late}`, style: 'late', noWrap: true }
    : { text: due, noWrap: true };
}

/** Names kept on one line, so that a reader (and a search) finds them whole. */
const owner = (name: string): TableCell => ({ text: name, noWrap: true });

function table(widths: (number | string)[], head: TableCell[], rows: TableCell[][]): PdfContent {
  return {
    table: { headerRows: 1, dontBreakRows: true, widths, body: [head, ...rows] },
    layout: 'compact',
    style: ['table', 'small'],
  };
}

export function openActionsSection(content: ContentModel, rollup: ActionRollup): PdfContent[] {
  const reportCell = (action: RolledAction): TableCell => ({
    text: action.reportTitle,
    link: absoluteUrl(content.site.url, urls.report(action.report)),
    style: 'link',
  });
  if (rollup.open.length === 0)
    return [{ text: 'Raporteissa ei ole avoimia toimenpiteitä.', style: 'paragraph' }];
  return [
    {
      text: `${formatFinnishDate(rollup.asOf)}: ${rollup.open.length} avointa toimenpidettä, joista ${rollup.late} myöhässä.`,
      style: 'paragraph',
    },
    { text: 'Vastuuhenkilöittäin', style: 'subsectionTitle' },
    table(
      ['auto', '*', 'auto', 'auto'],
      header('Vastuuhenkilö', 'Toimenpide', 'Määräpäivä', 'Raportti'),
      rollup.byOwner.flatMap((group) =>
        group.actions.map((action): TableCell[] => [
          owner(group.label),
          action.title,
          dueCell(action),
          reportCell(action),
        ]),
      ),
    ),
    { text: 'Määräpäivittäin', style: 'subsectionTitle' },
    table(
      ['auto', '*', 'auto'],
      header('Määräpäivä', 'Toimenpide', 'Vastuuhenkilö'),
      rollup.byDue.flatMap((group) =>
        group.actions.map((action): TableCell[] => [dueCell(action), action.title, owner(action.ownerName)]),
      ),
    ),
  ];
}
