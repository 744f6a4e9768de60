/**
 * Indexes the built site with Pagefind. Pagefind keeps an index per `<html lang>`, each stemmed in
 * its language (Snowball): the Finnish pages' and, on a bilingual site, the Swedish pages' under
 * /sv/, which the Swedish search page searches. Each page goes in as `search/index-page.ts` prepares it, with label separators and
 * other forms of its words, so that "katsauksen" finds "Katsaus". Only `<main data-pagefind-body>`
 * is indexed.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
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

/** The page's address as Pagefind gives it for a file: `/x/` for `x/index.html`. */
function urlOf(path: string): string {
  return `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
}

export async function indexForSearch(siteDir: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  try {
    if (!index) throw new Error(`Pagefind ei käynnistynyt: ${errors.join('; ')}`);
    const add = async (path: string, content: string) => {
      const added = await index.addHTMLFile({ url: urlOf(path), content });
      if (added.errors.length)
        throw new Error(`Hakuhakemisto epäonnistui (${path}): ${added.errors.join('; ')}`);
    };
    // Pages go in one at a time and in order, so that the same site gives a byte-identical index;
    // the next page is prepared here while Pagefind's own process takes the previous one.
    let adding: Promise<void> = Promise.resolve();
    for (const path of await pageFiles(siteDir)) {
      const content = pageForIndex(await readFile(join(siteDir, path), 'utf8'));
      await adding;
      if (content === undefined) continue;
      adding = add(path, content);
      // Its failure is thrown at the next await of it, not reported as unhandled meanwhile.
      adding.catch(() => undefined);
    }
    await adding;
    const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
    if (written.errors.length)
      throw new Error(`Hakuhakemiston kirjoitus epäonnistui: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
}
