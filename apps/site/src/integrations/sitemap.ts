/**
 * Writes the sitemap after the build, with the site's address from the content's `site.yaml`.
 * It replaces `@astrojs/sitemap`, which needs the address in the Astro config: that made the
 * config wait for the whole content to load before Astro could start bundling.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { getLoadedContent } from '../lib/content.ts';
import { sitemapFiles } from '../lib/sitemap.ts';

export function sitemap(): AstroIntegration {
  return {
    name: 'valmistelu-sitemap',
    hooks: {
      async 'astro:build:done'({ dir, pages }) {
        const { content } = await getLoadedContent();
        const files = sitemapFiles(
          content.site.url,
          pages.map((page) => page.pathname),
        );
        const outDir = fileURLToPath(dir);
        await Promise.all([...files].map(([name, text]) => writeFile(join(outDir, name), text)));
      },
    },
  };
}
