/** One thread's share of the pages to prepare for search (`prepare-pages.ts`). */
import { workerData } from 'node:worker_threads';
import { type PreparePagesTask, preparePagesHere } from './prepare-pages.ts';

preparePagesHere(workerData as PreparePagesTask);
