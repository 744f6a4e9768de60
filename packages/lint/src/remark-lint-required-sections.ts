/**
 * Every task the template requires for the report's kind has its `## N. Title` section.
 *
 * @example
 *   unified().use(remarkLintRequiredSections, context)
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { type ReportLintContext, severityFor } from './report-context.ts';
import { taskSections } from './sections.ts';

/** "from an interim report": the elative case the message needs. */
const fromKind = { interim: 'väliraportista', final: 'loppuraportista' } as const;

export default function remarkLintRequiredSections(context: ReportLintContext) {
  return (tree: Root, file: VFile): undefined => {
    const present = new Set(taskSections(tree).map((section) => section.number));
    const firstLine = tree.children[0]?.position?.start ?? { line: 1, column: 1 };
    for (const task of context.template.tasks) {
      if (!task.requiredIn.includes(context.report.kind) || present.has(task.number)) continue;
      const message = file.message(
        `${fromKind[context.report.kind]} puuttuu osio "## ${task.number}. ${task.title}" (${task.prompt})`,
        { place: firstLine, ruleId: 'required-section', source: 'valmistelu-lint' },
      );
      message.fatal = severityFor(context.report) === 'error';
    }
  };
}
