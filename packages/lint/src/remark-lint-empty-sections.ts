/**
 * A task section with a heading but no text says nothing; the preparer probably forgot it.
 *
 * @example
 *   unified().use(remarkLintEmptySections, context)
 */
import type { Root } from 'mdast';
import { toString as textOf } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import type { ReportLintContext } from './report-context.ts';
import { taskSections } from './sections.ts';

export default function remarkLintEmptySections(_context: ReportLintContext) {
  return (tree: Root, file: VFile): undefined => {
    for (const section of taskSections(tree)) {
      // The scaffold's "Ohje: …" prompt is not the preparer's text yet.
      const hasText = section.content.some((node) => {
        const text = textOf(node).trim();
        return node.type !== 'heading' && text !== '' && !text.startsWith('Ohje:');
      });
      if (hasText) continue;
      file.message(`osio "${textOf(section.heading)}" on tyhjä`, {
        place: section.heading.position?.start,
        ruleId: 'empty-section',
        source: 'valmistelu-lint',
      });
    }
  };
}
