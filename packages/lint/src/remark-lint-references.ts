/**
 * `<GroupRef>`, `<ReportRef>` and `<Action owner>` must point at things that exist, or the
 * published link would lead nowhere. A published report naming an unpublished one (`draft: true`)
 * gets a warning: its published text shows a placeholder instead of the link.
 *
 * @example
 *   unified().use(remarkLintReferences, context)
 */

import { unpublishedReportText } from '@valmistelu/domain/labels';
import { componentAttribute } from '@valmistelu/markdown/components';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { ReportLintContext } from './report-context.ts';

export default function remarkLintReferences(context: ReportLintContext) {
  const targets = {
    GroupRef: { attribute: 'id', ids: context.groupIds, label: 'valmisteluryhmä' },
    ReportRef: { attribute: 'id', ids: context.reportIds, label: 'raportti' },
    Action: { attribute: 'owner', ids: context.personIds, label: 'henkilö' },
  } as const;
  return (tree: Root, file: VFile): undefined => {
    visit(tree, (node) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const target =
        node.name && Object.hasOwn(targets, node.name)
          ? targets[node.name as keyof typeof targets]
          : undefined;
      if (!target) return;
      const id = componentAttribute(node, target.attribute);
      if (
        id !== undefined &&
        node.name === 'ReportRef' &&
        !context.report.draft &&
        context.unpublishedReportIds.has(id)
      ) {
        file.message(
          `<ReportRef>: raportti "${id}" on julkaisematon luonnos (draft: true): julkaistussa tekstissä sen tilalla lukee "${unpublishedReportText}"`,
          { place: node.position?.start, ruleId: 'unpublished-reference', source: 'valmistelu-lint' },
        );
        return;
      }
      if (id === undefined || target.ids.has(id)) return;
      const message = file.message(`<${node.name}>: tuntematon ${target.label} "${id}"`, {
        place: node.position?.start,
        ruleId: 'reference',
        source: 'valmistelu-lint',
      });
      message.fatal = true;
    });
  };
}
