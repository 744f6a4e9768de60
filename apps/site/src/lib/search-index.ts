/**
 * Indexes the built site with Pagefind. Pagefind keeps an index per `<html lang>`, each stemmed in
 * its language (Snowball): the Finnish pages' and, on a bilingual site, the Swedish pages' under
 * /sv/, which the Swedish search page searches. Only `<main data-pagefind-body>` is indexed. The
 * pages go in as published: their markup keeps labels apart from values (`Fact.astro`), and the
 * search page looks for other forms of Finnish words itself (`scripts/finnish-search.js`), so
 * nothing is prepared here.
 *
 * A large site is indexed in bundles (`search/search-bundles.ts`) listed in `pagefind/osat.json`,
 * which the search page merges. Given a cache folder, a bundle whose pages are unchanged is copied
 * from the previous build instead of indexed again: its key is Pagefind's version and its pages'
 * paths and bytes, so a copied bundle is the one indexing would write.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, linkSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { linkInSortedOrder } from './search/pages-in-order.ts';
import { scratchRoot } from './search/scratch-folder.ts';
import {
  defaultBundlePages,
  type IndexedPage,
  type SearchBundle,
  searchBundles,
} from './search/search-bundles.ts';

/** The Pagefind this site is indexed with, as pinned: part of every bundle's cache key. */
const pagefindVersion: string = JSON.parse(
  readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
).dependencies.pagefind;

/** Pagefind's own output and the writers' editor are not pages of the site. */
const notPages = new Set(['pagefind', 'admin']);

/** The search page reads this file in `pagefind/` to find the bundles of its language. */
export const bundleManifestFile = 'osat.json';

export interface IndexOptions {
  /**
   * Bundles of earlier builds of this site, kept between builds; the folder is this module's
   * alone, and bundles this build does not use are removed from it.
   */
  cacheDir?: string;
  /** Pages per bundle at most, about (`search-bundles.ts`). */
  bundlePages?: number;
}

async function pageFiles(siteDir: string): Promise<string[]> {
  const entries = await readdir(siteDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(siteDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((path) => !notPages.has(path.split('/')[0] ?? ''))
    .sort();
}

/** `<html lang>` as Pagefind reads it: lower case, `unknown` when missing or not a language tag. */
function languageOf(html: Buffer): string {
  const start = html.subarray(0, 2048).toString('utf8');
  const lang = /<html\b[^>]*?\slang=["']?([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)*)/.exec(start)?.[1];
  return lang?.toLowerCase() ?? 'unknown';
}

interface ReadPage extends IndexedPage {
  digest: string;
}

function readPages(siteDir: string, paths: readonly string[]): ReadPage[] {
  return paths.map((path) => {
    const html = readFileSync(join(siteDir, path));
    return { path, language: languageOf(html), digest: createHash('sha256').update(html).digest('hex') };
  });
}

/** The cache key of a bundle: what indexing it depends on. */
function bundleKey(bundle: SearchBundle, digests: ReadonlyMap<string, string>): string {
  const hash = createHash('sha256').update(`pagefind ${pagefindVersion}\n${bundle.folder}\n`);
  for (const path of bundle.paths) hash.update(`${path}\0${digests.get(path)}\n`);
  return hash.digest('hex');
}

/** Indexes one bundle's pages into `outputPath`, from a folder of links in sorted order. */
async function indexBundle(siteDir: string, bundle: SearchBundle, outputPath: string): Promise<void> {
  const inputDir = await mkdtemp(join(scratchRoot(), 'valmistelu-search-'));
  const { index, errors } = await pagefind.createIndex({});
  try {
    if (!index) throw new Error(`Pagefind ei käynnistynyt: ${errors.join('; ')}`);
    linkInSortedOrder(siteDir, bundle.paths, inputDir);
    const added = await index.addDirectory({ path: inputDir });
    if (added.errors.length) throw new Error(`Hakuhakemisto epäonnistui: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length)
      throw new Error(`Hakuhakemiston kirjoitus epäonnistui: ${written.errors.join('; ')}`);
  } finally {
    await index?.deleteIndex();
    await rm(inputDir, { recursive: true, force: true });
  }
}

/**
 * Gives `to` (new) the files of `from`: hard links, one system call a file and no bytes written,
 * where both lie on one filesystem, else copies. A bundle's files are never written again once
 * made (a changed bundle is a new folder), so the output and the cache may share them; at 100× the
 * default organisation copying the nine unchanged bundles took 2.5 s.
 */
function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const [source, target] = [join(from, entry.name), join(to, entry.name)];
    if (entry.isDirectory()) linkTree(source, target);
    else {
      try {
        linkSync(source, target);
      } catch (problem) {
        if ((problem as NodeJS.ErrnoException).code !== 'EXDEV') throw problem;
        copyFileSync(source, target);
      }
    }
  }
}

/** Keeps a freshly indexed bundle in the cache, whole or not at all. */
async function keepInCache(bundleDir: string, cacheDir: string, key: string): Promise<void> {
  const partial = `${join(cacheDir, key)}.${process.pid}.partial`;
  await rm(partial, { recursive: true, force: true });
  linkTree(bundleDir, partial);
  await rm(join(cacheDir, key), { recursive: true, force: true });
  await rename(partial, join(cacheDir, key));
}

/** Removes the cache's bundles this build did not use: the next build starts from this one's. */
async function pruneCache(cacheDir: string, used: ReadonlySet<string>): Promise<void> {
  for (const name of await readdir(cacheDir)) {
    if (!used.has(name) && /^[0-9a-f]{64}(\.\d+\.partial)?$/.test(name))
      await rm(join(cacheDir, name), { recursive: true, force: true });
  }
}

/**
 * Indexes the pages of `siteDir` into `outputDir`. Pagefind reads a folder on all cores; page by
 * page through its API it would index on one, in the order sent.
 */
export async function indexPages(
  siteDir: string,
  outputDir: string,
  options: IndexOptions = {},
): Promise<void> {
  // Absolute, since the links point at the pages from another folder.
  const site = resolve(siteDir);
  const pages = readPages(site, await pageFiles(site));
  const digests = new Map(pages.map((page) => [page.path, page.digest]));
  const { bundles, manifest } = searchBundles(pages, options.bundlePages ?? defaultBundlePages);
  const { cacheDir } = options;
  if (cacheDir) await mkdir(cacheDir, { recursive: true });
  const used = new Set<string>();
  try {
    for (const bundle of bundles) {
      const bundleDir = join(outputDir, bundle.folder);
      const key = bundleKey(bundle, digests);
      used.add(key);
      if (cacheDir) {
        try {
          linkTree(join(cacheDir, key), bundleDir);
          continue;
        } catch {
          // Not cached (or only in part): indexed afresh.
          await rm(bundleDir, { recursive: true, force: true });
        }
      }
      await indexBundle(site, bundle, bundleDir);
      if (cacheDir) await keepInCache(bundleDir, cacheDir, key);
    }
  } finally {
    await pagefind.close();
  }
  await mkdir(outputDir, { recursive: true });
  await writeFile(join(outputDir, bundleManifestFile), `${JSON.stringify(manifest)}\n`);
  if (cacheDir) await pruneCache(cacheDir, used);
}

export function indexForSearch(siteDir: string, options: IndexOptions = {}): Promise<void> {
  return indexPages(siteDir, join(siteDir, 'pagefind'), options);
}
