/**
 * The worker pool: a worker whose heap grew past the bound is replaced after its job, one below it
 * is kept, and the documents are the same bytes whichever worker, fresh or not, rendered them.
 */
import { createHash } from 'node:crypto';
import { loadContent } from '@valmistelu/content';
import { loadReportInputs } from '@valmistelu/pdf';
import { expect, test } from 'vitest';
import { listPdfJobs, renderJob } from '../src/pdf-jobs.ts';
import { startRenderPool } from '../src/render-pool.ts';
import { fixtureContent } from './helpers/fixture-content.ts';

const digest = (bytes: Uint8Array | undefined) => bytes && createHash('sha256').update(bytes).digest('hex');

/** Renders every job in `pool` one after another: the bytes' digests. */
async function renderInTurn(pool: ReturnType<typeof startRenderPool>, jobs: ReturnType<typeof listPdfJobs>) {
  const digests = [];
  for (const job of jobs) digests.push(digest((await pool.render(job))?.bytes));
  return digests;
}

test('replaces a worker whose heap passed the bound, keeps the others, and renders the same bytes', async () => {
  const loaded = await loadContent(fixtureContent);
  const jobs = listPdfJobs(loaded.content);
  expect(jobs.length).toBeGreaterThan(4);
  const inputs = await loadReportInputs(loaded);
  const expected = [];
  for (const job of jobs) expected.push(digest((await renderJob(loaded, inputs, job))?.bytes));

  // Every heap is past a bound of one byte: each job leaves its worker to be replaced.
  const recycling = startRenderPool(loaded, 2, { recycleAbove: 1 });
  try {
    expect(await renderInTurn(recycling, jobs)).toEqual(expected);
    // The last job's worker may still be being replaced when its bytes arrive.
    expect(recycling.replaced).toBeGreaterThanOrEqual(jobs.length - 1);
  } finally {
    await recycling.close();
  }

  // No document of the fixture reaches the default bound: the two workers render every job.
  const keeping = startRenderPool(loaded, 2);
  try {
    expect(await renderInTurn(keeping, jobs)).toEqual(expected);
    expect(keeping.replaced).toBe(0);
  } finally {
    await keeping.close();
  }
}, 120_000);
