/**
 * A report's or news item's body as HTML. Content MDX is never compiled as a JavaScript module:
 * the loader turns the syntax tree `@valmistelu/content` parsed into HTML as data, once per
 * build, and pages read the result from the site model.
 */
import type { Content } from '@valmistelu/domain/schema';
import { urls } from '@valmistelu/domain/urls';
import { mdxToHtml, type RenderedMdx } from '@valmistelu/markdown/to-html';
import type { Root } from 'mdast';
import type { BodyCollection, SiteModel } from '../create-site-model.ts';

/** What a body's links and mentions resolve against. */
export interface LinkTargets {
  group(id: string): { id: string; name: string } | undefined;
  report(id: string): { id: string; title: string } | undefined;
  person(id: string): { name: string } | undefined;
}

/** Lookups by id over the content, for `renderMdxBody`. */
export function linkTargets(content: Content): LinkTargets {
  const groups = new Map(content.groups.map((group) => [group.id, group]));
  const reports = new Map(content.reports.map((report) => [report.id, report]));
  const people = new Map(content.people.map((person) => [person.id, person]));
  return { group: (id) => groups.get(id), report: (id) => reports.get(id), person: (id) => people.get(id) };
}

export function renderMdxBody(tree: Root, targets: LinkTargets): RenderedMdx {
  return mdxToHtml(tree, {
    link(kind, targetId) {
      if (kind === 'group') {
        const group = targets.group(targetId);
        return group && { href: urls.group(group.id), text: group.name };
      }
      const report = targets.report(targetId);
      return report && { href: urls.report(report.id), text: report.title };
    },
    personName: (personId) => targets.person(personId)?.name,
  });
}

/** The rendered body of an item; empty when it has none (its MDX did not parse). */
export function renderBody(model: SiteModel, collection: BodyCollection, id: string): RenderedMdx {
  return model.rendered(collection, id) ?? { html: '', toc: [] };
}
