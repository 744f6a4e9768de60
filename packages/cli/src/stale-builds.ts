/**
 * The temporary folders a build works in sit next to the output and carry the building
 * process's pid in their name, so that the next build can remove what a killed one left behind
 * without touching the folder of a build that is still running.
 */
import { readdir, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { lockDraftOwner } from './file-lock.ts';
import { isProcessAlive, pidOf } from './process-alive.ts';

/** The prefix for `mkdtemp`: `.dist.building-<pid>-`, this process's pid unless another is named. */
export function buildingPrefix(outDir: string, pid = process.pid): string {
  return join(dirname(outDir), `.${basename(outDir)}.building-${pid}-`);
}

/**
 * Removes temporary and retired (`….previous`) folders of builds into `outDir` whose process is
 * gone, and half-written lock files of such processes.
 */
export async function removeStaleBuilds(outDir: string): Promise<string[]> {
  const parent = dirname(outDir);
  const name = basename(outDir);
  const building = `.${name}.building-`;
  const names = await readdir(parent).catch(() => [] as string[]);
  const stale = names.filter((entry) => {
    const pid = entry.startsWith(building)
      ? pidOf(entry.slice(building.length))
      : lockDraftOwner(entry, `${name}.lock`);
    return pid !== undefined && !isProcessAlive(pid);
  });
  await Promise.all(stale.map((entry) => rm(join(parent, entry), { recursive: true, force: true })));
  return stale;
}
