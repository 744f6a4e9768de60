/** `<ReportRef id="…" />`: the report's title, linked to its page on the site. */
import type { RenderContext } from '../context.ts';
import type { InlineRun } from '../inline-run.ts';
import { type ComponentElement, stringAttribute } from './attributes.ts';

export function renderReportRef(node: ComponentElement, context: RenderContext): InlineRun[] {
  const id = stringAttribute(node, 'id');
  const report = id === undefined ? undefined : context.options.lookup.report(id);
  if (!report)
    return [
      context.fail(
        node,
        id === undefined
          ? '<ReportRef>: määrite "id" puuttuu'
          : `<ReportRef>: tuntematon raportti id="${id}"`,
      ),
    ];
  return [{ text: report.title, link: report.url, style: ['link'] }];
}
