/**
 * Reports the pages of a build one by one, for the CLI's progress line. Astro gives no per-page
 * hook, but `astro:build:start` lets an integration wrap the prerenderer that renders them: the
 * paths it returns are the total, each render one page done. Pages the incremental build copies
 * from its cache are not rendered; the count is made whole when the pages are generated.
 * Astro keeps one prerenderer: an adapter that set its own would be replaced by the default.
 */
import type { AstroIntegration, AstroPrerenderer } from 'astro';

export interface PageProgress {
  done: number;
  total: number;
  /** The path of the page just rendered. */
  current?: string;
}

function withProgress(inner: AstroPrerenderer, onPage: (progress: PageProgress) => void): AstroPrerenderer {
  let total = 0;
  let done = 0;
  return {
    name: inner.name,
    ...(inner.setup && { setup: inner.setup.bind(inner) }),
    async getStaticPaths() {
      const paths = await inner.getStaticPaths();
      total = paths.length;
      onPage({ done, total });
      return paths;
    },
    async render(request, options) {
      const response = await inner.render(request, options);
      done += 1;
      onPage({ done: Math.min(done, total), total, current: new URL(request.url).pathname });
      return response;
    },
    ...(inner.collectStaticImages && { collectStaticImages: inner.collectStaticImages.bind(inner) }),
    ...(inner.teardown && { teardown: inner.teardown.bind(inner) }),
  };
}

/**
 * With an adapter (src/integrations/static-adapter.ts) and a prerenderer set, Astro leaves its own
 * prerender entry out, for the adapter to bring one; a wrapped default prerenderer needs Astro's
 * own. The `astro:build:setup` hook of every integration that wraps it.
 */
export function usePrerenderEntry({
  target,
  updateConfig,
}: Parameters<NonNullable<AstroIntegration['hooks']['astro:build:setup']>>[0]): void {
  if (target !== 'server') return;
  updateConfig({
    environments: {
      prerender: { build: { rolldownOptions: { input: 'astro/entrypoints/prerender' } } },
    },
  });
}

export function buildProgress(onPage: (progress: PageProgress) => void): AstroIntegration {
  let total = 0;
  return {
    name: 'valmistelu-build-progress',
    hooks: {
      'astro:build:start'({ setPrerenderer }) {
        setPrerenderer((inner) =>
          withProgress(inner, (progress) => {
            total = progress.total;
            onPage(progress);
          }),
        );
      },
      'astro:build:setup': usePrerenderEntry,
      'astro:build:generated'() {
        if (total > 0) onPage({ done: total, total });
      },
    },
  };
}
