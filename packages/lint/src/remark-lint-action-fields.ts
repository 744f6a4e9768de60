/**
 * An `<Action>` without an owner or a target date cannot be followed up.
 *
 * @example
 *   unified().use(remarkLintActionFields, context)
 */

import { componentAttribute } from '@valmistelu/markdown/components';
import type { Root } from 'mdast';
import { toString as textOf } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { ReportLintContext } from './report-context.ts';

export default function remarkLintActionFields(_context: ReportLintContext) {
  return (tree: Root, file: VFile): undefined => {
    visit(tree, (node) => {
      if ((node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') || node.name !== 'Action')
        return;
      const missing = [
        componentAttribute(node, 'owner') === undefined && 'vastuuhenkilö (owner)',
        componentAttribute(node, 'due') === undefined && 'tavoitepäivä (due)',
      ].filter(Boolean);
      if (missing.length === 0) return;
      const title = textOf(node).trim().slice(0, 60);
      file.message(`toimenpiteeltä "${title}" puuttuu ${missing.join(' ja ')}`, {
        place: node.position?.start,
        ruleId: 'action-fields',
        source: 'valmistelu-lint',
      });
    });
  };
}
