/**
 * Repeats a whole-process measurement and keeps the median wall time and the highest peak memory
 * (of the largest process, and of the whole process tree).
 * Stops at the first failing run: a failure is reported with its reason, never averaged in.
 */

import type { TimedRun } from './run-timed.ts';
import { median } from './statistics.ts';

export type Repeated =
  | {
      ok: true;
      seconds: number;
      runs: number[];
      peakRssMiB: number | undefined;
      peakTreeRssMiB: number | undefined;
      last: TimedRun;
    }
  | { ok: false; reason: string; last: TimedRun };

/** Why a `valmistelu` run failed, in one line; a missing command is "not available yet". */
export function failureReason(run: TimedRun, what: string): string {
  const text = `${run.stderr}\n${run.stdout}`;
  if (/Tuntematon komento/.test(text)) return `not available yet: no \`${what}\` command`;
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('at '));
  return `failed with exit code ${run.exitCode}: ${(lines.at(-1) ?? '').slice(0, 200)}`;
}

export async function repeatRuns(
  count: number,
  what: string,
  runOnce: (attempt: number) => Promise<TimedRun>,
  isOk: (run: TimedRun) => boolean = (run) => run.exitCode === 0,
): Promise<Repeated> {
  const runs: number[] = [];
  let peakRssMiB: number | undefined;
  let peakTreeRssMiB: number | undefined;
  let last: TimedRun | undefined;
  for (let attempt = 0; attempt < Math.max(1, count); attempt++) {
    last = await runOnce(attempt);
    if (!isOk(last)) return { ok: false, reason: failureReason(last, what), last };
    runs.push(last.seconds);
    if (last.peakRssMiB !== undefined) peakRssMiB = Math.max(peakRssMiB ?? 0, last.peakRssMiB);
    if (last.peakTreeRssMiB !== undefined)
      peakTreeRssMiB = Math.max(peakTreeRssMiB ?? 0, last.peakTreeRssMiB);
  }
  return { ok: true, seconds: median(runs), runs, peakRssMiB, peakTreeRssMiB, last: last as TimedRun };
}
