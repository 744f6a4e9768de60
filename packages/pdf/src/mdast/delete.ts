/** GFM `~~strikethrough~~` → a line through the text. */
import type { Delete } from 'mdast';
import type { RenderContext } from './context.ts';
import type { InlineRun } from './inline-run.ts';

export function renderDelete(node: Delete, context: RenderContext): InlineRun[] {
  return context.inlines(node.children).map((run) => ({ ...run, decoration: 'lineThrough' }));
}
