/**
 * `node scripts/index-search.ts <site folder>`: (re)writes the Pagefind index of a built site.
 * `buildSite` does this itself; the benchmark runs it apart to time search indexing on its own.
 */
import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { indexForSearch } from '../src/lib/search-index.ts';

const [siteDir] = process.argv.slice(2);
if (!siteDir) {
  console.error('Käyttö: node scripts/index-search.ts <sivuston kansio>');
  process.exitCode = 2;
} else {
  const dir = resolve(siteDir);
  await rm(join(dir, 'pagefind'), { recursive: true, force: true });
  await indexForSearch(dir);
}
