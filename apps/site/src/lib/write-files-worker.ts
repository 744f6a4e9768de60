/** The worker of `write-files-in-background.ts`. */
import { workerData } from 'node:worker_threads';
import { type FilesToWrite, writeFilesHere } from './write-files-in-background.ts';

writeFilesHere(workerData as FilesToWrite);
