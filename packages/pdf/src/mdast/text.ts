/** Plain text and hard line breaks. A soft line break inside a paragraph is a space, as on the site. */
import type { Break, Text } from 'mdast';
import type { InlineRun } from './inline-run.ts';

export function renderText(node: Text): InlineRun[] {
  return [{ text: node.value.replace(/[ \t]*\r?\n[ \t]*/g, ' ') }];
}

export function renderBreak(_node: Break): InlineRun[] {
  return [{ text: '\n' }];
}
