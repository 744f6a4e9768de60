/**
 * The site on its own, as the Markdown baseline is: `apps/site/scripts/build.ts --no-search` in a
 * fresh process (content loading, Astro and its page rendering), then the Pagefind index of that
 * output in another (`scripts/index-search.ts`). Search indexing is a real cost of the site but
 * not of the floor, so it is its own row instead of hiding inside the site's cost per page.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { type BenchContext, runIn, runsFor } from './bench-context.ts';
import { countHtmlPages } from './measure/pdf-pages.ts';
import { type Repeated, repeatRuns } from './measure/repeat-runs.ts';
import { type Metric, measured, missing, type ScaleMetricKey } from './results.ts';

type SiteMetrics = Pick<
  Record<ScaleMetricKey, Metric>,
  'site' | 'sitePages' | 'sitePerPage' | 'search' | 'searchPerPage'
>;

export interface SiteMeasurement {
  metrics: SiteMetrics;
  /** Every run, for the peak memory of the scale. */
  repeated: Repeated[];
}

function siteScript(context: BenchContext, script: string, args: readonly string[], contentDir: string) {
  return runIn(context, process.execPath, [join(context.repoDir, 'apps/site/scripts', script), ...args], {
    env: { ...process.env, VALMISTELU_CONTENT: contentDir },
  });
}

export async function measureSite(
  context: BenchContext,
  contentDir: string,
  scale: number,
): Promise<SiteMeasurement> {
  const heavy = runsFor(context, scale, 'heavy');
  const outDir = join(context.workDir, `site-alone-${scale}`);
  context.log(`${scale}×: site alone (no search index) ×${heavy}`);
  // No warm-up of its own: `valmistelu build` of the same content has just run the same Astro build.
  const site = await repeatRuns(heavy, 'site build', async () => {
    // Astro empties an existing output folder first; the Markdown baseline starts without one too.
    await rm(outDir, { recursive: true, force: true });
    // With the parsed files `valmistelu build` keeps in the same cache, as the site gets them there.
    return siteScript(context, 'build.ts', ['--no-search', '--cache', context.cacheDir, outDir], contentDir);
  });
  const pages = site.ok ? await countHtmlPages(outDir) : 0;
  if (!site.ok || pages === 0) {
    const reason = site.ok ? 'the site build wrote no HTML pages' : site.reason;
    const none = {
      site: missing('s', reason),
      sitePages: missing('pages', reason),
      sitePerPage: missing('s', reason),
      search: missing('s', reason),
      searchPerPage: missing('s', reason),
    };
    return { metrics: none, repeated: [site] };
  }
  context.log(`${scale}×: search index (Pagefind) ×${heavy}`);
  const search = await repeatRuns(heavy, 'search index', () =>
    siteScript(context, 'index-search.ts', [outDir], contentDir),
  );
  return {
    metrics: {
      site: measured(site.seconds, 's', site.runs),
      sitePages: measured(pages, 'pages'),
      sitePerPage: measured(site.seconds / pages, 's'),
      search: search.ok ? measured(search.seconds, 's', search.runs) : missing('s', search.reason),
      searchPerPage: search.ok ? measured(search.seconds / pages, 's') : missing('s', search.reason),
    },
    repeated: [site, search],
  };
}
