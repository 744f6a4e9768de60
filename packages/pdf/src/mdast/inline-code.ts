/** `` `code` `` → monospace on a tint. */
import type { InlineCode } from 'mdast';
import type { InlineRun } from './inline-run.ts';

export function renderInlineCode(node: InlineCode): InlineRun[] {
  return [{ text: node.value, style: ['code'] }];
}
