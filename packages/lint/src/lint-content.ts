/**
 * Runs the report linter over loaded content and returns its findings in `check`'s format.
 * Group work plans are checked here too: their actions need an owner and a target date; and every
 * file for the scaffolds' guidance left in place (`placeholders.ts`).
 */
import type { ContentMessage, LoadedContent } from '@valmistelu/content';
import type { Report } from '@valmistelu/domain/schema';
import type { Root } from 'mdast';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { placeholderMessages } from './placeholders.ts';
import remarkLintActionFields from './remark-lint-action-fields.ts';
import remarkLintEmptyHeadings from './remark-lint-empty-headings.ts';
import remarkLintEmptySections from './remark-lint-empty-sections.ts';
import remarkLintIndentedCode from './remark-lint-indented-code.ts';
import remarkLintOpenItems from './remark-lint-open-items.ts';
import remarkLintReferences from './remark-lint-references.ts';
import remarkLintRequiredSections from './remark-lint-required-sections.ts';
import type { ReportLintContext } from './report-context.ts';

export const reportRules = [
  remarkLintRequiredSections,
  remarkLintEmptySections,
  remarkLintActionFields,
  remarkLintReferences,
  remarkLintOpenItems,
  remarkLintEmptyHeadings,
  remarkLintIndentedCode,
];

/**
 * The text the tree's offsets count in, for rules that read the source: the loader parses the body
 * after one empty line per line before it in the file, and the root spans all of that text.
 */
function parsedText(tree: Root, body: string): string {
  const before = (tree.position?.end.offset ?? body.length) - body.length;
  return '\n'.repeat(Math.max(0, before)) + body;
}

function interimReportsAnswered(report: Report, reports: readonly Report[]): Report[] {
  if (report.kind !== 'final') return [];
  if (report.answers) return reports.filter((other) => other.id === report.answers);
  return reports.filter((other) => other.group === report.group && other.kind === 'interim');
}

export function lintContent(loaded: LoadedContent): ContentMessage[] {
  const { content, sources } = loaded;
  const messages: ContentMessage[] = placeholderMessages(loaded);
  if (!content.reportTemplate) return messages;
  const ids = {
    groupIds: new Set(content.groups.map((group) => group.id)),
    reportIds: new Set(content.reports.map((report) => report.id)),
    unpublishedReportIds: new Set(
      content.reports.filter((report) => report.draft).map((report) => report.id),
    ),
    personIds: new Set(content.people.map((person) => person.id)),
  };

  content.reports.forEach((report, index) => {
    const source = sources.reports[index];
    if (!source?.tree) return;
    const context: ReportLintContext = {
      report,
      template: content.reportTemplate,
      ...ids,
      interimReports: interimReportsAnswered(report, content.reports),
    };
    const processor = unified();
    for (const rule of reportRules) processor.use(rule, context);
    const file = new VFile({ path: source.file, value: parsedText(source.tree, report.body) });
    // The tree itself, not a copy: no rule changes it (the fixtures test lints frozen trees).
    processor.runSync(source.tree, file);
    for (const message of file.messages) {
      messages.push({
        file: source.file,
        line: message.line ?? 1,
        column: message.column ?? 1,
        message: message.reason,
        severity: message.fatal ? 'error' : 'warning',
        ruleId: `lint/${message.ruleId ?? 'report'}`,
      });
    }
  });

  content.groups.forEach((group, index) => {
    const source = sources.groups[index];
    if (!source) return;
    group.actions.forEach((action, at) => {
      const missing = [
        action.owner === undefined && action.ownerText === undefined && 'vastuutaho (owner tai ownerText)',
        action.due === undefined && 'tavoitepäivä (due)',
      ].filter(Boolean);
      if (missing.length === 0) return;
      const position = source.yaml.positionOf([...source.basePath, 'actions', at]);
      messages.push({
        file: source.file,
        ...position,
        message: `toimenpiteeltä "${action.title}" puuttuu ${missing.join(' ja ')}`,
        severity: 'warning',
        ruleId: 'lint/action-fields',
      });
    });
  });
  return messages;
}
