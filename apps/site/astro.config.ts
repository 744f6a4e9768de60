/**
 * The site's Astro configuration. Content comes from `VALMISTELU_CONTENT` (see src/lib/content-dir.ts);
 * the public address comes from the content's own `site.yaml`, so another region's folder
 * builds another region's site.
 */
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { remarkHeadingIds } from '@valmistelu/markdown/remark-heading-ids';
import { defineConfig } from 'astro/config';
import { getLoadedContent } from './src/lib/content.ts';
import { contentDir, contentEnvVar } from './src/lib/content-dir.ts';

// Pages are rendered in this process from a bundle; pin the folder so they read the same one.
process.env[contentEnvVar] = contentDir();
const { content } = await getLoadedContent();

export default defineConfig({
  site: content.site.url,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // External stylesheets keep the CSP free of per-page style hashes and let browsers cache them.
    inlineStylesheets: 'never',
  },
  // Astro 7 runs remark plugins only in its unified processor; ours must run in the site's MDX pages.
  markdown: {
    processor: unified({ remarkPlugins: [remarkHeadingIds] }),
    // Highlighting would need inline styles, which the Content Security Policy refuses.
    syntaxHighlight: false,
  },
  integrations: [mdx(), sitemap()],
  devToolbar: { enabled: false },
});
