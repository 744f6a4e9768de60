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

export async function indexForSearch(siteDir: string): Promise<void> {
  // Pagefind reads a folder on all cores and in a fixed order (so the same site gives a
  // byte-identical index); page by page through its API it would index on one, in the order sent.
  const inputDir = await mkdtemp(join(scratchRoot(), 'valmistelu-search-'));
  const { index, errors } = await pagefind.createIndex({});
  try {
    if (!index) throw new Error(`Pagefind ei käynnistynyt: ${errors.join('; ')}`);
    await preparePages({ siteDir, inputDir, paths: await pageFiles(siteDir) });
    const added = await index.addDirectory({ path: inputDir });
    if (added.errors.length) throw new Error(`Hakuhakemisto epäonnistui: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
    if (written.errors.length)
      throw new Error(`Hakuhakemiston kirjoitus epäonnistui: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
    await rm(inputDir, { recursive: true, force: true });
  }
}
