/**
 * The content of one build, loaded once through `@valmistelu/content` (the one schema) and
 * shared by every page. The cache lives on `globalThis` because Astro's config and its bundled
 * pages are separate module instances in the same process.
 */
import {
  type ContentMessage,
  formatMessage,
  type LoadedContent,
  loadContent,
  sortMessages,
} from '@valmistelu/content';
import { contentDir } from './content-dir.ts';

/** A build stopped by mistakes in the content; `messages` are located like `valmistelu check`'s. */
export class ContentError extends Error {
  readonly messages: ContentMessage[];
  constructor(messages: ContentMessage[]) {
    super(
      `Sisällössä on virheitä:\n${messages.map((message) => formatMessage(message, process.cwd())).join('\n')}`,
    );
    this.name = 'ContentError';
    this.messages = messages;
  }
}

const cacheKey = Symbol.for('valmistelu.site.content');
type Cache = Map<string, Promise<LoadedContent>>;
const cache: Cache = ((globalThis as Record<symbol, unknown>)[cacheKey] as Cache | undefined) ?? new Map();
(globalThis as Record<symbol, unknown>)[cacheKey] = cache;

async function loadChecked(dir: string, preloaded?: LoadedContent): Promise<LoadedContent> {
  const loaded = preloaded ?? (await loadContent(dir));
  const errors = sortMessages(loaded.messages).filter((message) => message.severity === 'error');
  if (errors.length > 0) throw new ContentError(errors);
  return loaded;
}

/** The checked content of the folder in `VALMISTELU_CONTENT`; throws `ContentError` on mistakes. */
export function getLoadedContent(dir = contentDir()): Promise<LoadedContent> {
  let pending = cache.get(dir);
  if (!pending) {
    pending = loadChecked(dir);
    cache.set(dir, pending);
  }
  return pending;
}

/** Starts a build from content already loaded (by the CLI), or forgets it so the next load rereads. */
export function primeContent(dir: string, loaded?: LoadedContent): Promise<LoadedContent> | undefined {
  cache.delete(dir);
  if (!loaded) return undefined;
  const pending = loadChecked(dir, loaded);
  cache.set(dir, pending);
  return pending;
}
