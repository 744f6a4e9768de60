/**
 * Waits until the previous `valmistelu build` into a folder has finished behind the scenes, so
 * that a timed rebuild has the machine to itself, as an editor's next build after a save would.
 * The command returns once its new output is swapped in; a detached process then removes the
 * retired output (packages/cli/src/background-removal.ts), which at 100× the organisation is
 * 30,000 files and took 2.3 s here. Timed back to back, each rebuild ran beside the previous
 * one's removal, and the rows measured both.
 */
import { execFile } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';

export interface SettleOptions {
  /** How often the output's folder is looked at, ms. */
  pollMs?: number;
  /** How long to wait at most, ms; a removal this slow is timed with the next run, and said so. */
  limitMs?: number;
}

/**
 * The build's temporary and retired folders sit next to its output, named after it
 * (`.dist.building-<pid>-….previous` for `dist`, packages/cli/src/stale-builds.ts).
 */
async function buildFoldersBeside(outDir: string): Promise<boolean> {
  const prefix = `.${basename(outDir)}.`;
  const names = await readdir(dirname(outDir)).catch(() => [] as string[]);
  return names.some((name) => name.startsWith(prefix));
}

/**
 * Resolves when no build folder is left beside `outDir` and what was written has reached the
 * disk (`sync`, so that one run's writes are not flushed during the next); `settled` is false
 * when the limit came first.
 */
export async function settleAfterBuild(
  outDir: string,
  { pollMs = 100, limitMs = 120_000 }: SettleOptions = {},
): Promise<{ settled: boolean; waitedMs: number }> {
  const started = performance.now();
  let settled = true;
  while (await buildFoldersBeside(outDir)) {
    if (performance.now() - started >= limitMs) {
      settled = false;
      break;
    }
    await sleep(pollMs);
  }
  // Not on every system (and not needed where it is missing): the wait above is the main part.
  await promisify(execFile)('sync').catch(() => undefined);
  return { settled, waitedMs: performance.now() - started };
}
