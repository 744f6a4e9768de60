/**
 * The site's content collections, all filled by our own loader from one content folder. The
 * folder comes from `virtual:valmistelu/content-folder`, which the `contentFolder` integration
 * provides from the options the site's config was made with (see astro.config.ts). The schemas
 * are the domain's, so `getCollection` is typed as the domain model.
 */
import { createRequire } from 'node:module';
import contentDir, { reading } from 'virtual:valmistelu/content-folder';
// From its own module rather than `astro:content`: loading that one here would put the whole
// content runtime through Vite before the collections are read (about 60 modules per sync).
import { defineCollection } from 'astro/content/config';
import { z } from 'astro/zod';

// Astro evaluates this file in Vite's module runner, which would compile the loader and our
// packages again on every sync. Loaded by Node instead, they are the modules the build process
// has already loaded (the CLI reads the same content with them): about 0.3 s less per build.
const loadInNode = createRequire(import.meta.url);
const {
  bodySchema,
  channelSchema,
  groupSchema,
  languageCodes,
  lineSchema,
  meetingSchema,
  newsItemSchema,
  personSchema,
  reportSchema,
  reportTemplateSchema,
  siteSchema,
  timelineSchema,
}: typeof import('@valmistelu/domain/schema') = loadInNode('@valmistelu/domain/schema');
const { contentLoaders }: typeof import('./loaders/content-loader.ts') = loadInNode(
  './loaders/content-loader.ts',
);

const content = contentLoaders(contentDir, reading);

export const collections = {
  site: defineCollection({ loader: content.loader('site'), schema: siteSchema }),
  reportTemplate: defineCollection({
    loader: content.loader('reportTemplate'),
    schema: reportTemplateSchema,
  }),
  contentOrder: defineCollection({
    loader: content.loader('contentOrder'),
    schema: z.object({ ids: z.array(z.string()) }),
  }),
  // The site's other languages: each translated item under `<language>/<collection>/<id>`.
  translations: defineCollection({
    loader: content.loader('translations'),
    schema: z.object({
      language: z.enum(languageCodes),
      collection: z.string(),
      id: z.string(),
      bodyTranslated: z.boolean(),
      // Checked by @valmistelu/content against the original's schema before it was merged.
      item: z.unknown(),
    }),
  }),
  people: defineCollection({ loader: content.loader('people'), schema: personSchema }),
  bodies: defineCollection({ loader: content.loader('bodies'), schema: bodySchema }),
  lines: defineCollection({ loader: content.loader('lines'), schema: lineSchema }),
  groups: defineCollection({ loader: content.loader('groups'), schema: groupSchema }),
  reports: defineCollection({ loader: content.loader('reports'), schema: reportSchema }),
  meetings: defineCollection({ loader: content.loader('meetings'), schema: meetingSchema }),
  timelines: defineCollection({ loader: content.loader('timelines'), schema: timelineSchema }),
  news: defineCollection({ loader: content.loader('news'), schema: newsItemSchema }),
  channels: defineCollection({ loader: content.loader('channels'), schema: channelSchema }),
};
