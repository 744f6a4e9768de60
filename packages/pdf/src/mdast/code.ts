/** Fenced and indented code: monospace on a tint, every space and line kept. */
import type { Code } from 'mdast';
import { type PdfContent, pdfNode, type TableCell } from '../pdfmake-types.ts';

export function renderCode(node: Code): PdfContent[] {
  return [
    {
      table: {
        widths: ['*'],
        body: [
          [
            pdfNode({
              text: node.value,
              style: 'codeBlock',
              preserveLeadingSpaces: true,
              tag: 'Code',
            }) as TableCell,
          ],
        ],
      },
      layout: 'code',
      style: 'block',
    },
  ];
}
