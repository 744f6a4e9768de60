/**
 * A small pool of worker threads that render PDF jobs, each worker with its own parsed fonts.
 * Jobs go to whichever worker is free; the caller keeps its own order, and a document's bytes do
 * not depend on which worker rendered it (`shared-fonts.ts` keeps glyph caches per document).
 */
import { Worker } from 'node:worker_threads';
import { type PdfSources, slimPdfSources, treesOf } from '@valmistelu/pdf';
import type { PdfCache } from './pdf-cache.ts';
import { type PdfJob, type RenderedJob, reportIdsOf } from './pdf-jobs.ts';

interface Task {
  job: PdfJob;
  resolve(result: RenderedJob | undefined): void;
  reject(problem: unknown): void;
}

export interface RenderPool {
  render(job: PdfJob): Promise<RenderedJob | undefined>;
  close(): Promise<void>;
  /** Workers replaced so far because their heap had grown too large. */
  readonly replaced: number;
}

/**
 * A worker whose heap has grown past this after a job is replaced by a fresh one. V8 keeps the
 * space a large document took and gives it back only when the isolate ends: a 190-page pack at
 * 100× the organisation needs about 250 MB live, yet leaves its worker at about 800 MB resident,
 * and a worker that renders packs one after another grows further. Two such workers beside the
 * main thread took the build to 2.3–2.5 GiB. No document of the default content reaches this
 * bound; a replacement costs about a second of start-up, against several seconds of rendering
 * for a document that does. At 320 MB the packs of 10× the organisation (two layouts each since
 * issue 18's page-break rules) replaced six workers: 33–35 s for all PDFs, 28–29 s at 512 MB, at
 * the same peak memory (1.1 GB); a 100× pack still passes 512 MB and is replaced.
 */
export const recycleHeapBytes = 512 * 2 ** 20;

export interface RenderPoolOptions {
  cache?: PdfCache;
  /** What every worker holds: `slimPdfSources(loaded)`, when the caller has it already. */
  slim?: PdfSources;
  /** A worker's heap past which it is replaced after its job; `recycleHeapBytes` by default. */
  recycleAbove?: number;
}

export function startRenderPool(
  loaded: PdfSources,
  size: number,
  options: RenderPoolOptions = {},
): RenderPool {
  const { cache, slim = slimPdfSources(loaded), recycleAbove = recycleHeapBytes } = options;
  const queue: Task[] = [];
  const idle: Worker[] = [];
  const busy = new Map<Worker, Task>();
  const workers = new Set<Worker>();
  let failure: unknown;
  let closing = false;
  let replaced = 0;

  const fail = (problem: unknown) => {
    failure ??= problem;
    for (const task of [...busy.values(), ...queue.splice(0)]) task.reject(problem);
    busy.clear();
  };
  const next = (worker: Worker) => {
    const task = queue.shift();
    if (!task) {
      idle.push(worker);
      return;
    }
    busy.set(worker, task);
    worker.postMessage({ job: task.job, trees: treesOf(loaded, reportIdsOf(loaded.content, task.job)) });
  };
  /** The worker itself after a small job, a fresh one after a job that left its heap large. */
  const renewed = async (worker: Worker): Promise<Worker> => {
    if (closing || (await worker.getHeapStatistics()).total_heap_size <= recycleAbove) return worker;
    workers.delete(worker);
    void worker.terminate();
    replaced += 1;
    return start();
  };
  const start = (): Worker => {
    const worker = new Worker(new URL('./render-worker.ts', import.meta.url), {
      workerData: { sources: slim, ...(cache && { cache }) },
    });
    worker.on('message', async (result: RenderedJob | undefined) => {
      busy.get(worker)?.resolve(result);
      busy.delete(worker);
      try {
        next(await renewed(worker));
      } catch (problem) {
        fail(problem);
      }
    });
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (busy.has(worker)) fail(new Error(`PDF-työsäie päättyi kesken (koodi ${code})`));
    });
    workers.add(worker);
    return worker;
  };
  for (let count = 0; count < size; count += 1) idle.push(start());

  return {
    render(job) {
      return new Promise((resolve, reject) => {
        if (failure !== undefined) {
          reject(failure);
          return;
        }
        queue.push({ job, resolve, reject });
        const worker = idle.pop();
        if (worker) next(worker);
      });
    },
    get replaced() {
      return replaced;
    },
    async close() {
      closing = true;
      await Promise.all([...workers].map((worker) => worker.terminate()));
    },
  };
}
