/**
 * A final report answers the open items of its group's interim report: each item's text must
 * appear in the final report, typically as a list item under the section that resolves it.
 *
 * @example
 *   unified().use(remarkLintOpenItems, context)
 */
import type { Root } from 'mdast';
import { toString as textOf } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { type ReportLintContext, severityFor } from './report-context.ts';

const normalise = (text: string) => text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();

export default function remarkLintOpenItems(context: ReportLintContext) {
  return (tree: Root, file: VFile): undefined => {
    if (context.report.kind !== 'final') return;
    const text = normalise(textOf(tree));
    const firstLine = tree.children[0]?.position?.start ?? { line: 1, column: 1 };
    for (const interim of context.interimReports) {
      for (const item of interim.openItems) {
        if (text.includes(normalise(item))) continue;
        const message = file.message(
          `loppuraportti ei vastaa väliraportin "${interim.id}" avoimeen kohtaan "${item}"`,
          {
            place: firstLine,
            ruleId: 'open-items',
            source: 'valmistelu-lint',
          },
        );
        message.fatal = severityFor(context.report) === 'error';
      }
    }
  };
}
