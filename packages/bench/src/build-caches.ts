/**
 * The caches `valmistelu build` keeps per content folder (parsed files, the site's and the
 * PDFs') in the benchmark's cache folder, removed so that a build is clean.
 */
import { rm } from 'node:fs/promises';
import { contentCacheFile } from '@valmistelu/content';
import { pdfCacheDir } from '@valmistelu/pdf-publish/cache';
import { siteCacheDir } from '@valmistelu/site/cache';

export async function removeBuildCaches(cacheDir: string, contentDir: string): Promise<void> {
  await rm(siteCacheDir(cacheDir, contentDir), { recursive: true, force: true });
  await rm(pdfCacheDir(cacheDir, contentDir), { recursive: true, force: true });
  await rm(contentCacheFile(cacheDir, contentDir), { force: true });
}
