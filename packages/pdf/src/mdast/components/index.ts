/**
 * The project's MDX components (`@valmistelu/markdown/components`), each drawn in PDF. An element
 * that is not one of them, or an attribute written as code, is a located error.
 */
import { contentComponents, isContentComponent } from '@valmistelu/markdown/components';
import type { PdfContent } from '../../pdfmake-types.ts';
import type { RenderContext } from '../context.ts';
import type { InlineRun } from '../inline-run.ts';
import { renderActionBlock, renderActionInline } from './action.ts';
import { type ComponentElement, nonLiteralAttributes } from './attributes.ts';
import { renderGroupRef } from './group-ref.ts';
import { renderNoteBlock, renderNoteInline } from './note.ts';
import { renderReportRef } from './report-ref.ts';

function refusal(node: ComponentElement, context: RenderContext): InlineRun | undefined {
  if (!isContentComponent(node.name)) {
    const known = Object.keys(contentComponents).join(', ');
    return context.fail(
      node,
      `komponenttia <${node.name ?? ''}> ei voi esittää PDF:ssä: sallitut ovat ${known}`,
    );
  }
  const code = nonLiteralAttributes(node);
  if (code.length)
    return context.fail(
      node,
      `<${node.name}>: määritteiden (${code.join(', ')}) arvojen pitää olla tekstiä lainausmerkeissä`,
    );
  return undefined;
}

export function renderComponentBlock(node: ComponentElement, context: RenderContext): PdfContent[] {
  const refused = refusal(node, context);
  if (refused) return [{ text: [refused] }];
  switch (node.name) {
    case 'Note':
      return renderNoteBlock(node, context);
    case 'Action':
      return renderActionBlock(node, context);
    default:
      return [{ text: renderComponentInline(node, context), style: 'paragraph' }];
  }
}

export function renderComponentInline(node: ComponentElement, context: RenderContext): InlineRun[] {
  const refused = refusal(node, context);
  if (refused) return [refused];
  switch (node.name) {
    case 'Note':
      return renderNoteInline(node, context);
    case 'Action':
      return renderActionInline(node, context);
    case 'GroupRef':
      return renderGroupRef(node, context);
    default:
      return renderReportRef(node, context);
  }
}
