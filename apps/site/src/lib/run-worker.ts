/** A worker thread run as a task: the promise settles when the thread ends. */
import { Worker } from 'node:worker_threads';

export interface WorkerTask {
  /** The worker's module. */
  module: URL;
  workerData: unknown;
  /** What the task does, for the error when it ends otherwise than with code 0 (Finnish). */
  doing: string;
  /** The worker does not keep the process alive: a run that stops early does not wait for it. */
  unref?: boolean;
}

export function runWorker({ module, workerData, doing, unref = false }: WorkerTask): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(module, { workerData });
    if (unref) worker.unref();
    worker.once('error', reject);
    worker.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${doing} päättyi koodiin ${code}`)),
    );
  });
}
