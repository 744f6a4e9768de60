/**
 * The site's Astro configuration. Content comes from `VALMISTELU_CONTENT` (see src/lib/content-dir.ts);
 * the public address comes from the content's own `site.yaml` (canonical links, feeds and the
 * sitemap read it from the model), so another region's folder builds another region's site. The
 * config itself does not wait for the content: Astro bundles while `buildSite` loads it.
 */
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import { remarkHeadingIds } from '@valmistelu/markdown/remark-heading-ids';
import { defineConfig } from 'astro/config';
import { admin } from './src/integrations/admin.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { contentDir, contentEnvVar } from './src/lib/content-dir.ts';

// Pages are rendered in this process from a bundle; pin the folder so they read the same one.
process.env[contentEnvVar] = contentDir();

export default defineConfig({
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Pages render while earlier pages are written; one at a time left the CPU idle on file I/O.
    concurrency: 8,
    // External stylesheets keep the CSP free of per-page style hashes and let browsers cache them.
    inlineStylesheets: 'never',
  },
  // Astro 7 runs remark plugins only in its unified processor; ours must run in the site's MDX pages.
  markdown: {
    processor: unified({ remarkPlugins: [remarkHeadingIds] }),
    // Highlighting would need inline styles, which the Content Security Policy refuses.
    syntaxHighlight: false,
  },
  integrations: [mdx(), sitemap(), admin({ contentDir: contentDir() })],
  devToolbar: { enabled: false },
  vite: {
    build: {
      rolldownOptions: {
        // Our packages are left to Node, which has already loaded them for the content: bundling
        // them pulled their whole dependency tree (zod, yaml, micromark, acorn) into every build.
        external: [/^@valmistelu\//],
      },
    },
  },
});
