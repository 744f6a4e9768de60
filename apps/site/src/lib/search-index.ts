/**
 * Indexes the built site with Pagefind. Pagefind keeps an index per `<html lang>`, each stemmed in
 * its language (Snowball): the Finnish pages' and, on a bilingual site, the Swedish pages' under
 * /sv/, which the Swedish search page searches. Only `<main data-pagefind-body>` is indexed. The
 * pages go in as published: their markup keeps labels apart from values (`Fact.astro`), and the
 * search page looks for other forms of Finnish words itself (`scripts/finnish-search.js`), so
 * nothing is prepared here.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { linkInSortedOrder } from './search/pages-in-order.ts';
import { scratchRoot } from './search/scratch-folder.ts';

/** Pagefind's own output and the writers' editor are not pages of the site. */
const notPages = new Set(['pagefind', 'admin']);

async function pageFiles(siteDir: string): Promise<string[]> {
  const entries = await readdir(siteDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(siteDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((path) => !notPages.has(path.split('/')[0] ?? ''));
}

/**
 * Indexes the pages of `siteDir` into `outputDir`. Pagefind reads a folder on all cores; page by
 * page through its API it would index on one, in the order sent.
 */
export async function indexPages(siteDir: string, outputDir: string): Promise<void> {
  // Absolute, since the links point at the pages from another folder.
  const site = resolve(siteDir);
  const inputDir = await mkdtemp(join(scratchRoot(), 'valmistelu-search-'));
  const { index, errors } = await pagefind.createIndex({});
  try {
    if (!index) throw new Error(`Pagefind ei käynnistynyt: ${errors.join('; ')}`);
    linkInSortedOrder(site, await pageFiles(site), inputDir);
    const added = await index.addDirectory({ path: inputDir });
    if (added.errors.length) throw new Error(`Hakuhakemisto epäonnistui: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: outputDir });
    if (written.errors.length)
      throw new Error(`Hakuhakemiston kirjoitus epäonnistui: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
    await rm(inputDir, { recursive: true, force: true });
  }
}

export function indexForSearch(siteDir: string): Promise<void> {
  return indexPages(siteDir, join(siteDir, 'pagefind'));
}
