/**
 * Pagefind numbers the pages of a folder in the order its file system lists them, and the index
 * it writes follows: the same pages listed in another order give another index. A folder in
 * memory (tmpfs) lists its entries in the order they were made, so pages prepared by two threads
 * gave other bytes on each build (at 100× the default organisation, two runs on the same site
 * wrote two Finnish indexes). The pages are therefore moved, one rename each, into a new folder
 * in their sorted order, the order in which one thread preparing the sorted pages makes them.
 */
import { readdirSync, renameSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { makeFolderOf } from '../write-files-in-background.ts';

/** Moves every file under `fromDir` into `toDir` (new, empty) in the sorted order of their paths. */
export function moveInSortedOrder(fromDir: string, toDir: string): void {
  const paths = readdirSync(fromDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(fromDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
  const made = new Set<string>();
  for (const path of paths) {
    const target = join(toDir, path);
    makeFolderOf(target, made);
    renameSync(join(fromDir, path), target);
  }
}
