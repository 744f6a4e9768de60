/**
 * Headings. The body's shallowest heading level becomes level 1 of the document; top-level
 * headings join the table of contents up to `tocDepth` and the PDF bookmarks up to `outlineDepth`.
 * In the tagged PDF a heading is `H<n>` from the body's `headingLevel` down.
 */
import type { Heading } from 'mdast';
import { toString as mdastToString } from 'mdast-util-to-string';
import { type PdfContent, pdfNode } from '../pdfmake-types.ts';
import type { RenderContext } from './context.ts';
import type { InlineRun } from './inline-run.ts';

export function renderHeading(node: Heading, context: RenderContext, topLevel: boolean): PdfContent[] {
  const level = Math.max(1, Math.min(node.depth - context.topDepth + 1, 4));
  const id = context.headingId(node);
  const { tocDepth, tocId, outlineParentId } = context.options;
  const outlineDepth = Math.max(context.options.outlineDepth ?? tocDepth, tocDepth);
  const text = context.inlines(node.children);
  // `## ` alone is a heading with nothing to show: pdfmake lays out no line for an empty text and
  // then fails on the bookmark or contents entry it has no line for, and an untitled entry would
  // be no use to a reader anyway. It keeps its anchor (links to it still land) and its space.
  const tag = context.headingTag(level);
  if (!hasVisibleText(text)) return [pdfNode({ text: '', style: `h${level}`, id, tag })];
  if (!topLevel || level > outlineDepth) return [pdfNode({ text, style: `h${level}`, id, tag })];
  const stack = context.outlineStack;
  const parent = level === 1 ? outlineParentId : (stack[level - 2] ?? outlineParentId);
  stack.length = level - 1;
  stack.push(id);
  return [
    pdfNode({
      text,
      style: `h${level}`,
      id,
      tag,
      ...(level <= tocDepth && {
        tocItem: tocId ?? true,
        tocStyle: `tocLevel${level}`,
        tocNumberStyle: 'tocNumber',
      }),
      outline: true,
      // A heading of components only (`<GroupRef>`) has no text in the tree; its bookmark shows
      // the names the runs print instead.
      outlineText: mdastToString(node).trim() || text.map((run) => run.text).join(''),
      ...(parent !== undefined && { outlineParentId: parent }),
    }),
  ];
}

function hasVisibleText(runs: readonly InlineRun[]): boolean {
  return runs.some((run) => run.text.trim() !== '');
}
