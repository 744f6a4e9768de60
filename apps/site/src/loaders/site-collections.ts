/**
 * The site's content collections: the domain's collections under their own names, the two
 * single files (`site.yaml`, `report-template.yaml`) as one-entry collections, and
 * `contentOrder`, which keeps the content's order of each collection: Astro's data store sorts
 * entries by id, and the domain's schedules depend on the order the content gives.
 * `translations` holds the translated items of the site's other languages (`translation-entries.ts`).
 */
import { collectionNames } from '@valmistelu/domain/schema';

export const siteCollections = [
  'site',
  'reportTemplate',
  'contentOrder',
  'translations',
  ...collectionNames,
] as const;
export type SiteCollection = (typeof siteCollections)[number];

/** The id of the one entry of a single-file collection. */
export const singleEntryIds = { site: 'site', reportTemplate: 'report-template' } as const;
