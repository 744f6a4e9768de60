/** Fenced and indented code: monospace on a tint, every space and line kept. */
import type { Code } from 'mdast';
import type { Content } from '../pdfmake-types.ts';

export function renderCode(node: Code): Content[] {
  return [
    {
      table: {
        widths: ['*'],
        body: [[{ text: node.value, style: 'codeBlock', preserveLeadingSpaces: true }]],
      },
      layout: 'code',
      style: 'block',
    },
  ];
}
