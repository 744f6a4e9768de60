/**
 * What a translator has left to do in each of the site's other languages: the items with no
 * translation, those whose original has changed since (`stale`), those that do not record which
 * original they were made from (`unmarked`) and those that leave some text untranslated.
 */
import { join } from 'node:path';
import { type CollectionName, collectionNames, type Language } from '@valmistelu/domain/schema';
import { itemShapeOf, untranslatedPaths } from '@valmistelu/domain/translation';
import { collectionLayouts, siteFile } from './collections.ts';
import type { LoadedContent } from './load-content.ts';
import type { TranslationRecord } from './load-translations.ts';
import { translationPathOf } from './translation-file.ts';

export type TranslationNeed = 'missing' | 'stale' | 'unmarked' | 'incomplete';

export interface TranslationTodo {
  language: Language;
  collection: CollectionName | 'site';
  id?: string;
  need: TranslationNeed;
  /** The original's file. */
  originalFile: string;
  /** The translation's file: the one to create, or the one to update. */
  translationFile: string;
  /** What the translation's `source` field should say once it is up to date. */
  sourceHash?: string;
}

export function translationTodos(loaded: LoadedContent): TranslationTodo[] {
  const todos: TranslationTodo[] = [];
  for (const [language, translated] of Object.entries(loaded.translations) as [
    Language,
    NonNullable<LoadedContent['translations'][Language]>,
  ][]) {
    const recordOf = (collection: CollectionName | 'site', id?: string) =>
      translated.records.find((record) => record.collection === collection && record.id === id);
    const add = (
      collection: CollectionName | 'site',
      id: string | undefined,
      originalFile: string,
      record?: TranslationRecord,
    ) => {
      const need = needOf(record);
      if (!need) return;
      todos.push({
        language,
        collection,
        ...(id !== undefined && { id }),
        need,
        originalFile,
        translationFile: record?.file ?? translationPathOf(originalFile, language),
        ...(record && { sourceHash: record.sourceHash }),
      });
    };
    add('site', undefined, join(loaded.contentDir, siteFile), recordOf('site'));
    for (const name of collectionNames) {
      const shape = itemShapeOf(collectionLayouts[name].schema);
      loaded.content[name].forEach((item, index) => {
        const source = loaded.sources[name][index];
        const record = recordOf(name, item.id);
        // An item with no text of its own (a person with a name only) has nothing to translate.
        const body = (item as { body?: unknown }).body;
        const hasText =
          untranslatedPaths(shape, item, undefined).length > 0 ||
          (typeof body === 'string' && body.trim() !== '' && name !== 'meetings');
        if (source && (record || hasText)) add(name, item.id, source.file, record);
      });
    }
  }
  return todos;
}

function needOf(record: TranslationRecord | undefined): TranslationNeed | undefined {
  if (!record) return 'missing';
  if (record.state === 'stale') return 'stale';
  if (record.untranslated.length > 0) return 'incomplete';
  if (record.state === 'unmarked') return 'unmarked';
  return undefined;
}
