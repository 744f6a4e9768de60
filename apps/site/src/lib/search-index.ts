/**
 * Indexes the built site with Pagefind. Pages are `lang="fi"`, so Pagefind stems Finnish words
 * (Snowball): "päivystyksen" finds "Päivystys". Only `<main data-pagefind-body>` is indexed.
 */
import { join } from 'node:path';
import * as pagefind from 'pagefind';

export async function indexForSearch(siteDir: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  try {
    if (!index) throw new Error(`Pagefind ei käynnistynyt: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length) throw new Error(`Hakuhakemisto epäonnistui: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
    if (written.errors.length)
      throw new Error(`Hakuhakemiston kirjoitus epäonnistui: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
}
