/**
 * Builds the site into `outDir` and indexes it for search. The CLI calls this with a temporary
 * folder and swaps it in on success, so nothing is written anywhere else.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoadedContent } from '@valmistelu/content';
import { build } from 'astro';
import { getLoadedContent, primeContent } from './lib/content.ts';
import { contentEnvVar } from './lib/content-dir.ts';
import { indexForSearch } from './lib/search-index.ts';

export interface BuildSiteOptions {
  /** Absolute path of the content folder. */
  contentDir: string;
  /** Absolute path of the output folder; Astro empties it first. */
  outDir: string;
  /** Content the caller has already loaded and checked, to avoid reading it twice. */
  loaded?: LoadedContent;
  /** Astro's log level; the CLI keeps it quiet. */
  logLevel?: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** Index the pages for search (default); off only to time Astro alone (`scripts/build.ts --no-search`). */
  search?: boolean;
}

export { ContentError } from './lib/content.ts';

const siteRoot = fileURLToPath(new URL('..', import.meta.url));

/**
 * Astro renders pages from a bundle it writes to `<cwd>/.astro/.prerender` when `outDir` is outside
 * the working directory; that bundle imports the site's packages, so it must sit inside the site
 * package. A fresh folder per build keeps two builds at once from sharing it.
 */
async function inScratchDirectory<T>(run: () => Promise<T>): Promise<T> {
  const scratch = await mkdtemp(join(siteRoot, 'node_modules', '.valmistelu-build-'));
  const previous = process.cwd();
  process.chdir(scratch);
  try {
    return await run();
  } finally {
    process.chdir(previous);
    await rm(scratch, { recursive: true, force: true });
  }
}

/** Rejects with `ContentError` (with located `messages`) when the content has mistakes. */
export async function buildSite(options: BuildSiteOptions): Promise<void> {
  const previous = process.env[contentEnvVar];
  process.env[contentEnvVar] = options.contentDir;
  try {
    const content = primeContent(options.contentDir, options.loaded) ?? getLoadedContent(options.contentDir);
    // Content the caller has loaded is adopted before Astro starts. Content read here loads while
    // Astro bundles, which needs none of it: only the pages wait for it.
    if (options.loaded) await content;
    else content.catch(() => undefined);
    try {
      await inScratchDirectory(() =>
        build({ root: siteRoot, outDir: options.outDir, logLevel: options.logLevel ?? 'warn' }),
      );
    } catch (problem) {
      // A mistake in the content is reported as one (`ContentError`), even when a page met it first.
      await content;
      throw problem;
    }
    if (options.search ?? true) await indexForSearch(options.outDir);
  } finally {
    if (previous === undefined) delete process.env[contentEnvVar];
    else process.env[contentEnvVar] = previous;
  }
}
