/** `**strong**` → bold. */
import type { Strong } from 'mdast';
import type { RenderContext } from './context.ts';
import type { InlineRun } from './inline-run.ts';

export function renderStrong(node: Strong, context: RenderContext): InlineRun[] {
  return context.inlines(node.children).map((run) => ({ ...run, bold: true }));
}
