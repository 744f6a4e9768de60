/**
 * GFM footnotes: a superscript number that links to the note, and the notes themselves in a
 * numbered list at the end of the body, in order of first reference.
 */
import { documentWords } from '@valmistelu/domain/document-words';
import type { FootnoteDefinition, FootnoteReference } from 'mdast';
import { markOrigin, nodeOrigin } from '../content-origin.ts';
import { type PdfContent, pdfNode } from '../pdfmake-types.ts';
import type { RenderContext } from './context.ts';
import type { InlineRun } from './inline-run.ts';
import { renderParagraph } from './paragraph.ts';

export function renderFootnoteReference(node: FootnoteReference, context: RenderContext): InlineRun[] {
  return [
    {
      text: String(context.footnoteNumber(node.identifier)),
      sup: true,
      linkToDestination: context.footnoteAnchor(node.identifier),
      style: ['footnoteReference'],
    },
  ];
}

/** The notes section; definitions that nothing refers to follow the referenced ones. */
export function renderFootnotes(
  definitions: readonly FootnoteDefinition[],
  context: RenderContext,
): PdfContent[] {
  if (definitions.length === 0) return [];
  for (const definition of definitions) context.footnoteNumber(definition.identifier);
  const ordered = [...definitions].sort(
    (a, b) => context.footnoteNumber(a.identifier) - context.footnoteNumber(b.identifier),
  );
  return [
    pdfNode({
      text: documentWords[context.options.language ?? 'fi'].report.footnotes,
      style: 'footnotesTitle',
      tag: context.headingTag(1),
    }),
    {
      ol: ordered.map((definition) => {
        const blocks = definition.children.flatMap((child) =>
          child.type === 'paragraph' ? renderParagraph(child, context, 'footnote') : context.blocks([child]),
        );
        const item: PdfContent = { stack: withAnchor(blocks, context.footnoteAnchor(definition.identifier)) };
        markOrigin([item], nodeOrigin(definition));
        return item;
      }),
      style: 'footnotes',
    },
  ];
}

/** pdfmake keeps ids of text lines only: the note's first line carries the link target. */
function withAnchor(blocks: PdfContent[], id: string): PdfContent[] {
  const [first, ...rest] = blocks;
  if (first !== undefined && typeof first === 'object' && 'text' in first && !('id' in first))
    return [pdfNode({ ...first, id }), ...rest];
  return [pdfNode({ text: ' ', id, style: 'anchor' }), ...blocks];
}
