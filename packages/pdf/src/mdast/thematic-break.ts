/** `---` → a thin rule across the text column. */
import type { PdfContent } from '../pdfmake-types.ts';
import type { RenderContext } from './context.ts';

export function renderThematicBreak(context: RenderContext): PdfContent[] {
  const width = context.options.contentWidth;
  return [
    {
      canvas: [{ type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 0.5, lineColor: '#9aa7b4' }],
      style: 'rule',
    },
  ];
}
