/** Names and absolute site addresses of the items MDX bodies refer to, from the content. */
import type { CollectionName, ContentModel, Language } from '@valmistelu/domain/schema';
import { absoluteUrl, localizedUrls, type PageUrls, urls } from '@valmistelu/domain/urls';
import type { ContentLookup } from './mdast/context.ts';

/** Which items are translated into a document's language, for marking the others' names (`lang`). */
export type TranslatedIds = Partial<Record<CollectionName, readonly string[]>>;

/**
 * The site's pages of an item in a document's language: an item translated into it has its page
 * there (`/sv/rapporter/<id>/`), any other only its page in the main language.
 */
export function pagesOf(
  language: Language,
  translated: TranslatedIds,
  collection: CollectionName,
  id: string,
): PageUrls {
  return language !== 'fi' && translated[collection]?.includes(id) ? localizedUrls[language] : urls;
}

/**
 * @param content The document's content: a translation's (translated items merged) for a document
 *   in another language, so that a translated item is named in it.
 */
export function contentLookup(
  content: ContentModel,
  language: Language = 'fi',
  translated: TranslatedIds = {},
): ContentLookup {
  const people = new Map(content.people.map((person) => [person.id, person.name]));
  const groups = new Map(content.groups.map((group) => [group.id, group]));
  const reports = new Map(content.reports.map((report) => [report.id, report]));
  const site = (path: string) => absoluteUrl(content.site.url, path);
  return {
    personName: (id) => people.get(id),
    group: (id) => {
      const group = groups.get(id);
      // Groups have pages in the main language only.
      return group && { name: group.name, url: site(urls.group(id)) };
    },
    report: (id) => {
      const report = reports.get(id);
      return (
        report && { title: report.title, url: site(pagesOf(language, translated, 'reports', id).report(id)) }
      );
    },
  };
}
