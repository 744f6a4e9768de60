/**
 * Measurements taken once per run: process start-up, a small PDF in-process, the long report
 * through pdfmake and through Chromium, and the no-op `pnpm build`.
 */

import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { urls } from '@valmistelu/domain/urls';
import { chromiumPath, headlessChromiumFlags } from '../../../scripts/chromium.ts';
import { longReportContent, longReportHtml, longReportId } from './baselines/long-report.ts';
import { type BenchContext, runIn, runsFor, valmistelu } from './bench-context.ts';
import { removeBuildCaches } from './build-caches.ts';
import { writeContentFolder } from './content-folder.ts';
import { pdfPages } from './measure/pdf-pages.ts';
import { repeatRuns } from './measure/repeat-runs.ts';
import { ratio } from './measure/statistics.ts';
import { type BenchResults, type Metric, measured, missing } from './results.ts';

type Once = BenchResults['once'];

/** Repeats of the long report's sections: about a hundred A4 pages in Chromium. */
export const longReportRepeat = 11;
export { chromiumPath };

export async function measureStartup(context: BenchContext): Promise<Metric> {
  const startup = await repeatRuns(runsFor(context, 1, 'light'), 'valmistelu help', () =>
    valmistelu(context, ['help']),
  );
  return startup.ok ? measured(startup.seconds, 's', startup.runs) : missing('s', startup.reason);
}

export async function measureSmallPdf(context: BenchContext): Promise<Metric> {
  const probe = join(import.meta.dirname, 'measure/small-pdf-probe.ts');
  const run = await runIn(context, process.execPath, [probe, '50']);
  try {
    const result = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '') as {
      available: boolean;
      msPerPdf?: number;
      reason?: string;
    };
    return result.available && result.msPerPdf !== undefined
      ? { ...measured(result.msPerPdf, 'ms'), note: 'median of 50 renders after 5 warm-ups, in one process' }
      : missing('ms', `not available yet: ${result.reason}`);
  } catch {
    return missing('ms', `probe failed: ${run.stderr.trim().split('\n').at(-1) ?? run.exitCode}`);
  }
}

export async function measureLongReport(context: BenchContext): Promise<Once> {
  const once: Once = {};
  const runs = runsFor(context, 1, 'heavy');
  const contentDir = join(context.workDir, 'long-report');
  await writeContentFolder(contentDir, longReportContent(context.source, longReportRepeat));
  const htmlFile = join(context.workDir, 'long-report.html');
  await writeFile(htmlFile, longReportHtml(context.source, longReportRepeat));

  context.log(`long report: pdfmake ×${runs}`);
  const pdfOut = join(context.workDir, 'long-report-pdf');
  const pdfmake = await repeatRuns(runs, 'valmistelu pdf', async () => {
    // From the text each time, as Chromium is: not from the files parsed by the run before.
    await removeBuildCaches(context.cacheDir, contentDir);
    return valmistelu(context, ['pdf', '--content', contentDir, '--out', pdfOut]);
  });
  const pdfmakePages = pdfmake.ok
    ? await pdfPages(join(pdfOut, ...urls.reportPdf(longReportId).split('/').filter(Boolean)))
    : undefined;
  recordLongReport(
    once,
    'longReportPdfmake',
    pdfmake.ok && pdfmakePages ? { ...pdfmake, pages: pdfmakePages } : undefined,
    'whole `valmistelu pdf` on a folder with only this report (it also draws the org chart and timelines)',
    pdfmake.ok ? 'not available yet: `valmistelu pdf` wrote no report PDF' : pdfmake.reason,
  );

  context.log(`long report: Chromium ×${runs}`);
  const chromiumOut = join(context.workDir, 'long-report-chromium.pdf');
  const chromium = existsSync(chromiumPath)
    ? await repeatRuns(runs, 'chromium', async () => {
        // A fresh profile each run, as a user's one-off print would have.
        const profile = await mkdtemp(join(context.workDir, 'chromium-profile-'));
        const run = await runIn(context, chromiumPath, [
          ...headlessChromiumFlags,
          `--user-data-dir=${profile}`,
          `--print-to-pdf=${chromiumOut}`,
          pathToFileURL(htmlFile).href,
        ]);
        await rm(profile, { recursive: true, force: true });
        return run;
      })
    : undefined;
  const chromiumPages = chromium?.ok ? await pdfPages(chromiumOut) : undefined;
  recordLongReport(
    once,
    'longReportChromium',
    chromium?.ok && chromiumPages ? { ...chromium, pages: chromiumPages } : undefined,
    'whole browser process with a fresh profile, the same MDX as HTML through @valmistelu/markdown',
    chromium
      ? chromium.ok
        ? 'Chromium wrote no readable PDF'
        : chromium.reason
      : `${chromiumPath} is missing: apt-get install -y chromium`,
  );
  const versus = ratio(
    once.longReportPdfmakeRate?.value ?? undefined,
    once.longReportChromiumRate?.value ?? undefined,
  );
  once.pdfmakeVsChromium =
    versus === undefined
      ? missing('×', once.longReportPdfmakeRate?.note ?? once.longReportChromiumRate?.note ?? 'not measured')
      : measured(versus, '×');
  return once;
}

/** The time, pages and pages per second of one long-report renderer, or why it has none. */
function recordLongReport(
  once: Once,
  key: 'longReportPdfmake' | 'longReportChromium',
  result: { seconds: number; runs: number[]; pages: number } | undefined,
  note: string,
  reason: string,
): void {
  if (result) {
    once[key] = { ...measured(result.seconds, 's', result.runs), note };
    once[`${key}Pages`] = measured(result.pages, 'pages');
    once[`${key}Rate`] = measured(result.pages / result.seconds, 'pages/s');
  } else {
    once[key] = missing('s', reason);
    once[`${key}Pages`] = missing('pages', reason);
    once[`${key}Rate`] = missing('pages/s', reason);
  }
}

/** `pnpm build` on the repository's content: one run to fill the cache, then timed cache hits. */
export async function measureNoopRebuild(context: BenchContext): Promise<Metric> {
  context.log('no-op pnpm build');
  const fill = await runIn(context, 'pnpm', ['--silent', 'build']);
  if (fill.exitCode !== 0) return missing('s', `pnpm build failed with exit code ${fill.exitCode}`);
  const hits = await repeatRuns(
    runsFor(context, 1, 'light'),
    'pnpm build',
    () => runIn(context, 'pnpm', ['--silent', 'build']),
    (run) => run.exitCode === 0 && /FULL TURBO|cache hit/i.test(run.stdout),
  );
  return hits.ok ? measured(hits.seconds, 's', hits.runs) : missing('s', `not a cache hit: ${hits.reason}`);
}
