/**
 * A heading needs text: the site's table of contents and the PDF's bookmarks list it by its text,
 * and pdfmake cannot lay out a bookmark without one, so `## ` alone on a line would stop the
 * report's PDF and every meeting pack that includes the report.
 *
 * @example
 *   unified().use(remarkLintEmptyHeadings, context)
 */
import { contentComponents, isContentComponent } from '@valmistelu/markdown/components';
import type { Nodes, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { ReportLintContext } from './report-context.ts';

/** Whether a reader would see anything: text, an image's description, or a reference's name. */
function showsText(node: Nodes): boolean {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value.trim() !== '';
    case 'image':
      return (node.alt ?? '').trim() !== '';
    case 'mdxJsxTextElement':
    case 'mdxJsxFlowElement':
      // `<GroupRef>` and `<ReportRef>` have no children: they show their target's name.
      if (isContentComponent(node.name) && !contentComponents[node.name].hasChildren) return true;
      return node.children.some(showsText);
    default:
      return 'children' in node && node.children.some(showsText);
  }
}

export default function remarkLintEmptyHeadings(_context: ReportLintContext) {
  return (tree: Root, file: VFile): undefined => {
    visit(tree, 'heading', (heading) => {
      if (showsText(heading)) return;
      const message = file.message(
        `otsikko ${'#'.repeat(heading.depth)} on tyhjä: kirjoita sille teksti tai poista rivi`,
        { place: heading.position?.start, ruleId: 'empty-heading', source: 'valmistelu-lint' },
      );
      // Not only a draft's blemish: the PDFs cannot be made until it is fixed.
      message.fatal = true;
    });
  };
}
