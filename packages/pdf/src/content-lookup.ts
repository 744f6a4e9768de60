/** Names and absolute site addresses of the items MDX bodies refer to, from the content. */
import type { ContentModel } from '@valmistelu/domain/schema';
import { absoluteUrl, urls } from '@valmistelu/domain/urls';
import type { ContentLookup } from './mdast/context.ts';

export function contentLookup(content: ContentModel): ContentLookup {
  const people = new Map(content.people.map((person) => [person.id, person.name]));
  const groups = new Map(content.groups.map((group) => [group.id, group]));
  const reports = new Map(content.reports.map((report) => [report.id, report]));
  const site = (path: string) => absoluteUrl(content.site.url, path);
  return {
    personName: (id) => people.get(id),
    group: (id) => {
      const group = groups.get(id);
      return group && { name: group.name, url: site(urls.group(id)) };
    },
    report: (id) => {
      const report = reports.get(id);
      return report && { title: report.title, url: site(urls.report(id)) };
    },
  };
}
