/**
 * Writes many small files under a folder in a worker thread, while the caller's thread goes on.
 * Creating a file is system time, not JavaScript: at 100× the default organisation the 6Aika
 * objects' 15,000 files took 2–3.5 s of it, which the page rendering on the main thread now
 * covers on the second core. Written one after another, synchronously: the files share a few
 * folders, and parallel writes through libuv's thread pool contend for each folder's lock (15,000
 * such files: 0.3–1.3 s this way against 0.8–2.2 s 32 at a time).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';

export interface FilesToWrite {
  /** The folder the paths are under. */
  dir: string;
  /** Each file's path under `dir` (`/`-separated) and its text. */
  files: ReadonlyArray<readonly [path: string, text: string]>;
}

/** Writes the files in this thread. */
export function writeFilesHere({ dir, files }: FilesToWrite): void {
  const folders = new Set<string>();
  for (const [path, text] of files) {
    const target = join(dir, path);
    const folder = dirname(target);
    if (!folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      folders.add(folder);
    }
    writeFileSync(target, text);
  }
}

/**
 * Writes the files in a worker thread; the promise settles when all are written or one failed.
 * The worker does not keep the process alive: a build that stops early does not wait for it.
 */
export function writeFilesInBackground(task: FilesToWrite): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./write-files-worker.ts', import.meta.url), { workerData: task });
    worker.unref();
    worker.once('error', reject);
    worker.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`tiedostojen kirjoitus päättyi koodiin ${code}`)),
    );
  });
}
