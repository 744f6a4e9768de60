/**
 * Pagefind numbers the pages of a folder in an order that follows how the files were made, and
 * the index it writes follows: the same pages written in another order (as the site's worker
 * threads write them, differently on each build) give another index, even where the folder lists
 * them alike. So Pagefind reads a folder of links to the pages, made one after another in the
 * pages' sorted order: a link costs one system call, no copy, and the index depends on the pages
 * alone.
 */
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { makeFolderOf } from '../write-files-in-background.ts';

/** Links each page of `paths` (`/`-separated, under `siteDir`) from `linkDir` (new), in sorted order. */
export function linkInSortedOrder(siteDir: string, paths: readonly string[], linkDir: string): void {
  const made = new Set<string>();
  for (const path of [...paths].sort()) {
    const link = join(linkDir, path);
    makeFolderOf(link, made);
    symlinkSync(join(siteDir, path), link);
  }
}
