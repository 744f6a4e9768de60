/**
 * A worker thread of the render pool: loads fonts and report inputs once, then renders the jobs
 * the main thread sends, one at a time, answering each with its bytes and messages.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { type PdfJob, renderJob } from './pdf-jobs.ts';
import { loadReportInputs, type PdfSources } from './report-inputs.ts';

const port = parentPort;
if (!port) throw new Error('render-worker.ts runs as a worker thread');
const loaded = workerData as PdfSources;
const inputs = await loadReportInputs(loaded);

port.on('message', async (job: PdfJob) => {
  port.postMessage(await renderJob(loaded, inputs, job));
});
