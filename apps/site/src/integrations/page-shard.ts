/**
 * One shard's share of the pages (`valmistelu build --shard I/N`): every page and endpoint whose
 * path falls in another shard (`@valmistelu/domain/shard`) is answered with an empty body, which
 * Astro writes no file for, without rendering it. Astro still counts it as a page, so the sitemap
 * each shard writes lists the whole site and is the same file in every shard; the shared files
 * (`_astro/` bundles, `public/`, the editor) are written by every shard, alike. The images a page
 * uses are made by the shard that renders it. `valmistelu merge` puts the shards back together.
 *
 * Astro keeps one prerenderer (src/integrations/build-progress.ts says the same), so a shard's
 * build shows no per-page progress.
 */
import { inShard, type Shard } from '@valmistelu/domain/shard';
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { usePrerenderEntry } from './build-progress.ts';

/**
 * Pages every shard renders, the same bytes in each: the editor's files (src/integrations/admin.ts)
 * take the site's stylesheets from the home page.
 */
const everyShard = new Set(['/']);

/** Whether `shard` renders the page at `path` (the site's own path, without Astro's `base`). */
export function rendersPage(path: string, shard: Shard): boolean {
  return everyShard.has(path) || inShard(path, shard);
}

/**
 * The prerenderer `inner` for the pages of `shard` only; the others get an empty answer.
 * @param base Astro's `base`, taken off the requests' paths so that a page has one shard wherever the site is published.
 */
export function shardPrerenderer(inner: AstroPrerenderer, shard: Shard, base = '/'): AstroPrerenderer {
  const prefix = base.replace(/\/+$/, '');
  return {
    name: inner.name,
    ...(inner.setup && { setup: inner.setup.bind(inner) }),
    getStaticPaths: () => inner.getStaticPaths(),
    async render(request, options) {
      const { pathname } = new URL(request.url);
      const path = prefix && pathname.startsWith(`${prefix}/`) ? pathname.slice(prefix.length) : pathname;
      if (!rendersPage(path, shard)) return new Response(null);
      return inner.render(request, options);
    },
    ...(inner.collectStaticImages && { collectStaticImages: inner.collectStaticImages.bind(inner) }),
    ...(inner.teardown && { teardown: inner.teardown.bind(inner) }),
  };
}

export function pageShard(shard: Shard): AstroIntegration {
  let base = '/';
  return {
    name: 'valmistelu-page-shard',
    hooks: {
      'astro:config:done'({ config }) {
        base = config.base;
      },
      'astro:build:start'({ setPrerenderer }) {
        setPrerenderer((inner) => shardPrerenderer(inner, shard, base));
      },
      'astro:build:setup': usePrerenderEntry,
    },
  };
}
