/**
 * Builds the site into `outDir` and indexes it for search. The CLI calls this with a temporary
 * folder and swaps it in on success, so nothing is written anywhere else but a scratch folder
 * inside the site package, removed afterwards.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import type { PublicationOptions } from '@valmistelu/content';
import type { Shard } from '@valmistelu/domain/shard';
import { build } from 'astro';
import { siteConfig } from '../astro.config.ts';
import type { PageProgress } from './integrations/build-progress.ts';
import { lockAstroSync } from './lib/astro-sync-lock.ts';
import { contentErrorOf } from './lib/content-error.ts';
import { indexForSearch } from './lib/search-index.ts';

export interface BuildSiteOptions {
  /** Absolute path of the content folder. */
  contentDir: string;
  /** Absolute path of the output folder; Astro empties it first. */
  outDir: string;
  /** Astro's log level; the CLI keeps it quiet. */
  logLevel?: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** Index the pages for search (default); off only to time Astro alone (`scripts/build.ts --no-search`). */
  search?: boolean;
  /**
   * A cache kept between builds (`siteCacheDir`): the build is incremental, reusing the previous
   * build's pages whose keys are unchanged. The caller must hold it alone for the whole build (a
   * lock). Without it the build is clean, with a cache of its own that is removed afterwards.
   */
  cacheDir?: string;
  /** Where parsed content files are kept between runs (the CLI's cache); none kept when absent. */
  parseCacheFile?: string;
  /** The run's date, and what is public at its moment: the CLI's `loadPublished`. */
  publication?: PublicationOptions;
  /** Told how far the build is, for the CLI's progress line. */
  onProgress?: (progress: SiteProgress) => void;
  /**
   * Build only this shard's pages (`valmistelu build --shard`, src/integrations/page-shard.ts);
   * the search index is then `valmistelu merge`'s, over the pages of every shard.
   */
  shard?: Shard;
}

/** Astro's start (content and bundle), then the pages one by one, then the search index. */
export type SiteProgress = { phase: 'astro' } | ({ phase: 'pages' } & PageProgress) | { phase: 'search' };

export { ContentError } from './lib/content-error.ts';
// The cache folders and their bound live in their own module, importable without Astro.
export { siteCacheDir } from './site-cache.ts';

const siteRoot = fileURLToPath(new URL('..', import.meta.url));

/**
 * After a failed content sync Astro still writes its data store, half a second later (a
 * debounced save it only awaits when the sync succeeds). Waits for that write (the store was
 * removed before the build), at most two seconds, so that it does not land in a removed folder
 * or in a cache the next build already holds.
 */
async function afterPendingStoreWrite(cacheDir: string): Promise<void> {
  for (let waited = 0; waited < 2000 && !existsSync(join(cacheDir, 'data-store.json')); waited += 50) {
    await sleep(50);
  }
}

/**
 * Rejects with `ContentError` (with located `messages`) when the content has mistakes: the
 * content loader (src/loaders/content-loader.ts) reads and checks the folder inside Astro.
 */
export async function buildSite(options: BuildSiteOptions): Promise<void> {
  const { onProgress } = options;
  // Astro's cache and the bundle it renders pages from: the bundle imports the site's packages,
  // so it must lie inside the site package; a folder per build keeps two builds apart.
  const scratch = await mkdtemp(join(siteRoot, 'node_modules', '.valmistelu-build-'));
  const cacheDir = options.cacheDir ?? join(scratch, 'cache');
  // The loader rewrites every collection, so the previous data store would only be read for nothing.
  await rm(join(cacheDir, 'data-store.json'), { force: true });
  try {
    const config = siteConfig({
      contentDir: resolve(options.contentDir),
      cacheDir,
      incremental: options.cacheDir !== undefined,
      serverDir: join(scratch, 'server'),
      publication: options.publication,
      parseCacheFile: options.parseCacheFile,
      ...(options.shard && { shard: options.shard }),
      ...(onProgress && { onPage: (progress: PageProgress) => onProgress({ phase: 'pages', ...progress }) }),
    });
    onProgress?.({ phase: 'astro' });
    const releaseSync = await lockAstroSync(siteRoot);
    try {
      await build({
        ...config,
        integrations: [
          ...(config.integrations ?? []),
          // After Astro's content sync (see lib/astro-sync-lock.ts).
          { name: 'valmistelu-astro-sync-lock', hooks: { 'astro:build:start': releaseSync } },
        ],
        root: siteRoot,
        configFile: false,
        outDir: options.outDir,
        logLevel: options.logLevel ?? 'warn',
      });
    } finally {
      await releaseSync();
    }
  } catch (problem) {
    await afterPendingStoreWrite(cacheDir);
    throw contentErrorOf(problem) ?? problem;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  if ((options.search ?? true) && !options.shard) {
    onProgress?.({ phase: 'search' });
    await indexForSearch(options.outDir);
  }
}
