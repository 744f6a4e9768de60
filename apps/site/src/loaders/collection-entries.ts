/**
 * What the loader stores for one collection: every item under its own id, its data exactly as
 * `@valmistelu/content` validated it, and for reports and news the body rendered to HTML with
 * its table of contents as Astro's `headings`, the image files it shows as `images` (and a
 * report's `<Action>`s as `actions`). `contentOrder` has one entry per collection, its ids in the
 * content's order.
 */
import { relative } from 'node:path';
import type { LoadedContent } from '@valmistelu/content';
import { collectionNames } from '@valmistelu/domain/schema';
import { collectActions } from '@valmistelu/markdown/collect-actions';
import { flattenToc } from '@valmistelu/markdown/table-of-contents';
import type { DataStore } from 'astro/loaders';
import {
  type BodyImageRef,
  type LeadImageRef,
  linkTargets,
  renderMdxBody,
} from '../lib/views/render-body.ts';
import { imageId } from './image-imports.ts';
import { type SiteCollection, singleEntryIds } from './site-collections.ts';
import { translationEntries } from './translation-entries.ts';

export type StoreEntry = Parameters<DataStore['set']>[0];

/**
 * @param root The site's root folder: Astro wants each entry's source file relative to it.
 */
export function collectionEntries(
  collection: SiteCollection,
  loaded: LoadedContent,
  root: string,
): StoreEntry[] {
  const { content, sources } = loaded;
  if (collection === 'site') return [{ id: singleEntryIds.site, data: content.site }];
  if (collection === 'reportTemplate')
    return [{ id: singleEntryIds.reportTemplate, data: content.reportTemplate }];
  if (collection === 'translations') return translationEntries(loaded);
  if (collection === 'contentOrder') {
    return collectionNames.map((name) => ({ id: name, data: { ids: content[name].map((item) => item.id) } }));
  }
  const items: readonly { id: string }[] = content[collection];
  const targets = collection === 'reports' || collection === 'news' ? linkTargets(content) : undefined;
  return items.map((item, index) => {
    const source = sources[collection][index];
    const entry: StoreEntry = { id: item.id, data: item };
    if (source) entry.filePath = relative(root, source.file);
    if (targets) {
      const images = source?.images ?? [];
      const { html, toc } = source?.tree
        ? renderMdxBody(
            source.tree,
            targets,
            images.map((image) => image.url),
          )
        : { html: '', toc: [] };
      const imageRefs: BodyImageRef[] = images.map((image) => ({
        id: imageId(image, loaded.contentDir),
        digest: image.digest,
      }));
      entry.rendered = {
        html,
        metadata: {
          headings: flattenToc(toc).map(({ depth, id, text }) => ({ depth, slug: id, text })),
          // The image files behind the body's `kuva:<n>` placeholders (lib/body-images.ts).
          images: imageRefs,
          // A news item's own picture (`image` and `imageAlt`), checked by @valmistelu/content.
          ...(source?.leadImage && {
            leadImage: {
              id: imageId(source.leadImage, loaded.contentDir),
              digest: source.leadImage.digest,
              alt: source.leadImage.alt,
              width: source.leadImage.width,
              height: source.leadImage.height,
            } satisfies LeadImageRef,
          }),
          // The report's <Action> elements, for the actions roll-up (/toimenpiteet/).
          ...(collection === 'reports' && { actions: collectActions(source?.tree) }),
        },
      };
    }
    return entry;
  });
}
