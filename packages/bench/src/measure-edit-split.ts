/**
 * `pnpm bench edits --scale K`: a clean build of K× the organisation, then the rebuilds after
 * editing one report and one news item, each several times, and with nothing changed (the fixed
 * cost of every build), with the real `valmistelu build` on the cache the clean build left. Each row gives the median run's wall time, its processor time
 * (user and system, every process of the build) and where its time went: the steps of
 * `build --timings`, per part, since the site and the PDFs run at the same time.
 *
 * The full `pnpm bench` at 100× takes hours (clean builds, `pdf` with and without packs);
 * this measures only the rows of a republish, in one clean build's time and a few minutes.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { readContentFolder, writeContentFolder } from './content-folder.ts';
import { editedNews, editedReport, unchangedReport } from './content-variants.ts';
import { generateContent } from './generate-content.ts';
import { runTimed, type TimedRun } from './measure/run-timed.ts';
import { median } from './measure/statistics.ts';
import { measureEditRebuild } from './measure-edits.ts';

export interface EditSplitOptions {
  repoDir: string;
  scale: number;
  seed: number;
  /** Rebuilds after each kind of edit; the row is their median. */
  runs: number;
  log(line: string): void;
}

/** A step as `build --timings` writes it (packages/cli/src/progress/step-timings.ts). */
const stepTiming = z.object({ part: z.string(), step: z.string(), start: z.number(), end: z.number() });
const timingsReport = z.object({ seconds: z.number(), steps: z.array(stepTiming) });
export type StepTiming = z.infer<typeof stepTiming>;

export interface EditSplitRow {
  what: 'clean build' | 'edit one report' | 'edit one news item' | 'nothing changed';
  /** Every run's wall time, in order. */
  runs: number[];
  /** The median run's. */
  seconds: number;
  /** Processor time of the median run, user and system, every process; undefined without GNU time. */
  cpuSeconds: number | undefined;
  /** The largest process of the median run, MiB. */
  peakMiB: number | undefined;
  /** The median run's steps. */
  steps: StepTiming[];
}

export interface EditSplitResults {
  scale: number;
  seed: number;
  files: number;
  cores: number;
  rows: EditSplitRow[];
}

interface TimedBuild {
  run: TimedRun;
  steps: StepTiming[];
}

/** The run whose wall time is the median (the lower middle one of an even number). */
function medianRun(builds: readonly TimedBuild[]): TimedBuild {
  const sorted = [...builds].sort((a, b) => a.run.seconds - b.run.seconds);
  return sorted[Math.floor((sorted.length - 1) / 2)] as TimedBuild;
}

function rowOf(what: EditSplitRow['what'], builds: readonly TimedBuild[]): EditSplitRow {
  const middle = medianRun(builds);
  return {
    what,
    runs: builds.map((build) => build.run.seconds),
    seconds: median(builds.map((build) => build.run.seconds)),
    cpuSeconds: middle.run.cpuSeconds,
    peakMiB: middle.run.peakRssMiB,
    steps: middle.steps,
  };
}

export async function measureEditSplit(options: EditSplitOptions): Promise<EditSplitResults> {
  const { repoDir, scale, seed, runs, log } = options;
  const work = await mkdtemp(join(tmpdir(), 'valmistelu-bench-edits-'));
  const contentDir = join(work, 'content');
  const outDir = join(work, 'build');
  const timingsFile = join(work, 'timings.json');
  const build = async (what: string): Promise<TimedRun & { steps: StepTiming[] }> => {
    const run = await runTimed(
      'pnpm',
      [
        '--silent',
        'valmistelu',
        'build',
        '--content',
        contentDir,
        '--out',
        outDir,
        '--cache',
        join(work, 'cache'),
        '--timings',
        timingsFile,
      ],
      { cwd: repoDir },
    );
    if (run.exitCode !== 0) throw new Error(`${what} failed (${run.exitCode}):\n${run.stderr}`);
    const { steps } = timingsReport.parse(JSON.parse(await readFile(timingsFile, 'utf8')));
    log(`${what}: ${run.seconds.toFixed(1)} s`);
    return { ...run, steps };
  };
  try {
    const files = generateContent(await readContentFolder(join(repoDir, 'content')), { scale, seed });
    await writeContentFolder(contentDir, files);
    log(`${scale}×: ${files.size} files`);
    const clean = await build('clean build');
    const rows = [rowOf('clean build', [{ run: clean, steps: clean.steps }])];
    for (const [what, edit] of [
      ['edit one report', editedReport],
      ['edit one news item', editedNews],
    ] as const) {
      const builds: TimedBuild[] = [];
      const repeated = await measureEditRebuild({
        contentDir,
        files,
        runs,
        edit,
        outDir,
        log,
        build: async () => {
          const run = await build(what);
          builds.push({ run, steps: run.steps });
          return run;
        },
      });
      if (!repeated.ok) throw new Error(`${what}: ${repeated.reason}`);
      rows.push(rowOf(what, builds));
    }
    // The last edits were undone after their rebuilds: built once, unmeasured, so that nothing
    // has changed for the row after.
    await build('edits undone');
    const builds: TimedBuild[] = [];
    const repeated = await measureEditRebuild({
      contentDir,
      files,
      runs,
      edit: unchangedReport,
      outDir,
      log,
      build: async () => {
        const run = await build('nothing changed');
        builds.push({ run, steps: run.steps });
        return run;
      },
    });
    if (!repeated.ok) throw new Error(`nothing changed: ${repeated.reason}`);
    rows.push(rowOf('nothing changed', builds));
    return { scale, seed, files: files.size, cores: availableParallelism(), rows };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

const s = (seconds: number) => `${seconds.toFixed(1)} s`;

/** The rows, then each row's steps, as Markdown tables, as the README shows them. */
export function formatEditSplit(results: EditSplitResults): string {
  const lines = [
    `${results.scale}× the organisation (${results.files} content files, seed ${results.seed}), ${results.cores} cores; the median run of each row`,
    '',
    '| build | wall time | runs | processor time (user + system) | cores kept busy |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const row of results.rows) {
    const cpu = row.cpuSeconds;
    lines.push(
      `| ${row.what} | ${s(row.seconds)} | ${row.runs.map(s).join(', ')} | ${cpu === undefined ? '–' : s(cpu)} | ${cpu === undefined ? '–' : (cpu / row.seconds).toFixed(2)} |`,
    );
  }
  for (const row of results.rows.filter((candidate) => candidate.steps.length > 0)) {
    lines.push(
      '',
      `Steps of "${row.what}" (${s(row.seconds)} with pnpm's start; from the process's start, parts side by side):`,
      '',
    );
    lines.push('| part | step | from | to | time |', '| --- | --- | --- | --- | --- |');
    const first = Math.min(...row.steps.map((step) => step.start));
    lines.push(`| – | Node and the CLI starting | 0.0 s | ${s(first)} | ${s(first)} |`);
    for (const step of row.steps) {
      lines.push(
        `| ${step.part} | ${step.step} | ${s(step.start)} | ${s(step.end)} | ${s(step.end - step.start)} |`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
