/**
 * What the loader stores of the site's other languages (`translations`): one entry per translated
 * item, `<language>/<collection>/<id>` (the site settings `<language>/site/site`), holding the
 * translated item as `@valmistelu/content` merged it over its original, and for news and reports
 * the translated body rendered in its language as the original's is (`collection-entries.ts`). Untranslated items
 * are not stored: the site shows the original for them, in the main language.
 */
import type { LoadedContent, TranslatedContent } from '@valmistelu/content';
import { type CollectionName, collectionNames, type Language } from '@valmistelu/domain/schema';
import { flattenToc } from '@valmistelu/markdown/table-of-contents';
import { type BodyImageRef, linkTargets, renderMdxBody } from '../lib/views/render-body.ts';
import type { StoreEntry } from './collection-entries.ts';
import { imageId } from './image-imports.ts';

export interface TranslationEntryData {
  language: Language;
  collection: CollectionName | 'site';
  id: string;
  /** Whether the translation has its own body; without one the page shows the original's. */
  bodyTranslated: boolean;
  item: unknown;
}

export function translationEntries(loaded: LoadedContent): StoreEntry[] {
  const entries: StoreEntry[] = [];
  for (const translation of Object.values(loaded.translations) as TranslatedContent[]) {
    const { language, content, sources, records } = translation;
    const data = (
      collection: TranslationEntryData['collection'],
      id: string,
      item: unknown,
      bodyTranslated = false,
    ) => ({ language, collection, id, bodyTranslated, item }) satisfies TranslationEntryData;
    if (translation.siteTranslated)
      entries.push({ id: `${language}/site/site`, data: { ...data('site', 'site', content.site) } });
    // References name the items translated into the language in it, and link their pages in it.
    const targets = linkTargets(content, translation.translated);
    for (const name of collectionNames) {
      const translated = new Set(translation.translated[name]);
      content[name].forEach((item, index) => {
        const { id } = item as { id: string };
        if (!translated.has(id)) return;
        const record = records.find((candidate) => candidate.collection === name && candidate.id === id);
        const bodyTranslated = !record?.untranslated.some((path) => path.length === 1 && path[0] === 'body');
        const entry: StoreEntry = {
          id: `${language}/${name}/${id}`,
          data: { ...data(name, id, item, bodyTranslated) },
        };
        const tree = sources[name][index]?.tree;
        if ((name === 'news' || name === 'reports') && tree && bodyTranslated) {
          const images = sources[name][index]?.images ?? [];
          const { html, toc } = renderMdxBody(
            tree,
            targets,
            images.map((image) => image.url),
            language,
          );
          // Images the original also shows are imported already (image-imports.ts); their ids are the same.
          const imageRefs: BodyImageRef[] = images.map((image) => ({
            id: imageId(image, loaded.contentDir),
            digest: image.digest,
          }));
          entry.rendered = {
            html,
            metadata: {
              // A translated report's page has its own table of contents, as the original's has.
              headings: flattenToc(toc).map(({ depth, id, text }) => ({ depth, slug: id, text })),
              images: imageRefs,
            },
          };
        }
        entries.push(entry);
      });
    }
  }
  return entries;
}
