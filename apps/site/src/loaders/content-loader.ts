/**
 * The site's Astro content loader, in the pattern of Starlight's `docsLoader()`: each collection
 * gets a loader that reads the folder through `@valmistelu/content` (the domain's schemas, every
 * problem located as file:line:column) and fills Astro's data store. A folder with mistakes
 * stops the build with a `ContentError` carrying those messages. Each read also writes the
 * module that imports the bodies' images (`image-imports.ts`). Under `pnpm dev` the loaders
 * watch the folder through Astro's watcher and refill the store after each save; Astro then
 * reloads the pages that read it.
 */
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import type { ContentReading } from '../integrations/content-folder.ts';
import { ContentError } from '../lib/content-error.ts';
import { collectionEntries } from './collection-entries.ts';
import { type CheckedContent, type ContentSource, contentSource } from './content-source.ts';
import { imageImportsFile, writeImageImports } from './image-imports.ts';
import type { SiteCollection } from './site-collections.ts';

export const loaderName = 'valmistelu-content';

/** Writes the image imports of one read of the folder, once for all its collections' loaders. */
type ImageImportsWriter = (checked: CheckedContent, cacheDir: string) => Promise<void>;

function collectionLoader(
  source: ContentSource,
  collection: SiteCollection,
  images: ImageImportsWriter,
): Loader {
  return {
    name: loaderName,
    async load({ store, logger, watcher, config }) {
      const root = fileURLToPath(config.root);
      const write = async (checked: CheckedContent) => {
        // Before the store: pages that Astro reloads for the new entries find their images.
        await images(checked, fileURLToPath(config.cacheDir));
        // Cleared and refilled, not patched: the entries' order is the content's order.
        store.clear();
        for (const entry of collectionEntries(collection, checked.loaded, root)) store.set(entry);
      };
      if (watcher) {
        watcher.add(source.dir);
        const changed = async (file: string) => {
          if (!file.startsWith(source.dir + sep)) return;
          const checked = await source.reload();
          if (checked.errors.length === 0) await write(checked);
          // The pages keep the last good content; one collection speaks for the folder.
          else if (collection === 'site') logger.error(new ContentError(checked.errors).message);
        };
        for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, changed);
      }
      const checked = await source.current();
      if (checked.errors.length > 0) throw new ContentError(checked.errors);
      await write(checked);
    },
  };
}

/** Loaders for the collections of one content folder (an absolute path), sharing one read. */
export function contentLoaders(
  contentDir: string,
  reading: ContentReading = {},
): { loader(collection: SiteCollection): Loader } {
  const source = contentSource(contentDir, reading);
  const written = new WeakMap<CheckedContent, Promise<void>>();
  const images: ImageImportsWriter = (checked, cacheDir) => {
    let writing = written.get(checked);
    if (!writing) {
      writing = writeImageImports(checked.loaded, imageImportsFile(cacheDir, source.dir, reading));
      written.set(checked, writing);
    }
    return writing;
  };
  return { loader: (collection) => collectionLoader(source, collection, images) };
}
