/**
 * Paragraphs. Images are blocks in a PDF, so a paragraph with images splits around them, keeping
 * the text before and after in order.
 */
import type { Paragraph, PhrasingContent } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx';
import type { PdfContent } from '../pdfmake-types.ts';
import { renderComponentBlock } from './components/index.ts';
import type { RenderContext } from './context.ts';
import { isImageNode, isLinkedImage, renderImage, renderLinkedImage } from './image.ts';
import type { InlineRun } from './inline-run.ts';

export function renderParagraph(node: Paragraph, context: RenderContext, style = 'paragraph'): PdfContent[] {
  const alone = soleBoxComponent(node.children);
  if (alone) return renderComponentBlock(alone, context);
  return renderPhrasingBlock(node.children, context, style);
}

/** `<Action>…</Action>` written on one line is a paragraph of one element; it is still a box. */
function soleBoxComponent(children: readonly PhrasingContent[]): MdxJsxTextElement | undefined {
  const meaningful = children.filter((child) => child.type !== 'text' || child.value.trim() !== '');
  const [only] = meaningful;
  return meaningful.length === 1 &&
    only?.type === 'mdxJsxTextElement' &&
    (only.name === 'Note' || only.name === 'Action')
    ? only
    : undefined;
}

/** Phrasing content as one or more text blocks of `style`, with images between them. */
export function renderPhrasingBlock(
  children: readonly PhrasingContent[],
  context: RenderContext,
  style: string,
): PdfContent[] {
  const blocks: PdfContent[] = [];
  let pending: PhrasingContent[] = [];
  const flush = () => {
    const runs = trimRuns(context.inlines(pending));
    if (runs.length > 0) blocks.push({ text: runs, style });
    pending = [];
  };
  for (const child of children) {
    if (isImageNode(child)) {
      flush();
      blocks.push(...renderImage(child, context));
    } else if (isLinkedImage(child)) {
      flush();
      blocks.push(...renderLinkedImage(child, context));
    } else {
      pending.push(child);
    }
  }
  flush();
  return blocks;
}

/** Drops the whitespace left at the edges when a paragraph splits around an image. */
function trimRuns(runs: InlineRun[]): InlineRun[] {
  const trimmed = [...runs];
  const first = trimmed[0];
  if (first) trimmed[0] = { ...first, text: first.text.replace(/^\s+/, '') };
  const lastIndex = trimmed.length - 1;
  const last = trimmed[lastIndex];
  if (last) trimmed[lastIndex] = { ...last, text: last.text.replace(/\s+$/, '') };
  return trimmed.filter((run) => run.text !== '' || run.linkToDestination !== undefined);
}
