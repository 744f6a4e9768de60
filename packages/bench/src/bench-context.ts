/**
 * What every measurement step shares: where the repository and the scratch folder are, how many
 * runs a measurement gets, and how to run `pnpm valmistelu` and the baselines' programs.
 */
import { realpathSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentFiles } from './generate-content.ts';
import { type RunOptions, runTimed, type TimedRun } from './measure/run-timed.ts';

export type Mode = 'quick' | 'full';
/** Light: check and small commands. Heavy: builds, PDFs and the baselines. */
export type Weight = 'light' | 'heavy';

export interface BenchContext {
  mode: Mode;
  seed: number;
  repoDir: string;
  /** Scratch folder for generated content and outputs, removed at the end. */
  workDir: string;
  /** The cache folder every `valmistelu` run of the benchmark uses (`--cache`), inside `workDir`. */
  cacheDir: string;
  /** The repository's default content. */
  source: ContentFiles;
  log(line: string): void;
}

/** Runs per measurement: enough for a median where cheap, one run where a run takes minutes. */
const runCounts: Record<Mode, Record<Weight, Record<number, number>>> = {
  quick: { light: { 1: 5, 10: 3 }, heavy: { 1: 3, 10: 1 } },
  full: { light: { 1: 5, 10: 5, 100: 3 }, heavy: { 1: 3, 10: 3, 100: 1 } },
};

export function runsFor(context: BenchContext, scale: number, weight: Weight): number {
  return runCounts[context.mode][weight][scale] ?? 1;
}

export function valmistelu(context: BenchContext, args: readonly string[]): Promise<TimedRun> {
  return runTimed('pnpm', ['--silent', 'valmistelu', ...args, '--cache', context.cacheDir], {
    cwd: context.repoDir,
  });
}

export function runIn(
  context: BenchContext,
  command: string,
  args: readonly string[],
  options?: Partial<RunOptions>,
) {
  return runTimed(command, args, { cwd: context.repoDir, ...options });
}

/** The Astro package the site uses, resolved to its real folder in the pnpm store. */
export function astroPackageDir(context: BenchContext): string {
  return realpathSync(join(context.repoDir, 'apps/site/node_modules/astro'));
}
