/** GFM tables: a header row that repeats on every page, columns aligned as written. */
import type { AlignType, Table, TableCell } from 'mdast';
import type { PdfContent, TableCell as PdfTableCell } from '../pdfmake-types.ts';
import type { RenderContext } from './context.ts';

function renderCell(
  cell: TableCell | undefined,
  align: AlignType | undefined,
  context: RenderContext,
  header: boolean,
): PdfTableCell {
  const runs = cell ? context.inlines(cell.children) : [];
  return {
    // An empty string still gives the cell a line, so a row of empty cells keeps its height.
    text: runs.length ? runs : '',
    style: header ? 'tableHeader' : 'tableCell',
    ...(align && { alignment: align }),
  };
}

export function renderTable(node: Table, context: RenderContext): PdfContent[] {
  const columns = Math.max(...node.children.map((row) => row.children.length));
  const body = node.children.map((row, rowIndex) =>
    Array.from({ length: columns }, (_, column) =>
      renderCell(row.children[column], node.align?.[column] ?? undefined, context, rowIndex === 0),
    ),
  );
  return [
    {
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: Array.from({ length: columns }, (_, column) => (column === columns - 1 ? '*' : 'auto')),
        body,
      },
      layout: 'grid',
      style: 'table',
    },
  ];
}
