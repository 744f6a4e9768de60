/**
 * Every document of a content folder, each written at its published path: the organisation
 * chart, every timeline, a PDF per report and a pack per steering-body meeting.
 */
import { availableParallelism } from 'node:os';
import { inShard, type Shard } from '@valmistelu/domain/shard';
import type { PdfMessage } from '@valmistelu/pdf';
import { loadReportInputs, pdfSourcesOf, slimPdfSources } from '@valmistelu/pdf';
import { jobInputKeys } from './job-inputs.ts';
import {
  cachedPdfStamp,
  copyCachedPdf,
  type InputEntry,
  pruneCachedPdfs,
  readInputIndex,
  writeCachedPdf,
  writeInputIndex,
} from './pdf-cache.ts';
import {
  listPdfJobs,
  type PdfJob,
  publishedPath,
  type RenderedJob,
  renderJob,
  reportIdsOf,
} from './pdf-jobs.ts';
import { type BuildPdfsOptions, type BuildPdfsResult, dedupe, outputFile, write } from './pdf-output.ts';
import type { RemotePdfCache } from './remote-cache.ts';
import { startRenderPool } from './render-pool.ts';

export interface BuildAllPdfsOptions extends BuildPdfsOptions {
  /**
   * Worker threads rendering at once; 1 renders in this thread. Default: one per core once there
   * are enough documents to pay for starting them. The files are the same bytes either way.
   */
  threads?: number;
  /**
   * Where PDFs are kept between builds (`pdfCacheDir`): a document whose definition was rendered
   * before is copied from there, and the entries this build did not use are removed.
   */
  cacheDir?: string;
  /** Told of each document written, for a progress line. */
  onProgress?: (progress: PdfProgress) => void;
  /** Only this shard's documents (`valmistelu build --shard`), each job by its description. */
  shard?: Shard;
  /**
   * A store shared by machines (`remote-cache.ts`): asked, by input key, for each document that
   * the local cache lacks, before rendering; given each document rendered.
   */
  remote?: RemotePdfCache;
}

/** Requests to the remote store at once: enough to hide its latency, few enough for any store. */
const remoteRequestsAtOnce = 8;

/** Runs `task` on every item, `atOnce` at a time. */
async function eachLimited<T>(items: readonly T[], atOnce: number, task: (item: T) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    for (let at = next++; at < items.length; at = next++) await task(items[at] as T);
  };
  await Promise.all(Array.from({ length: Math.min(atOnce, items.length) }, worker));
}

/** How far `buildAllPdfs` is: documents written of all, and the one just written. */
export interface PdfProgress {
  done: number;
  total: number;
  /** The published path of the document just written. */
  current?: string;
}

/**
 * A worker costs about a second of CPU before its first PDF (loading the modules and fonts, and
 * a cold JIT), and the two cores of the benchmark machine give about 1.3× together, not 2×: the
 * default content (20 documents, 1.4 s in one thread) took 3 s in two workers, 10× the content
 * (164 documents) 22 s in one thread and 19 s in two. Below a few dozen documents one thread wins.
 */
const minJobsPerWorker = 32;

function defaultThreads(jobs: number): number {
  return Math.min(availableParallelism(), Math.floor(jobs / minJobsPerWorker));
}

/**
 * Organisation chart, every timeline, a PDF per report and a pack per steering-body meeting.
 * With a cache, a job whose inputs are those of a job of the last build is copied from there
 * first (`job-inputs.ts`); the rest are rendered. With more than one thread those render in a
 * worker pool while this thread writes the files; `files` and `messages` keep the documents'
 * order whichever worker finishes first.
 */
export async function buildAllPdfs({
  loaded: everything,
  outDir,
  threads,
  cacheDir,
  onProgress,
  shard,
  remote,
}: BuildAllPdfsOptions): Promise<BuildPdfsResult> {
  const loaded = pdfSourcesOf(everything);
  const jobs = listPdfJobs(loaded.content, loaded.translations).filter(
    (job) => !shard || inShard(JSON.stringify(job), shard),
  );
  const cache = cacheDir === undefined ? undefined : { dir: cacheDir };
  const slim = slimPdfSources(loaded);
  const inputKeyOf = (cache || remote) && (await jobInputKeys(loaded, slim));
  const known = cache ? await readInputIndex(cache) : new Map<string, InputEntry>();
  const index = new Map<string, InputEntry>();
  const used = new Set<string>();
  const results: { files: string[]; messages: PdfMessage[] }[] = [];
  let done = 0;
  const counted = (result: { files: string[]; messages: PdfMessage[] }, current?: string) => {
    done += 1;
    onProgress?.({ done, total: jobs.length, ...(current && { current }) });
    return result;
  };
  onProgress?.({ done, total: jobs.length });

  const toRender: { job: PdfJob; position: number; inputKey?: string }[] = [];
  for (const [position, job] of jobs.entries()) {
    const inputKey = inputKeyOf?.(job);
    const entry = inputKey === undefined ? undefined : known.get(inputKey);
    const file = entry && outputFile(outDir, entry.sitePath);
    if (cache && inputKey && entry && file && copyCachedPdf(cache, entry, file)) {
      used.add(entry.document);
      index.set(inputKey, entry);
      results[position] = counted({ files: [file], messages: entry.messages }, entry.sitePath);
    } else toRender.push({ job, position, ...(inputKey && { inputKey }) });
  }

  if (remote) {
    const fetched = new Set<(typeof toRender)[number]>();
    await eachLimited(toRender, remoteRequestsAtOnce, async (task) => {
      const sitePath = publishedPath(task.job);
      const found = task.inputKey && (await remote.get(task.inputKey, sitePath));
      if (!found || !task.inputKey) return;
      fetched.add(task);
      if (cache) {
        // Kept under its input key, so the next build here copies it without asking the store.
        await writeCachedPdf(cache, task.inputKey, found.bytes);
        const stamp = cachedPdfStamp(cache, task.inputKey);
        if (stamp) {
          used.add(task.inputKey);
          index.set(task.inputKey, { document: task.inputKey, sitePath, messages: found.messages, stamp });
        }
      }
      results[task.position] = counted(
        { files: await write(outDir, found), messages: found.messages },
        sitePath,
      );
    });
    toRender.splice(0, toRender.length, ...toRender.filter((task) => !fetched.has(task)));
  }
  // Rendered documents go to the store as they are written; awaited before the build ends.
  const stored: Promise<void>[] = [];

  // Counted once written, in the order the documents finish.
  const collect = async (task: (typeof toRender)[number], rendered: RenderedJob | undefined) => {
    if (rendered?.cacheKey) {
      used.add(rendered.cacheKey);
      const stamp = cache && cachedPdfStamp(cache, rendered.cacheKey);
      if (task.inputKey && rendered.bytes && stamp)
        index.set(task.inputKey, {
          document: rendered.cacheKey,
          sitePath: rendered.sitePath,
          messages: rendered.messages,
          stamp,
        });
    }
    if (remote && task.inputKey && rendered?.bytes) {
      const { sitePath, bytes, messages } = rendered;
      stored.push(remote.put(task.inputKey, { sitePath, bytes, messages }));
    }
    results[task.position] = counted(
      rendered
        ? { files: await write(outDir, rendered), messages: rendered.messages }
        : { files: [], messages: [] },
      rendered?.sitePath,
    );
  };
  const size = Math.max(1, Math.min(threads ?? defaultThreads(toRender.length), toRender.length));
  if (size === 1) {
    const ids = new Set(toRender.flatMap(({ job }) => reportIdsOf(loaded.content, job)));
    const inputs = await loadReportInputs(loaded, [...ids]);
    for (const task of toRender) await collect(task, await renderJob(loaded, inputs, task.job, cache));
  } else {
    const pool = startRenderPool(loaded, size, { ...(cache && { cache }), slim });
    try {
      await Promise.all(toRender.map(async (task) => collect(task, await pool.render(task.job))));
    } finally {
      await pool.close();
    }
  }
  await Promise.all(stored);
  if (cache) {
    await writeInputIndex(cache, index);
    await pruneCachedPdfs(cache, used);
  }
  return {
    files: results.flatMap((result) => result.files),
    messages: dedupe(results.flatMap((result) => result.messages)),
    unchanged: jobs.length - toRender.length - (remote?.counts.fetched ?? 0),
    rendered: toRender.length,
  };
}
