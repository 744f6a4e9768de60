/**
 * Tells the content loader which folder to read, the way Starlight hands its options to its
 * loader: a virtual module, `virtual:valmistelu/content-folder`, whose default export is the
 * folder's absolute path. The folder is an option of the site's config, so a build of another
 * folder is another config, with nothing read from the environment or shared in the process.
 *
 * It also serves what the loader wrote for the pages' images, `virtual:valmistelu/content-images`
 * (`loaders/image-imports.ts`), and under `pnpm dev` loads it again when the loader rewrites it.
 * Its `base` is the path the site is published under (Astro's `base`, lib/site-base.ts), and
 * `pageKeys` whether the build reuses pages by their keys (lib/page-cache-key.ts).
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { PublicationOptions } from '@valmistelu/content';
import type { AstroIntegration } from 'astro';
import type { ViteDevServer } from 'vite';
import type { ModuleRunner } from 'vite/module-runner';
import { imageImportsFile, noImagesModule } from '../loaders/image-imports.ts';

const moduleId = 'virtual:valmistelu/content-folder';
const resolvedId = `\0${moduleId}`;
const imagesId = 'virtual:valmistelu/content-images';
/** Before the loader has written anything (a page rendered before the first sync). */
const noImagesId = `\0${imagesId}`;
/**
 * Astro's mark for content data (astro/dist/core/build/incremental-metadata.js, not exported):
 * the incremental build leaves such a module, and what only it imports, out of the pages' code
 * hashes, since each page's cache key covers the data it shows. The image imports change with
 * every image added or edited; the keys of the pages that show an image hold its digest
 * (`lib/views/render-body.ts`). The module also passes on `astro:assets`, whose code names the
 * build's own scratch folder: imported by a page, it would make every build's hash of that page
 * new. What `astro:assets` does is fixed by Astro's version and the image settings, and a change
 * of either (the lockfile or the config) already starts the incremental cache afresh.
 */
const contentDataMeta = { astroIncremental: { kind: 'content-data' } };

/** Makes every environment load the rewritten module again, and the browser reload the page. */
function reloadModule(server: ViteDevServer, file: string): void {
  for (const environment of Object.values(server.environments)) {
    for (const module of environment.moduleGraph.getModulesByFile(file) ?? [])
      environment.moduleGraph.invalidateModule(module);
    // The environment that renders pages runs modules itself and keeps what it ran.
    const runner = (environment as { runner?: ModuleRunner }).runner;
    for (const module of runner?.evaluatedModules.getModulesByFile(file) ?? [])
      runner?.evaluatedModules.invalidateModule(module);
  }
  server.ws.send({ type: 'full-reload' });
}

/** How the loader dates the content and what it leaves out (see `ContentReading`). */
export interface ContentReading {
  /** The date for content whose site.yaml sets none. */
  today?: string | undefined;
  /** For a build: only what is public at `moment`, dated `asOf` (`publicationOf`). */
  publication?: PublicationOptions | undefined;
  /**
   * Where parsed files are kept between runs (`contentCacheFile` of the CLI's cache folder); none
   * kept when absent. Not part of the image imports' key: it changes where, not what, is read.
   */
  parseCacheFile?: string | undefined;
}

export function contentFolder(contentDir: string, reading: ContentReading = {}): AstroIntegration {
  let imagesFile = '';
  return {
    name: 'valmistelu-content-folder',
    hooks: {
      'astro:config:setup'({ config, updateConfig }) {
        imagesFile = imageImportsFile(fileURLToPath(config.cacheDir), contentDir, reading);
        // Astro's `base` as configured: `import.meta.env.BASE_URL` would take a `BASE_URL` variable of the environment instead.
        const base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        const pageKeys = config.experimental.incrementalBuild === true;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'valmistelu-content-folder',
                resolveId(id) {
                  if (id === moduleId) return resolvedId;
                  if (id !== imagesId) return undefined;
                  // The file itself, so that its relative imports resolve from where it is.
                  return existsSync(imagesFile) ? imagesFile : noImagesId;
                },
                async load(id) {
                  // Loaded here rather than by Vite, for the mark (a resolved id's `meta` is not kept).
                  if (id === imagesFile) return { code: await readFile(id, 'utf8'), meta: contentDataMeta };
                  if (id === noImagesId) return { code: noImagesModule, meta: contentDataMeta };
                  if (id !== resolvedId) return undefined;
                  return [
                    `export default ${JSON.stringify(contentDir)};`,
                    `export const reading = ${JSON.stringify(reading)};`,
                    `export const base = ${JSON.stringify(base)};`,
                    `export const pageKeys = ${JSON.stringify(pageKeys)};`,
                  ].join('\n');
                },
                configureServer(server) {
                  server.watcher.add(imagesFile);
                  const changed = (file: string) => {
                    if (file === imagesFile) reloadModule(server, file);
                  };
                  server.watcher.on('add', changed);
                  server.watcher.on('change', changed);
                },
              },
            ],
          },
        });
      },
    },
  };
}
