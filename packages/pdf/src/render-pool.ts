/**
 * A small pool of worker threads that render PDF jobs, each worker with its own parsed fonts.
 * Jobs go to whichever worker is free; the caller keeps its own order, and a document's bytes do
 * not depend on which worker rendered it (`shared-fonts.ts` keeps glyph caches per document).
 */
import { Worker } from 'node:worker_threads';
import type { PdfCache } from './pdf-cache.ts';
import { type PdfJob, type RenderedJob, reportIdsOf } from './pdf-jobs.ts';
import { type PdfSources, slimPdfSources, treesOf } from './report-inputs.ts';

interface Task {
  job: PdfJob;
  resolve(result: RenderedJob | undefined): void;
  reject(problem: unknown): void;
}

export interface RenderPool {
  render(job: PdfJob): Promise<RenderedJob | undefined>;
  close(): Promise<void>;
}

/** @param slim what every worker holds: `slimPdfSources(loaded)`, when the caller has it already. */
export function startRenderPool(
  loaded: PdfSources,
  size: number,
  cache?: PdfCache,
  slim: PdfSources = slimPdfSources(loaded),
): RenderPool {
  const queue: Task[] = [];
  const idle: Worker[] = [];
  const busy = new Map<Worker, Task>();
  let failure: unknown;

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

  const workers = Array.from({ length: size }, () => {
    const worker = new Worker(new URL('./render-worker.ts', import.meta.url), {
      workerData: { sources: slim, ...(cache && { cache }) },
    });
    worker.on('message', (result: RenderedJob | undefined) => {
      busy.get(worker)?.resolve(result);
      busy.delete(worker);
      next(worker);
    });
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (busy.has(worker)) fail(new Error(`PDF-työsäie päättyi kesken (koodi ${code})`));
    });
    idle.push(worker);
    return worker;
  });

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
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
