/**
 * Runs one whole process and measures it from outside: wall time around the spawn, peak resident
 * memory from GNU time (`/usr/bin/time -v`, the largest process of the tree) and the peak of the
 * whole tree's sum, sampled (`process-tree.ts`). Never throws for a failing command: the exit
 * code and output come back as data.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sampleTreeRss } from './process-tree.ts';

export interface TimedRun {
  seconds: number;
  /** Peak resident set size in MiB; undefined without GNU time. */
  peakRssMiB: number | undefined;
  /** Peak of the resident sets of all the run's processes together, in MiB; undefined without `/proc`. */
  peakTreeRssMiB: number | undefined;
  /**
   * Processor time of the run and every process it waited for, user and system together, in
   * seconds (GNU time); undefined without it. Over the wall time: how many cores it kept busy.
   */
  cpuSeconds: number | undefined;
  exitCode: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
}

const gnuTime = '/usr/bin/time';

export function parsePeakRssMiB(report: string): number | undefined {
  const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(report);
  return match?.[1] === undefined ? undefined : Number(match[1]) / 1024;
}

/** User plus system time from GNU time's report. */
export function parseCpuSeconds(report: string): number | undefined {
  const user = /User time \(seconds\): ([\d.]+)/.exec(report)?.[1];
  const system = /System time \(seconds\): ([\d.]+)/.exec(report)?.[1];
  return user === undefined || system === undefined ? undefined : Number(user) + Number(system);
}

export async function runTimed(
  command: string,
  args: readonly string[],
  options: RunOptions,
): Promise<TimedRun> {
  const statsDir = await mkdtemp(join(tmpdir(), 'valmistelu-bench-time-'));
  const statsFile = join(statsDir, 'time.txt');
  const withTime = existsSync(gnuTime);
  const [file, argv] = withTime ? [gnuTime, ['-v', '-o', statsFile, command, ...args]] : [command, [...args]];
  const started = performance.now();
  let sampler: ReturnType<typeof sampleTreeRss> | undefined;
  const { exitCode, stdout, stderr } = await new Promise<{
    exitCode: number;
    stdout: string;
    stderr: string;
  }>((done) => {
    const child = spawn(file, argv, { cwd: options.cwd, env: options.env ?? process.env });
    if (child.pid !== undefined) sampler = sampleTreeRss(child.pid);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', (problem) => done({ exitCode: 127, stdout, stderr: `${stderr}${problem.message}\n` }));
    child.on('close', (code) => done({ exitCode: code ?? 1, stdout, stderr }));
  });
  const seconds = (performance.now() - started) / 1000;
  const peakTreeRssMiB = await sampler?.stop();
  const report = withTime ? await readFile(statsFile, 'utf8').catch(() => '') : '';
  await rm(statsDir, { recursive: true, force: true });
  return {
    seconds,
    peakRssMiB: parsePeakRssMiB(report),
    peakTreeRssMiB,
    cpuSeconds: parseCpuSeconds(report),
    exitCode,
    stdout,
    stderr,
  };
}
