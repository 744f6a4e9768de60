/**
 * The caches `valmistelu build` keeps per content folder (parsed files, the site's and the
 * PDFs'), removed so
 * that a build is clean, and at the end of a scale so that the scratch folders leave nothing
 * under the repository's `.cache/`.
 */
import { rm } from 'node:fs/promises';
import { contentCacheFile } from '@valmistelu/content';
import { pdfCacheDir } from '@valmistelu/pdf/cache';
import { siteCacheDir } from '@valmistelu/site/cache';

export async function removeBuildCaches(contentDir: string): Promise<void> {
  await rm(siteCacheDir(contentDir), { recursive: true, force: true });
  await rm(pdfCacheDir(contentDir), { recursive: true, force: true });
  await rm(contentCacheFile(contentDir), { force: true });
}
