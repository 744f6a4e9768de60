/**
 * A worker thread of the render pool: loads fonts once and holds the model without report bodies;
 * each job arrives with the syntax trees it renders, and is answered with its bytes and messages.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadReportInputs, type PdfSources, type ReportTree, withTrees } from '@valmistelu/pdf';
import type { PdfCache } from './pdf-cache.ts';
import { type PdfJob, renderJob } from './pdf-jobs.ts';

const port = parentPort;
if (!port) throw new Error('render-worker.ts runs as a worker thread');
const { sources: slim, cache } = workerData as { sources: PdfSources; cache?: PdfCache };

port.on('message', async ({ job, trees }: { job: PdfJob; trees: ReportTree[] }) => {
  const loaded = withTrees(slim, trees);
  const ids = trees.map(({ index }) => slim.content.reports[index]?.id ?? '');
  port.postMessage(await renderJob(loaded, await loadReportInputs(loaded, ids), job, cache));
});
