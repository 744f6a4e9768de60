/**
 * Renders a report's or news item's parsed MDX to HTML. Content MDX is never compiled as a
 * JavaScript module: the syntax tree the loader parsed once is turned into HTML as data.
 */
import { urls } from '@valmistelu/domain/urls';
import { mdxToHtml, type RenderedMdx } from '@valmistelu/markdown/to-html';
import type { SiteModel } from '../site-model.ts';

export function renderBody(model: SiteModel, collection: 'reports' | 'news', id: string): RenderedMdx {
  const tree = model.tree(collection, id);
  if (!tree) return { html: '', toc: [] };
  return mdxToHtml(tree, {
    link(kind, targetId) {
      if (kind === 'group') {
        const group = model.group(targetId);
        return group && { href: urls.group(group.id), text: group.name };
      }
      const report = model.report(targetId);
      return report && { href: urls.report(report.id), text: report.title };
    },
    personName: (personId) => model.person(personId)?.name,
  });
}
