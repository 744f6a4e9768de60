/**
 * Indexes the built site with Pagefind. Pagefind keeps an index per `<html lang>`, each stemmed in
 * its language (Snowball): the Finnish pages' and, on a bilingual site, the Swedish pages' under
 * /sv/, which the Swedish search page searches. Each page goes in as `search/index-page.ts`
 * prepares it (on every core, `search/prepare-pages.ts`), with label separators and other forms
 * of its words, so that "katsauksen" finds "Katsaus". Only `<main data-pagefind-body>` is indexed.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { moveInSortedOrder } from './search/in-order.ts';
import { preparePages } from './search/prepare-pages.ts';
import { scratchRoot } from './search/scratch-folder.ts';

/** Pagefind's own output and the writers' editor are not pages of the site. */
const notPages = new Set(['pagefind', 'admin']);

async function pageFiles(siteDir: string): Promise<string[]> {
  const entries = await readdir(siteDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(siteDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((path) => !notPages.has(path.split('/')[0] ?? ''))
    .sort();
}

/** A new scratch folder for pages prepared for Pagefind. */
function searchInputFolder(): Promise<string> {
  return mkdtemp(join(scratchRoot(), 'valmistelu-search-'));
}

/**
 * Indexes the prepared pages under `preparedDir` into `outputDir`. Pagefind reads a folder on all
 * cores and numbers its pages in the order the folder lists them (`search/in-order.ts`); page by
 * page through its API it would index on one, in the order sent.
 */
export async function indexPreparedPages(preparedDir: string, outputDir: string): Promise<void> {
  const inputDir = await searchInputFolder();
  const { index, errors } = await pagefind.createIndex({});
  try {
    if (!index) throw new Error(`Pagefind ei käynnistynyt: ${errors.join('; ')}`);
    moveInSortedOrder(preparedDir, inputDir);
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

export async function indexForSearch(siteDir: string): Promise<void> {
  const preparedDir = await searchInputFolder();
  try {
    await preparePages({ siteDir, inputDir: preparedDir, paths: await pageFiles(siteDir) });
    await indexPreparedPages(preparedDir, join(siteDir, 'pagefind'));
  } finally {
    await rm(preparedDir, { recursive: true, force: true });
  }
}
