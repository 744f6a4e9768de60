/**
 * Writes many small files under a folder in a worker thread, while the caller's thread goes on.
 * Creating a file is system time, not JavaScript: at 100× the default organisation the 6Aika
 * objects' 15,000 files took 2–3.5 s of it, which the page rendering on the main thread now
 * covers on the second core. Written one after another, synchronously: the files share a few
 * folders, and parallel writes through libuv's thread pool contend for each folder's lock (15,000
 * such files: 0.3–1.3 s this way against 0.8–2.2 s 32 at a time).
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { linkedWriter, plainWriter } from './linked-files.ts';
import { runWorker } from './run-worker.ts';

export interface FilesToWrite {
  /** The folder the paths are under. */
  dir: string;
  /** Each file's path under `dir` (`/`-separated) and its text. */
  files: ReadonlyArray<readonly [path: string, text: string]>;
  /**
   * A store kept between builds (`linked-files.ts`): the files are hard links to it, written only
   * when their bytes are new. The caller holds it alone for the build (the site cache's lock).
   */
  storeDir?: string;
}

/** Creates the folder of `target` unless `made` says it was made before. */
export function makeFolderOf(target: string, made: Set<string>): void {
  const folder = dirname(target);
  if (!made.has(folder)) {
    mkdirSync(folder, { recursive: true });
    made.add(folder);
  }
}

/** Writes the files in this thread; one `mkdir` per folder, not per file. */
export function writeFilesHere({ dir, files, storeDir }: FilesToWrite): void {
  const writer = storeDir ? linkedWriter(storeDir) : plainWriter;
  const made = new Set<string>();
  for (const [path, text] of files) {
    const target = join(dir, path);
    makeFolderOf(target, made);
    writer.put(target, text);
  }
  writer.finish();
}

/**
 * Writes the files in a worker thread; the promise settles when all are written or one failed.
 * The worker does not keep the process alive: a build that stops early does not wait for it.
 */
export function writeFilesInBackground(task: FilesToWrite): Promise<void> {
  return runWorker({
    module: new URL('./write-files-worker.ts', import.meta.url),
    workerData: task,
    doing: 'tiedostojen kirjoitus',
    unref: true,
  });
}
