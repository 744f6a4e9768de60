/**
 * Everything measured at one scale: check, a clean build (site + PDFs), the rebuilds after
 * editing one report and one news item, the site alone and its search index, pdf, pdf without
 * packs, one pack, and the plain Astro Markdown build of the same number of pages, with the peak
 * memory of the build and of its two phases run on their own. A command that does not exist
 * or does not produce its output yet becomes a "not available" metric, never a crash.
 */
import { mkdir, rm, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { urls } from '@valmistelu/domain/urls';
import { markdownSiteFiles } from './baselines/markdown-site.ts';
import { astroPackageDir, type BenchContext, runIn, runsFor, valmistelu } from './bench-context.ts';
import { removeBuildCaches } from './build-caches.ts';
import { writeContentFolder } from './content-folder.ts';
import { editedNews, editedReport, largestMeeting, withoutPacks } from './content-variants.ts';
import { countContent } from './count-content.ts';
import { type ContentFiles, generateContent } from './generate-content.ts';
import { countHtmlPages, listPdfs, pdfPages, totalPdfPages } from './measure/pdf-pages.ts';
import { type Repeated, repeatRuns } from './measure/repeat-runs.ts';
import { ratio } from './measure/statistics.ts';
import { measureEditRebuild } from './measure-edits.ts';
import { measureSite } from './measure-site.ts';
import { type Metric, measured, missing, type ScaleResult } from './results.ts';

const folderOf = (sitePath: string) => sitePath.split('/').filter(Boolean).slice(0, -1).join('/');

/** Pages of the PDFs under `outDir`, split into reports and meeting packs by their published folder. */
async function pdfPageCounts(outDir: string) {
  const files = await listPdfs(outDir);
  const under = (sitePath: string) =>
    files.filter((file) => file.startsWith(join(outDir, folderOf(sitePath))));
  const [total, reports, packs] = await Promise.all([
    totalPdfPages(files),
    totalPdfPages(under(urls.reportPdf('x'))),
    totalPdfPages(under(urls.meetingPackPdf('x'))),
  ]);
  return { files: files.length, total, reports, packs };
}

const seconds = (repeated: Repeated & { ok: true }): Metric => measured(repeated.seconds, 's', repeated.runs);

/** The highest peak of the runs that finished, of the largest process or of all processes together. */
function peakOf(runs: readonly Repeated[], which: 'peakRssMiB' | 'peakTreeRssMiB'): Metric {
  const peaks = runs.flatMap((run) => (run.ok && run[which] !== undefined ? [run[which]] : []));
  return peaks.length
    ? measured(Math.max(...peaks), 'MiB')
    : missing(
        'MiB',
        which === 'peakRssMiB' ? 'no run finished, or no GNU time' : 'no run finished, or no /proc',
      );
}

/** The plain Astro build of `pages` Markdown pages made from the same content's text. */
async function measureMarkdownBaseline(
  context: BenchContext,
  files: ContentFiles,
  pages: number,
  scale: number,
) {
  const dir = join(context.workDir, `markdown-${scale}`);
  await writeContentFolder(dir, markdownSiteFiles(files, pages));
  // Only `astro` is linked, so that Vite's caches land in the scratch folder, not in apps/site.
  await mkdir(join(dir, 'node_modules'), { recursive: true });
  const astro = astroPackageDir(context);
  await symlink(astro, join(dir, 'node_modules/astro'));
  const buildOnce = async () => {
    await rm(join(dir, 'dist'), { recursive: true, force: true });
    return runIn(context, process.execPath, [
      join(astro, 'bin/astro.mjs'),
      'build',
      '--root',
      dir,
      '--silent',
    ]);
  };
  // One untimed warm-up, as the site gets from `valmistelu build`: both are timed with warm file caches.
  await buildOnce();
  return repeatRuns(runsFor(context, scale, 'heavy'), 'astro build', buildOnce);
}

export async function measureScale(context: BenchContext, scale: number): Promise<ScaleResult> {
  const { log, workDir } = context;
  const metrics: ScaleResult['metrics'] = {};
  const peaks: number[] = [];
  const keepPeak = (repeated: Repeated) => {
    if (repeated.ok && repeated.peakRssMiB !== undefined) peaks.push(repeated.peakRssMiB);
  };
  const files = generateContent(context.source, { scale, seed: context.seed });
  const counts = countContent(files);
  const contentDir = join(workDir, `content-${scale}`);
  await writeContentFolder(contentDir, files);
  log(`${scale}×: ${counts.files} files, ${counts.groups} groups, ${counts.reports} reports`);

  const light = runsFor(context, scale, 'light');
  const heavy = runsFor(context, scale, 'heavy');

  log(`${scale}×: check ×${light}`);
  const check = await repeatRuns(light, 'valmistelu check', () =>
    valmistelu(context, ['check', '--content', contentDir]),
  );
  keepPeak(check);
  if (check.ok) {
    metrics.check = seconds(check);
    metrics.checkPerFile = measured(check.seconds / counts.files, 's');
  } else {
    metrics.check = missing('s', check.reason);
    metrics.checkPerFile = missing('s', check.reason);
  }

  log(`${scale}×: clean build ×${heavy}`);
  const buildOut = join(workDir, `build-${scale}`);
  // Clean: without the caches an earlier build of this folder left (the site's and the PDFs').
  const buildOnce = async () => {
    await removeBuildCaches(context.cacheDir, contentDir);
    return valmistelu(context, ['build', '--content', contentDir, '--out', buildOut]);
  };
  // The first run finds out whether build produces anything yet; when it does, it is the warm-up.
  const first = await repeatRuns(1, 'valmistelu build', buildOnce);
  const produced =
    first.ok && ((await countHtmlPages(buildOut)) > 0 || (await listPdfs(buildOut)).length > 0);
  const build = produced && heavy > 1 ? await repeatRuns(heavy, 'valmistelu build', buildOnce) : first;
  keepPeak(build);
  if (!build.ok) metrics.build = missing('s', build.reason);
  else if (!produced)
    metrics.build = missing('s', 'not available yet: `valmistelu build` wrote neither pages nor PDFs');
  else metrics.build = seconds(build);
  metrics.peakBuild = peakOf([build], 'peakTreeRssMiB');
  metrics.peakBuildLargest = peakOf([build], 'peakRssMiB');

  // On the cache the last clean build left.
  for (const [key, what, edit] of [
    ['editReport', 'report', editedReport],
    ['editNews', 'news item', editedNews],
  ] as const) {
    const ratioKey = key === 'editReport' ? 'editReportVsBuild' : 'editNewsVsBuild';
    if (metrics.build.value === null) {
      metrics[key] = missing('s', metrics.build.note ?? 'no build');
      metrics[ratioKey] = missing('×', metrics.build.note ?? 'no build');
      continue;
    }
    log(`${scale}×: edit one ${what}, rebuild ×${heavy}`);
    const rebuild = await measureEditRebuild({
      contentDir,
      files,
      runs: heavy,
      edit,
      build: () => valmistelu(context, ['build', '--content', contentDir, '--out', buildOut]),
      outDir: buildOut,
      log,
    });
    keepPeak(rebuild);
    metrics[key] = rebuild.ok ? seconds(rebuild) : missing('s', rebuild.reason);
    const share = rebuild.ok ? ratio(rebuild.seconds, metrics.build.value) : undefined;
    metrics[ratioKey] = share === undefined ? missing('×', 'no rebuild') : measured(share, '×');
  }
  await removeBuildCaches(context.cacheDir, contentDir);

  const site = await measureSite(context, contentDir, scale);
  for (const repeated of site.repeated) keepPeak(repeated);
  metrics.peakSite = peakOf(site.repeated, 'peakTreeRssMiB');
  Object.assign(metrics, site.metrics);
  const sitePages = site.metrics.sitePages.value ?? 0;

  log(`${scale}×: pdf ×${heavy}`);
  const pdfOut = join(workDir, `pdf-${scale}`);
  const pdf = await repeatRuns(heavy, 'valmistelu pdf', () =>
    valmistelu(context, ['pdf', '--content', contentDir, '--out', pdfOut]),
  );
  keepPeak(pdf);
  metrics.peakPdf = peakOf([pdf], 'peakTreeRssMiB');
  const pages = pdf.ok ? await pdfPageCounts(pdfOut) : undefined;
  if (pdf.ok && pages && pages.total > 0) {
    metrics.pdf = seconds(pdf);
    metrics.pdfPages = measured(pages.total, 'pages');
    metrics.pdfPerPage = measured(pdf.seconds / pages.total, 's');
  } else {
    const reason = pdf.ok ? 'not available yet: `valmistelu pdf` wrote no PDF' : pdf.reason;
    metrics.pdf = missing('s', reason);
    metrics.pdfPages = missing('pages', reason);
    metrics.pdfPerPage = missing('s', reason);
  }

  if (pages && pages.total > 0) {
    log(`${scale}×: pdf without packs ×${heavy}`);
    const quietDir = join(workDir, `content-${scale}-without-packs`);
    await writeContentFolder(quietDir, withoutPacks(files));
    const quietOut = join(workDir, `pdf-${scale}-without-packs`);
    const quiet = await repeatRuns(heavy, 'valmistelu pdf', () =>
      valmistelu(context, ['pdf', '--content', quietDir, '--out', quietOut]),
    );
    keepPeak(quiet);
    if (quiet.ok && pdf.ok) {
      const quietPages = await pdfPageCounts(quietOut);
      metrics.reportPagesPerSecond = measured(quietPages.reports / quiet.seconds, 'pages/s');
      const packSeconds = pdf.seconds - quiet.seconds;
      // A difference within the runs' noise would give a meaningless rate: report it as too small.
      const measurable = pages.packs > 0 && packSeconds > Math.max(0.25, 0.1 * pdf.seconds);
      metrics.packPagesPerSecond = measurable
        ? measured(pages.packs / packSeconds, 'pages/s')
        : missing(
            'pages/s',
            `too small to measure at this scale: ${pages.packs} pack pages, pdf − pdf without packs = ${packSeconds.toFixed(2)} s`,
          );
    } else {
      const reason = quiet.ok ? 'pdf failed' : quiet.reason;
      metrics.reportPagesPerSecond = missing('pages/s', reason);
      metrics.packPagesPerSecond = missing('pages/s', reason);
    }
  } else {
    metrics.reportPagesPerSecond = missing('pages/s', metrics.pdf.note ?? 'no PDFs');
    metrics.packPagesPerSecond = missing('pages/s', metrics.pdf.note ?? 'no PDFs');
  }

  const meeting = largestMeeting(files);
  if (meeting) {
    log(`${scale}×: pack ${meeting} ×${heavy}`);
    const packOut = join(workDir, `pack-${scale}`);
    const pack = await repeatRuns(heavy, 'valmistelu pack', () =>
      valmistelu(context, ['pack', meeting, '--content', contentDir, '--out', packOut]),
    );
    keepPeak(pack);
    const packFile = (await listPdfs(packOut))[0];
    const packPages = packFile ? await pdfPages(packFile) : undefined;
    if (pack.ok && packPages) {
      metrics.pack = seconds(pack);
      metrics.packPages = measured(packPages, 'pages');
    } else {
      const reason = pack.ok ? 'not available yet: `valmistelu pack` wrote no PDF' : pack.reason;
      metrics.pack = missing('s', reason);
      metrics.packPages = missing('pages', reason);
    }
  }

  const baselinePages = sitePages || counts.groups + counts.reports + counts.meetings + counts.news;
  log(`${scale}×: plain Astro Markdown, ${baselinePages} pages ×${heavy}`);
  const markdown = await measureMarkdownBaseline(context, files, baselinePages, scale);
  if (markdown.ok) {
    metrics.markdown = {
      ...seconds(markdown),
      ...(!sitePages && {
        note: `${baselinePages} pages, one per group, report, meeting and news item (no site yet)`,
      }),
    };
    metrics.markdownPerPage = measured(markdown.seconds / baselinePages, 's');
  } else {
    metrics.markdown = missing('s', markdown.reason);
    metrics.markdownPerPage = missing('s', markdown.reason);
  }
  const { sitePerPage } = site.metrics;
  const versus = ratio(sitePerPage.value ?? undefined, metrics.markdownPerPage.value ?? undefined);
  metrics.siteVsMarkdown =
    versus === undefined ? missing('×', sitePerPage.note ?? 'no baseline') : measured(versus, '×');

  metrics.peakRss = peaks.length ? measured(Math.max(...peaks), 'MiB') : missing('MiB', 'no run finished');
  return { scale, counts, metrics };
}
