/**
 * The benchmark run: every scale in turn, then the once-per-run measurements, then the growth of
 * each per-item cost from 1×. Commands run one at a time: the machine has two cores.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { astroPackageDir, type BenchContext, type Mode, runsFor } from './bench-context.ts';
import { readContentFolder } from './content-folder.ts';
import { ratio } from './measure/statistics.ts';
import {
  chromiumPath,
  measureLongReport,
  measureNoopRebuild,
  measureSmallPdf,
  measureStartup,
} from './measure-once.ts';
import { measureScale } from './measure-scale.ts';
import { type BenchResults, growthMetrics, marginalMetrics, measured, type ScaleResult } from './results.ts';

export const scalesFor: Record<Mode, number[]> = { quick: [1, 10], full: [1, 10, 100] };

export interface BenchOptions {
  mode: Mode;
  seed: number;
  repoDir: string;
  /** Keep the scratch folder for inspection. */
  keep?: boolean;
  log(line: string): void;
}

function growthOf(scales: readonly ScaleResult[]): BenchResults['growth'] {
  const base = scales.find((result) => result.scale === 1);
  return Object.fromEntries(
    growthMetrics.map((key) => [
      key,
      Object.fromEntries(
        scales
          .filter((result) => result.scale !== 1)
          .map((result) => [
            String(result.scale),
            ratio(result.metrics[key]?.value ?? undefined, base?.metrics[key]?.value ?? undefined) ?? null,
          ]),
      ),
    ]),
  );
}

/** Seconds per added item between consecutive scales: start-up costs cancel out, growth shows. */
function marginalOf(scales: readonly ScaleResult[]): BenchResults['marginal'] {
  const pairs = scales.slice(1).map((result, at) => [scales[at] as ScaleResult, result] as const);
  return Object.fromEntries(
    Object.entries(marginalMetrics).map(([perItem, total]) => {
      const itemsOf = (result: ScaleResult) => {
        const cost = result.metrics[total]?.value;
        const each = result.metrics[perItem as keyof typeof marginalMetrics]?.value;
        return cost == null || !each ? undefined : { cost, items: cost / each };
      };
      return [
        perItem,
        Object.fromEntries(
          pairs.map(([from, to]) => {
            const [a, b] = [itemsOf(from), itemsOf(to)];
            const value = a && b && b.items > a.items ? (b.cost - a.cost) / (b.items - a.items) : null;
            return [`${from.scale}→${to.scale}`, value];
          }),
        ),
      ];
    }),
  );
}

function versionOf(command: string, args: string[]): string | undefined {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

async function machineOf(context: BenchContext): Promise<BenchResults['machine']> {
  const astro = await readFile(join(astroPackageDir(context), 'package.json'), 'utf8')
    .then((text) => (JSON.parse(text) as { version: string }).version)
    .catch(() => undefined);
  // "Chromium 156.0.8078.79 built on Debian …": the name and version are enough.
  const chromium = versionOf(chromiumPath, ['--version'])?.split(' ').slice(0, 2).join(' ');
  return {
    cpus: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    ...(chromium && { chromium }),
    ...(astro && { astro }),
  };
}

export async function runBench(options: BenchOptions): Promise<BenchResults> {
  const startedAt = new Date().toISOString();
  const workDir = await mkdtemp(join(tmpdir(), 'valmistelu-bench-'));
  const context: BenchContext = {
    mode: options.mode,
    seed: options.seed,
    repoDir: options.repoDir,
    workDir,
    cacheDir: join(workDir, 'cache'),
    source: await readContentFolder(join(options.repoDir, 'content')),
    log: options.log,
  };
  try {
    const scales: ScaleResult[] = [];
    for (const scale of scalesFor[options.mode]) scales.push(await measureScale(context, scale));
    const once: BenchResults['once'] = {};
    once.startup = await measureStartup(context);
    once.smallPdf = await measureSmallPdf(context);
    Object.assign(once, await measureLongReport(context));
    const build1 = scales.find((result) => result.scale === 1)?.metrics.build;
    once.coldBuild = build1?.value
      ? {
          ...measured(build1.value, 's', build1.runs),
          note: 'the 1× build: the default content, news dates varied',
        }
      : (build1 ?? { value: null, unit: 's', note: 'not measured' });
    once.noopRebuild = await measureNoopRebuild(context);
    return {
      version: 1,
      mode: options.mode,
      seed: options.seed,
      startedAt,
      finishedAt: new Date().toISOString(),
      machine: await machineOf(context),
      runs: Object.fromEntries(
        scales.map(({ scale }) => [
          String(scale),
          { light: runsFor(context, scale, 'light'), heavy: runsFor(context, scale, 'heavy') },
        ]),
      ),
      scales,
      once,
      growth: growthOf(scales),
      marginal: marginalOf(scales),
    };
  } finally {
    if (options.keep) options.log(`scratch folder kept: ${workDir}`);
    else await rm(workDir, { recursive: true, force: true });
  }
}

/** Writes `latest.json` and a dated copy; the folder ignores itself, so results are never committed. */
export async function writeResults(dir: string, results: BenchResults): Promise<string> {
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, '.gitignore'), '*\n');
  const text = `${JSON.stringify(results, null, 2)}\n`;
  const latest = join(dir, 'latest.json');
  await writeFile(latest, text);
  await writeFile(join(dir, `${results.startedAt.replace(/[:.]/g, '-')}-${results.mode}.json`), text);
  return latest;
}
