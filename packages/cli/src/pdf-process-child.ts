/**
 * The child side of `pdf-process.ts`: checks the content, builds every PDF from what the check
 * loaded into the folder it is given, sends what it prints and its progress, and ends. Its exit
 * gives its memory back.
 */
import { mkdir } from 'node:fs/promises';
import { enableCompileCache } from 'node:module';
import { constants, setPriority } from 'node:os';
import { dirname } from 'node:path';
import type { LoadedContent } from '@valmistelu/content';
import { serveChildTask } from './child-task.ts';
import type { CliIo } from './cli-io.ts';
import type { PdfChildMessage, PdfRequest } from './pdf-process.ts';
import type { ProgressDisplay } from './progress/terminal-progress.ts';

// As main.ts: compiled code is kept between runs, so the modules come after.
enableCompileCache();
const { loadPublished } = await import('./load-published.ts');
const { sameRunDate } = await import('./planned-run-date.ts');
const { reportMessages } = await import('./publishers.ts');
const { pdfProgress } = await import('./progress/publish-progress.ts');
const { reportRemoteCache } = await import('./remote-pdf-cache.ts');

/**
 * The site is built at the same time and takes longer (after one edit at 100× the default
 * organisation its steps took 20 s, the PDFs 15 s): on two cores, rendering at the same priority
 * took half of the site's time. So this process, and the worker threads it starts, run at a lower
 * priority: the PDFs get what the site leaves. Where the system refuses, nothing changes.
 */
function yieldToTheSite(): void {
  try {
    setPriority(constants.priority.PRIORITY_BELOW_NORMAL);
  } catch {
    // Not allowed here: the PDFs share the cores as before.
  }
}

/**
 * Marks this build's PDF cache used and removes the least recently used others beyond the same
 * bound as the site's: each test run's temporary content folders add one. A PDF build that finds
 * its entry gone renders what it would have copied (`@valmistelu/pdf-publish`'s pdf-cache.ts), so an
 * entry is removed without a lock.
 */
async function boundPdfCaches(cacheDir: string): Promise<void> {
  const { markSiteCacheUsed, pruneSiteCaches } = await import('@valmistelu/site/cache');
  await mkdir(cacheDir, { recursive: true });
  await markSiteCacheUsed(cacheDir);
  await pruneSiteCaches(dirname(cacheDir), { current: cacheDir, take: async () => async () => {} });
}

type Send = (message: PdfChildMessage) => Promise<void>;

/**
 * The check of `build`, printed through the parent at once; the public content when it passed
 * and gives the date the build was started with (`planned-run-date.ts`), else undefined.
 */
async function checkedContent(
  { contentDir, cacheDir, date, check, cwd }: PdfRequest,
  send: Send,
): Promise<LoadedContent | undefined> {
  const io: CliIo = {
    cwd,
    stdout: (text) => void send({ kind: 'check-output', stream: 'stdout', text }),
    stderr: (text) => void send({ kind: 'check-output', stream: 'stderr', text }),
  };
  const published = await loadPublished(contentDir, cacheDir, io, check.asOf, true, check.now);
  const passed = published !== undefined && sameRunDate(published.date, date);
  if (published && !passed)
    io.stderr(
      `Sisältö muuttui koonnin aikana: tilannepäivä on nyt ${published.date.asOf}, ei ${date.asOf}.\n`,
    );
  await send({ kind: 'checked', passed });
  return passed ? published.loaded : undefined;
}

async function publishPdfs(request: PdfRequest, io: CliIo, send: Send): Promise<boolean> {
  const { cacheDir: toolCache, shard, remoteCache, outDir } = request;
  io.progress?.step('PDF-tiedostot: sisällön tarkistus');
  const loaded = await checkedContent(request, send);
  if (!loaded) return false;
  const { buildAllPdfs, pdfCacheDir, openRemotePdfCache } = await import('@valmistelu/pdf-publish');
  const cacheDir = pdfCacheDir(toolCache, loaded.contentDir);
  await boundPdfCaches(cacheDir);
  const remote = remoteCache && (await openRemotePdfCache(remoteCache));
  // Documents rendered before are copied from the cache; see @valmistelu/pdf-publish's pdf-cache.ts.
  const { messages, rendered } = await buildAllPdfs({
    loaded,
    outDir,
    cacheDir,
    ...(shard && { shard }),
    ...(remote && { remote }),
    ...(io.progress && { onProgress: pdfProgress(io.progress) }),
  });
  if (remote) reportRemoteCache(remote, rendered, io);
  return reportMessages(messages, io);
}

serveChildTask<PdfRequest, PdfChildMessage>(async (request, send) => {
  yieldToTheSite();
  const progress: ProgressDisplay = {
    step: (label) => void send({ kind: 'step', label }),
    update: (update) => void send({ kind: 'progress', update }),
    clear: () => undefined,
    end: () => undefined,
  };
  const ok = await publishPdfs(
    request,
    {
      cwd: request.cwd,
      stdout: (text) => void send({ kind: 'stdout', text }),
      stderr: (text) => void send({ kind: 'stderr', text }),
      ...(request.progress && { progress }),
    },
    send,
  );
  await send({ kind: 'done', ok });
});
