/**
 * `pnpm run build` in apps/site: the site alone into apps/site/dist (or the folder given as the
 * argument), for working on the site and for the browser tests. The full build (site and PDFs,
 * atomically) is `pnpm valmistelu build` at the root. `--no-search` leaves out the Pagefind index,
 * so that the benchmark can time Astro and Pagefind (`scripts/index-search.ts`) apart.
 * `--cache DIR` keeps the parsed content files there between runs, as `valmistelu build` keeps
 * them in its cache folder; without it every file is parsed again. Astro's own log is warnings
 * only, as under `valmistelu build` (a line per page is a second of 20,000 lines at 100×, which
 * the benchmark would time); `--verbose` shows it all.
 */
import { enableCompileCache } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

// As Astro's own CLI does (and so the Markdown baseline): Node keeps compiled code, and our
// stripped TypeScript, between runs. Not in CI, where the cache would never be read again.
if (!process.env.CI) enableCompileCache();
const { buildSite, ContentError } = await import('../src/build-site.ts');
const { defaultContentDir } = await import('../src/lib/content-dir.ts');
const { contentCacheFile } = await import('@valmistelu/content');

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'no-search': { type: 'boolean', default: false },
    cache: { type: 'string' },
    verbose: { type: 'boolean', default: false },
  },
});
const outDir = positionals[0] ? resolve(positionals[0]) : fileURLToPath(new URL('../dist/', import.meta.url));
const started = performance.now();
try {
  // This script's own input, as the benchmark gives it; buildSite takes the folder as an option.
  const contentDir = process.env.VALMISTELU_CONTENT || defaultContentDir;
  const parseCache = values.cache && { parseCacheFile: contentCacheFile(resolve(values.cache), contentDir) };
  await buildSite({
    contentDir,
    outDir,
    logLevel: values.verbose ? 'info' : 'warn',
    search: !values['no-search'],
    ...parseCache,
  });
  console.log(`Sivusto koottu kansioon ${outDir} (${((performance.now() - started) / 1000).toFixed(1)} s).`);
} catch (problem) {
  if (!(problem instanceof ContentError)) throw problem;
  console.error(problem.message);
  process.exitCode = 1;
}
