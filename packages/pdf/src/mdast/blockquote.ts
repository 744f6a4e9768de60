/** Block quotes: indented behind a bar, as the site shows them. */
import type { Blockquote } from 'mdast';
import { type PdfContent, pdfNode } from '../pdfmake-types.ts';
import type { RenderContext } from './context.ts';

export function renderBlockquote(node: Blockquote, context: RenderContext): PdfContent[] {
  return [
    pdfNode({
      table: { widths: ['*'], body: [[{ stack: context.blocks(node.children), style: 'quote' }]] },
      layout: 'quote',
      tag: 'BlockQuote',
      style: 'block',
    }),
  ];
}
