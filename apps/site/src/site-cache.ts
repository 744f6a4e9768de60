/**
 * The site's caches for incremental builds: one per content folder under `site/` of the cache
 * folder the caller chooses (the CLI's `--cache`), holding Astro's incremental build manifest and the pages it can
 * reuse. Every temporary content folder (each test run makes some) adds an entry, so the folder
 * is bounded: a build keeps the `keptSiteCaches` most recently used entries (its own among them)
 * and removes the rest. "Used" is the entry folder's modification time, set when a build takes
 * the entry. Deleting any entry, or the whole folder, is always safe: the next build is clean.
 */
import { createHash } from 'node:crypto';
import { readdir, rm, stat, utimes } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/** Entries kept: a few content folders worked on in turn stay incremental, tests' leftovers go. */
export const keptSiteCaches = 8;

/** The cache for builds of one content folder, under the tool's cache folder `cacheDir`. */
export function siteCacheDir(cacheDir: string, contentDir: string): string {
  const key = createHash('sha256').update(resolve(contentDir)).digest('hex').slice(0, 16);
  return join(cacheDir, 'site', key);
}

export interface CacheEntry {
  name: string;
  /** When a build last took it, in milliseconds. */
  usedMs: number;
}

/**
 * The entries beyond the `keep` most recently used, oldest last, never `current`. Ties keep the
 * order of the names, so the choice does not depend on the order the folder is listed in. Pure.
 */
export function staleCacheEntries(entries: readonly CacheEntry[], keep: number, current?: string): string[] {
  const others = entries
    .filter((entry) => entry.name !== current)
    .sort((a, b) => b.usedMs - a.usedMs || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return others.slice(Math.max(0, keep - (current === undefined ? 0 : 1))).map((entry) => entry.name);
}

/** Marks an entry as used now, for the bound's "most recently used". */
export async function markSiteCacheUsed(cacheDir: string): Promise<void> {
  const now = new Date();
  await utimes(cacheDir, now, now).catch(() => undefined);
}

export interface PruneOptions {
  /** The entry this build uses: always kept. */
  current?: string;
  keep?: number;
  /**
   * Takes an entry for its removal (the same lock a build takes), or returns undefined when a
   * build holds it: that entry stays.
   */
  take(cacheDir: string): Promise<(() => Promise<void>) | undefined>;
}

/** Removes all but the most recently used entries under `root`; returns the folders removed. */
export async function pruneSiteCaches(root: string, options: PruneOptions): Promise<string[]> {
  let names: string[];
  try {
    names = (await readdir(root, { withFileTypes: true }))
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
  } catch {
    return [];
  }
  const entries: CacheEntry[] = [];
  for (const name of names) {
    const info = await stat(join(root, name)).catch(() => undefined);
    if (info) entries.push({ name, usedMs: info.mtimeMs });
  }
  const current =
    options.current && names.find((name) => resolve(root, name) === resolve(options.current ?? ''));
  const removed: string[] = [];
  for (const name of staleCacheEntries(entries, options.keep ?? keptSiteCaches, current)) {
    const dir = join(root, name);
    const release = await options.take(dir);
    if (!release) continue;
    try {
      await rm(dir, { recursive: true, force: true });
      removed.push(dir);
    } finally {
      await release();
    }
  }
  return removed;
}
