/**
 * `pnpm run build` in apps/site: the site alone into apps/site/dist (or the folder given as the
 * first argument), for working on the site and for the browser tests. The full build (site and
 * PDFs, atomically) is `pnpm valmistelu build` at the root.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSite } from '../src/build-site.ts';
import { ContentError } from '../src/lib/content.ts';
import { contentDir } from '../src/lib/content-dir.ts';

const outDir = process.argv[2]
  ? resolve(process.argv[2])
  : fileURLToPath(new URL('../dist/', import.meta.url));
const started = performance.now();
try {
  await buildSite({ contentDir: contentDir(), outDir, logLevel: 'info' });
  console.log(`Sivusto koottu kansioon ${outDir} (${((performance.now() - started) / 1000).toFixed(1)} s).`);
} catch (problem) {
  if (!(problem instanceof ContentError)) throw problem;
  console.error(problem.message);
  process.exitCode = 1;
}
