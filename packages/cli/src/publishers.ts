/**
 * The parts of the main job, in order. Each writes into the temporary output folder; they are
 * imported lazily so that `check` never pays for loading Astro or pdfmake. Each gets the public
 * content only (`publicationOf` for the run's date): drafts and news scheduled later never reach
 * them. They run at the same time (`publish-together.ts`), each in a process of its own that
 * gives its memory back when it ends: the site, then its search index; meanwhile, at a lower
 * priority, the check of the content and the PDFs from what it loaded (`check-gate.ts`).
 */
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { type ContentMessage, formatMessage } from '@valmistelu/content';
import type { Shard } from '@valmistelu/domain/shard';
import type { RemoteCacheLocation } from '@valmistelu/pdf-publish/remote-cache';
import type { SiteProgress } from '@valmistelu/site';
import type { CheckGate } from './check-gate.ts';
import type { CliIo } from './cli-io.ts';
import { acquireLock, LockTimeoutError } from './file-lock.ts';
import { buildPdfsInChild } from './pdf-process.ts';
import { siteProgress } from './progress/publish-progress.ts';
import type { RunDate } from './run-date.ts';
import {
  buildSiteInChild,
  type SiteBuildRequest,
  type SiteChild,
  type SiteOutcome,
  startSiteChild,
} from './site-process.ts';

/** A content folder, the check it is going through, and the run's date. */
export interface PublishInput {
  contentDir: string;
  /** The tool's cache folder (`--cache`). */
  cacheDir: string;
  /** The date the build was started with (`planned-run-date.ts`); the check confirms it. */
  date: RunDate;
  /** The content's check, run by the PDFs' part; nothing is published unless it passes. */
  check: CheckGate;
  /** Only this shard's pages and PDFs (`build --shard`); the search index is then `merge`'s. */
  shard?: Shard;
  /** PDFs shared through an S3-compatible store (`--cache-url`). */
  remoteCache?: RemoteCacheLocation;
  /** The site's process, started ahead (`startSiteChild`); else one is started when needed. */
  siteChild?: SiteChild;
}

export interface Publisher {
  name: string;
  /** Writes its part into `outDir`; returns false (after printing why) when it cannot. */
  publish(input: PublishInput, outDir: string, io: CliIo): Promise<boolean>;
}

/**
 * Prints messages from a publishing step on standard error, where a pipe taking the command's
 * output does not swallow them; true when none of them is an error.
 */
export function reportMessages(messages: readonly ContentMessage[], io: CliIo): boolean {
  for (const message of messages) io.stderr(`${formatMessage(message, io.cwd)}\n`);
  return !messages.some((message) => message.severity === 'error');
}

/**
 * The site's cache for this content folder, taken for the whole build, or none when another
 * build holds it: that build then runs clean rather than wait.
 */
async function takeSiteCache(cacheDir: string): Promise<(() => Promise<void>) | undefined> {
  await mkdir(dirname(cacheDir), { recursive: true });
  try {
    return await acquireLock(`${cacheDir}.lock`, { timeoutMs: 0 });
  } catch (problem) {
    if (problem instanceof LockTimeoutError) return undefined;
    throw problem;
  }
}

/**
 * Marks this build's cache used and removes the least recently used others beyond the bound
 * (`@valmistelu/site/cache`), each under its lock, so that a build using one keeps it.
 */
async function boundSiteCaches(cacheDir: string): Promise<void> {
  const { markSiteCacheUsed, pruneSiteCaches } = await import('@valmistelu/site/cache');
  await markSiteCacheUsed(cacheDir);
  await pruneSiteCaches(dirname(cacheDir), { current: cacheDir, take: takeSiteCache });
}

/**
 * The site built while the content is checked: its process is stopped as soon as the check
 * fails. Content mistakes the site reports count only once the check has passed; otherwise the
 * check has printed them already.
 */
async function siteWhileChecked(
  request: SiteBuildRequest,
  onProgress: ((progress: SiteProgress) => void) | undefined,
  check: CheckGate,
  child: SiteChild = startSiteChild(),
): Promise<SiteOutcome | 'check-failed'> {
  let stopped = false;
  void check.passed.then((passed) => {
    if (passed) return;
    stopped = true;
    child.stop();
  });
  try {
    const outcome = await buildSiteInChild(request, onProgress, child);
    return (await check.passed) ? outcome : 'check-failed';
  } catch (problem) {
    if (stopped) return 'check-failed';
    throw problem;
  }
}

const sitePublisher: Publisher = {
  name: 'sivusto',
  async publish({ contentDir, cacheDir: toolCache, date, shard, siteChild, check }, outDir, io) {
    const { siteCacheDir } = await import('@valmistelu/site/cache');
    const { contentCacheFile } = await import('@valmistelu/content');
    const cacheDir = siteCacheDir(toolCache, contentDir);
    const release = await takeSiteCache(cacheDir);
    if (release) await boundSiteCaches(cacheDir);
    const onProgress = io.progress && siteProgress(io.progress);
    try {
      // The site reads the folder itself, in a process of its own (see site-process.ts); it
      // leaves out what `publicationOf` leaves out for the same date.
      const outcome = await siteWhileChecked(
        {
          contentDir,
          outDir,
          logLevel: 'error',
          publication: date,
          search: false,
          parseCacheFile: contentCacheFile(toolCache, contentDir),
          ...(release && { cacheDir }),
          ...(shard && { shard }),
        },
        onProgress,
        check,
        siteChild,
      );
      if (outcome === 'check-failed') return false;
      // Problems only the site can see (such as two tags with one slug) are content mistakes too.
      if (!outcome.ok) return reportMessages(outcome.messages, io);
      // The search index covers every page: a shard leaves it to `merge`.
      if (shard) return true;
      // After the site's process has ended: Pagefind's own process is large at scale too. Its
      // bundles whose pages did not change come from the cache, under the same lock.
      onProgress?.({ phase: 'search' });
      const { indexForSearch } = await import('@valmistelu/site/search');
      await indexForSearch(outDir, release ? { cacheDir: join(cacheDir, 'valmistelu-haku') } : {});
      return true;
    } finally {
      await release?.();
    }
  },
};

const pdfPublisher: Publisher = {
  name: 'PDF',
  publish({ contentDir, cacheDir, date, shard, remoteCache, check }, outDir, io) {
    // In a process of its own, at a lower priority than the site's, after the check (pdf-process.ts).
    return buildPdfsInChild(
      { contentDir, cacheDir, date, outDir, ...(shard && { shard }), ...(remoteCache && { remoteCache }) },
      io,
      check,
    );
  },
};

/** The site first: it builds into the output folder itself, which Astro empties when it starts. */
export const publishers: Publisher[] = [sitePublisher, pdfPublisher];
