/**
 * Writes each page with a body to search, as `pageForIndex` prepares it, under `inputDir`. The
 * preparing is synchronous work of about a millisecond a page (parsing, stemming), so a site of
 * thousands of pages is shared between worker threads, one per core: each page's result depends
 * on that page alone, so the split changes no byte of the index.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { pageForIndex } from './index-page.ts';

export interface PreparePagesTask {
  siteDir: string;
  inputDir: string;
  /** Paths of the pages under both folders, `/`-separated. */
  paths: readonly string[];
}

/** Below this a worker's start (about 100 ms) costs more than it saves. */
const pagesPerWorker = 500;

/**
 * Prepares the pages in this thread. Reading and writing is synchronous: each page is a small
 * file, and through libuv's thread pool every one of its five system calls was a hand-over
 * between threads (a third of this step's time at 100× went to those hand-overs).
 */
export function preparePagesHere({ siteDir, inputDir, paths }: PreparePagesTask): void {
  const folders = new Set<string>();
  for (const path of paths) {
    const content = pageForIndex(readFileSync(join(siteDir, path), 'utf8'));
    if (content === undefined) continue;
    const target = join(inputDir, path);
    const folder = dirname(target);
    if (!folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      folders.add(folder);
    }
    writeFileSync(target, content);
  }
}

function inWorker(task: PreparePagesTask): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./prepare-pages-worker.ts', import.meta.url), { workerData: task });
    worker.once('error', reject);
    worker.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`hakusivujen valmistelu päättyi koodiin ${code}`)),
    );
  });
}

/** Prepares the pages on every core (or in as many worker threads as `threads` says). */
export async function preparePages(
  task: PreparePagesTask,
  threads = Math.min(availableParallelism(), Math.floor(task.paths.length / pagesPerWorker)),
): Promise<void> {
  if (threads < 2) return preparePagesHere(task);
  // Dealt out in turn, so that each thread gets its share of the large pages of each section.
  const shares = Array.from({ length: threads }, (_, share) =>
    task.paths.filter((_path, at) => at % threads === share),
  );
  await Promise.all(shares.map((paths) => inWorker({ ...task, paths })));
}
