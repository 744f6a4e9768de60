/**
 * The worker pool: a worker whose heap grew past the bound is replaced after its job, and the
 * documents are the same bytes whichever worker, fresh or not, rendered them.
 */
import { createHash } from 'node:crypto';
import { loadContent } from '@valmistelu/content';
import { loadReportInputs } from '@valmistelu/pdf';
import { expect, test } from 'vitest';
import { listPdfJobs, renderJob } from '../src/pdf-jobs.ts';
import { startRenderPool } from '../src/render-pool.ts';
import { fixtureContent } from './helpers/fixture-content.ts';

test('replaces a worker whose heap passed the bound, and renders the same bytes', async () => {
  const loaded = await loadContent(fixtureContent);
  const jobs = listPdfJobs(loaded.content);
  expect(jobs.length).toBeGreaterThan(4);
  const inputs = await loadReportInputs(loaded);
  const digest = (bytes: Uint8Array | undefined) => bytes && createHash('sha256').update(bytes).digest('hex');
  const expected = [];
  for (const job of jobs) expected.push(digest((await renderJob(loaded, inputs, job))?.bytes));

  // Every heap is past a bound of one byte: each job leaves its worker to be replaced.
  const pool = startRenderPool(loaded, 2, { recycleAbove: 1 });
  try {
    const rendered = await Promise.all(jobs.map((job) => pool.render(job)));
    expect(rendered.map((result) => digest(result?.bytes))).toEqual(expected);
    expect(pool.replaced).toBeGreaterThanOrEqual(jobs.length - 2);
  } finally {
    await pool.close();
  }
}, 120_000);
