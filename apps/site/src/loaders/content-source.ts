/**
 * One content folder, read once for every collection. Astro runs the loaders of all collections
 * at the same time, and the content is one model whose references cross collections, so the
 * folder is read and validated once per sync, and once per saved change in `pnpm dev`.
 */
import { resolve } from 'node:path';
import {
  type ContentMessage,
  type LoadedContent,
  loadContent,
  publicationOf,
  sortMessages,
} from '@valmistelu/content';
import type { ContentReading } from '../integrations/content-folder.ts';
import { findReservedStrings } from './reserved-strings.ts';

export interface CheckedContent {
  loaded: LoadedContent;
  /** Errors, sorted; the content is not to be published while there are any. */
  errors: ContentMessage[];
}

export interface ContentSource {
  /** Absolute path of the folder. */
  dir: string;
  /** The folder as first read, read on first use. */
  current(): Promise<CheckedContent>;
  /**
   * The folder read again after a change. Every collection's loader hears the same file event in
   * the same turn of the event loop; they share one read, and reads run one after another.
   */
  reload(): Promise<CheckedContent>;
}

async function readChecked(
  dir: string,
  { today, publication, parseCacheFile }: ContentReading,
): Promise<CheckedContent> {
  // Parsed files are kept between runs where the CLI keeps them (@valmistelu/content's parse cache).
  const loaded = await loadContent(dir, {
    today: today ?? publication?.asOf,
    ...(parseCacheFile && { cacheFile: parseCacheFile }),
  });
  const problems = [...loaded.messages, ...findReservedStrings(loaded)];
  const errors = sortMessages(problems).filter((message) => message.severity === 'error');
  // A build gets only what is public, as the CLI's PDFs do (@valmistelu/content's publicationOf).
  return { loaded: publication && errors.length === 0 ? publicationOf(loaded, publication) : loaded, errors };
}

const latestSources = new Map<string, ContentSource>();

const sourceKey = (dir: string, reading: ContentReading) =>
  JSON.stringify([dir, reading.today, reading.publication, reading.parseCacheFile]);

/** The folder read for the loaders: a new source for each sync's loaders (src/content.config.ts). */
export function contentSource(folder: string, reading: ContentReading = {}): ContentSource {
  const source = newContentSource(folder, reading);
  latestSources.set(sourceKey(source.dir, reading), source);
  return source;
}

/**
 * The source the loaders of the latest sync of this folder read, for what runs after the pages
 * (the open data's object files, `integrations/open-decision-files.ts`): the same read instead of
 * reading the folder again. The loaders' module is loaded by Node, not by Vite
 * (src/content.config.ts), so an integration imports this very module. A new source when no
 * loader has read the folder in this process.
 */
export function syncedContentSource(folder: string, reading: ContentReading = {}): ContentSource {
  return latestSources.get(sourceKey(resolve(folder), reading)) ?? contentSource(folder, reading);
}

function newContentSource(folder: string, reading: ContentReading): ContentSource {
  const dir = resolve(folder);
  let latest: Promise<CheckedContent> | undefined;
  let shared: Promise<CheckedContent> | undefined;
  return {
    dir,
    current: () => {
      latest ??= readChecked(dir, reading);
      return latest;
    },
    reload() {
      if (!shared) {
        const previous = latest?.catch(() => undefined);
        shared = (previous ?? Promise.resolve()).then(() => readChecked(dir, reading));
        latest = shared;
        setImmediate(() => {
          shared = undefined;
        });
      }
      return shared;
    },
  };
}
