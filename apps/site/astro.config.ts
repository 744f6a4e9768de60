/**
 * The site's Astro configuration, made for one content folder by `siteConfig()`. `buildSite` and
 * `startDevServer` pass it to Astro inline (no config file, nothing in the environment); the
 * default export is the same for the repository's `content/`, for `astro check` and editors.
 * The public address is the content's own `site.yaml` (`site`, for the sitemap and feeds), so
 * another region's folder builds another region's site; its path, if any, is Astro's `base`
 * (src/middleware.ts puts the pages' links under it).
 */
import { join } from 'node:path';
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { readSiteFileField } from '@valmistelu/content/site-file-field';
import type { Shard } from '@valmistelu/domain/shard';
import { basePath } from '@valmistelu/domain/urls';
import { remarkHeadingIds } from '@valmistelu/markdown/remark-heading-ids';
import type { AstroUserConfig } from 'astro';
import { defineConfig } from 'astro/config';
import { admin } from './src/integrations/admin.ts';
import { buildProgress, type PageProgress } from './src/integrations/build-progress.ts';
import { type ContentReading, contentFolder } from './src/integrations/content-folder.ts';
import { openDecisionFiles } from './src/integrations/open-decision-files.ts';
import { pageShard } from './src/integrations/page-shard.ts';
import { staticAdapter } from './src/integrations/static-adapter.ts';
import { defaultContentDir } from './src/lib/content-dir.ts';

export interface SiteConfigOptions extends ContentReading {
  /** Absolute path of the content folder. */
  contentDir: string;
  /** Astro's cache (its data store, and with `incremental` the previous build's pages); Astro's default when absent. */
  cacheDir?: string;
  /** Astro's incremental build: pages whose cache key is unchanged are copied from `cacheDir`. */
  incremental?: boolean;
  /** Where the bundle that renders the pages goes; inside the site package (src/integrations/static-adapter.ts). */
  serverDir?: string;
  /** Told of each page rendered, for a progress line (src/integrations/build-progress.ts). */
  onPage?: (progress: PageProgress) => void;
  /** Render only this shard's pages (src/integrations/page-shard.ts); no per-page progress then. */
  shard?: Shard;
}

export function siteConfig(options: SiteConfigOptions): AstroUserConfig {
  // Read on its own: Astro's `site` (which the sitemap needs) is set before the content is loaded.
  const site = readSiteFileField(options.contentDir, 'url');
  // A site published under a path (a GitHub Pages project site) is served there; the files stay at the output's root.
  const base = site ? basePath(site) : '/';
  const reading: ContentReading = {
    today: options.today,
    publication: options.publication,
    parseCacheFile: options.parseCacheFile,
  };
  return {
    ...(site && { site }),
    ...(base !== '/' && { base }),
    ...(options.cacheDir && { cacheDir: options.cacheDir }),
    trailingSlash: 'always',
    build: {
      format: 'directory',
      // Pages render while earlier pages are written; one at a time left the CPU idle on file I/O.
      concurrency: 8,
      // External stylesheets keep the CSP free of per-page style hashes and let browsers cache them.
      inlineStylesheets: 'never',
      ...(options.serverDir && { server: options.serverDir }),
    },
    // Astro 7 runs remark plugins only in its unified processor; ours must run in the site's MDX pages.
    markdown: {
      processor: unified({ remarkPlugins: [remarkHeadingIds] }),
      // Highlighting would need inline styles, which the Content Security Policy refuses.
      syntaxHighlight: false,
    },
    integrations: [
      contentFolder(options.contentDir, reading),
      openDecisionFiles(
        options.contentDir,
        reading,
        options.shard,
        // Only in a cache the caller holds for the build: a clean build writes every file.
        options.incremental && options.cacheDir ? join(options.cacheDir, 'valmistelu-avoin-data') : undefined,
      ),
      mdx(),
      // The same files as before: 45,000 addresses a file leaves room under the protocol's 50,000.
      sitemap({ entryLimit: 45_000 }),
      admin({ contentDir: options.contentDir, parseCacheFile: options.parseCacheFile, reading }),
      ...(options.serverDir ? [staticAdapter()] : []),
      // Astro keeps one prerenderer: a shard's or the progress line's.
      ...(options.shard ? [pageShard(options.shard)] : options.onPage ? [buildProgress(options.onPage)] : []),
    ],
    devToolbar: { enabled: false },
    // The pages' keys: src/lib/page-cache-key.ts. Skipped pages are copied byte for byte.
    experimental: { incrementalBuild: options.incremental ?? false },
    vite: {
      build: {
        rolldownOptions: {
          // Our packages are left to Node, which has already loaded them for the content: bundling
          // them pulled their whole dependency tree (zod, yaml, micromark, acorn) into every build.
          external: [/^@valmistelu\//],
        },
      },
    },
  };
}

export default defineConfig(siteConfig({ contentDir: defaultContentDir }));
