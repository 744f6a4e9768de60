/** Block quotes: indented behind a bar, as the site shows them. */
import type { Blockquote } from 'mdast';
import type { Content } from '../pdfmake-types.ts';
import type { RenderContext } from './context.ts';

export function renderBlockquote(node: Blockquote, context: RenderContext): Content[] {
  return [
    {
      table: { widths: ['*'], body: [[{ stack: context.blocks(node.children), style: 'quote' }]] },
      layout: 'quote',
      style: 'block',
    },
  ];
}
