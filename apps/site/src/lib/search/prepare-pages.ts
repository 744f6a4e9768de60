/**
 * Writes each page with a body to search, as `pageForIndex` prepares it, under `inputDir`. The
 * preparing is synchronous work of about a millisecond a page (parsing, stemming), so a site of
 * thousands of pages is shared between worker threads, one per core: each page's result depends
 * on that page alone, so the split changes no byte of the index.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { runWorker } from '../run-worker.ts';
import { writeFileInFolder } from '../write-files-in-background.ts';
import { pageForIndex } from './index-page.ts';

export interface PreparePagesTask {
  siteDir: string;
  inputDir: string;
  /** Paths of the pages under both folders, `/`-separated. */
  paths: readonly string[];
  /**
   * Shared between the threads: the index of the next page to take. Pages differ a hundredfold in
   * size (at 100× a list of every group is 4 MB), so a fixed split left one thread working alone
   * for half the time; each thread takes the next page when it is free.
   */
  next?: Int32Array;
}

/** Below this a worker's start (about 100 ms) costs more than it saves. */
const pagesPerWorker = 500;

/**
 * Prepares the pages in this thread. Reading and writing is synchronous: each page is a small
 * file, and through libuv's thread pool every one of its five system calls was a hand-over
 * between threads (a third of this step's time at 100× went to those hand-overs).
 */
export function preparePagesHere({ siteDir, inputDir, paths, next }: PreparePagesTask): void {
  const made = new Set<string>();
  const counter = next ?? new Int32Array(1);
  for (let at = Atomics.add(counter, 0, 1); at < paths.length; at = Atomics.add(counter, 0, 1)) {
    const path = paths[at] as string;
    const content = pageForIndex(readFileSync(join(siteDir, path), 'utf8'));
    if (content === undefined) continue;
    writeFileInFolder(join(inputDir, path), content, made);
  }
}

function inWorker(task: PreparePagesTask): Promise<void> {
  return runWorker({
    module: new URL('./prepare-pages-worker.ts', import.meta.url),
    workerData: task,
    doing: 'hakusivujen valmistelu',
  });
}

/** Prepares the pages on every core (or in as many worker threads as `threads` says). */
export async function preparePages(
  task: PreparePagesTask,
  threads = Math.min(availableParallelism(), Math.floor(task.paths.length / pagesPerWorker)),
): Promise<void> {
  if (threads < 2) return preparePagesHere(task);
  const next = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  await Promise.all(Array.from({ length: threads }, () => inWorker({ ...task, next })));
}
