/** `<Note title="…">…</Note>`: a tinted box with an optional title. */
import { documentWords } from '@valmistelu/domain/document-words';
import type { PdfContent } from '../../pdfmake-types.ts';
import type { RenderContext } from '../context.ts';
import type { InlineRun } from '../inline-run.ts';
import { type ComponentElement, stringAttribute } from './attributes.ts';

export function renderNoteBlock(node: ComponentElement, context: RenderContext): PdfContent[] {
  const title = stringAttribute(node, 'title');
  return [
    {
      table: {
        widths: ['*'],
        body: [
          [
            {
              stack: [
                ...(title ? [{ text: title, style: 'noteTitle' }] : []),
                ...context.blockChildren(node),
              ],
            },
          ],
        ],
      },
      layout: 'note',
      style: 'block',
    },
  ];
}

/** Inside a sentence the box cannot be drawn; the title leads the text instead. */
export function renderNoteInline(node: ComponentElement, context: RenderContext): InlineRun[] {
  const title = stringAttribute(node, 'title') ?? documentWords[context.options.language ?? 'fi'].report.note;
  return [{ text: `${title}: `, bold: true }, ...context.phrasingChildren(node)];
}
