/**
 * Indexes the built site with Pagefind. Pagefind keeps an index per `<html lang>`, each stemmed in
 * its language (Snowball): the Finnish pages' and, on a bilingual site, the Swedish pages' under
 * /sv/, which the Swedish search page searches. Each page goes in as `search/index-page.ts` prepares it, with label separators and
 * other forms of its words, so that "katsauksen" finds "Katsaus". Only `<main data-pagefind-body>`
 * is indexed.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { pageForIndex } from './search/index-page.ts';

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

/** Pages prepared at once: reading and writing overlap the preparing, which is synchronous. */
const preparedAtOnce = 8;

/** Writes each page with a body to search, as `pageForIndex` prepares it, under `inputDir`. */
async function writePreparedPages(siteDir: string, inputDir: string): Promise<void> {
  const paths = await pageFiles(siteDir);
  let next = 0;
  const worker = async () => {
    for (let at = next++; at < paths.length; at = next++) {
      const path = paths[at] as string;
      const content = pageForIndex(await readFile(join(siteDir, path), 'utf8'));
      if (content === undefined) continue;
      await mkdir(dirname(join(inputDir, path)), { recursive: true });
      await writeFile(join(inputDir, path), content);
    }
  };
  await Promise.all(Array.from({ length: preparedAtOnce }, worker));
}

export async function indexForSearch(siteDir: string): Promise<void> {
  // Pagefind reads a folder on all cores and in a fixed order (so the same site gives a
  // byte-identical index); page by page through its API it would index on one, in the order sent.
  const inputDir = await mkdtemp(join(tmpdir(), 'valmistelu-search-'));
  const { index, errors } = await pagefind.createIndex({});
  try {
    if (!index) throw new Error(`Pagefind ei käynnistynyt: ${errors.join('; ')}`);
    await writePreparedPages(siteDir, inputDir);
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
