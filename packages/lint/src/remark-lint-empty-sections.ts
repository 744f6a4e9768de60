/**
 * A task section with a heading but no text says nothing; the preparer probably forgot it.
 *
 * @example
 *   unified().use(remarkLintEmptySections, context)
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import type { ReportLintContext } from './report-context.ts';
import { taskSections } from './sections.ts';

export default function remarkLintEmptySections(_context: ReportLintContext) {
  return (tree: Root, file: VFile): undefined => {
    for (const section of taskSections(tree)) {
      const hasText = section.content.some((node) => node.type !== 'heading' && toString(node).trim() !== '');
      if (hasText) continue;
      file.message(`osio "${toString(section.heading)}" on tyhjä`, {
        place: section.heading.position?.start,
        ruleId: 'empty-section',
        source: 'valmistelu-lint',
      });
    }
  };
}
