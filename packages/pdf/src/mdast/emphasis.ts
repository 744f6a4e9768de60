/** `*emphasis*` → italics. */
import type { Emphasis } from 'mdast';
import type { RenderContext } from './context.ts';
import type { InlineRun } from './inline-run.ts';

export function renderEmphasis(node: Emphasis, context: RenderContext): InlineRun[] {
  return context.inlines(node.children).map((run) => ({ ...run, italics: true }));
}
