/**
 * Publishing that never leaves a half-written site: everything is built in a temporary folder
 * next to the output, and swapped in only when all of it succeeded. A lock serialises the swap,
 * so two builds started at once each publish a complete output, one after the other. Only an
 * empty folder or a previous output (one with the marker file) is replaced, unless forced; the
 * caller has already refused the folders that may never be replaced (`output-guard.ts`).
 */
import { mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { startFolderRemover } from './background-removal.ts';
import { acquireLock } from './file-lock.ts';
import { outputFolderState, writeOutputMarker } from './output-marker.ts';
import { buildingPrefix } from './stale-builds.ts';

/** `refused`: by the time the build was done, something other than a previous output was there. */
export type PublishResult = 'published' | 'failed' | 'refused';

/** Builds into a fresh temporary folder and, if `produce` returns true, swaps it into `outDir`. */
export async function publishAtomically(
  outDir: string,
  produce: (tempDir: string) => Promise<boolean>,
  { force = false }: { force?: boolean } = {},
): Promise<PublishResult> {
  await mkdir(dirname(outDir), { recursive: true });
  // Same parent folder as the output, so that the final rename is atomic on one filesystem.
  const tempDir = await mkdtemp(buildingPrefix(outDir));
  try {
    if (!(await produce(tempDir))) return 'failed';
    // After producing: the site's build empties its folder when it starts.
    await writeOutputMarker(tempDir);
    return await swapIn(tempDir, outDir, force);
  } finally {
    await rm(tempDir, { recursive: true, force: true });
  }
}

/**
 * The name the previous output takes once swapped out: a build's temporary name with the pid of
 * the process that removes it (`background-removal.ts`), this one's when it removes it itself.
 */
function retiredName(outDir: string, tempDir: string, removerPid: number): string {
  const unique = tempDir.slice(buildingPrefix(outDir).length);
  return `${buildingPrefix(outDir, removerPid)}${unique}.previous`;
}

async function swapIn(tempDir: string, outDir: string, force: boolean): Promise<PublishResult> {
  // Started before the lock is taken; it ends at once when handed nothing.
  const remover = startFolderRemover();
  const retired = retiredName(outDir, tempDir, remover.pid ?? process.pid);
  let replaced = false;
  try {
    const release = await acquireLock(`${outDir}.lock`);
    try {
      // Checked again under the lock: the folder may have changed while this build ran.
      const state = await outputFolderState(outDir);
      if (state === 'not-a-folder' || (state === 'foreign' && !force)) return 'refused';
      if (state !== 'absent') await rename(outDir, retired);
      try {
        await rename(tempDir, outDir);
      } catch (problem) {
        // The previous output goes back where it was.
        if (state !== 'absent') await rename(retired, outDir);
        throw problem;
      }
      replaced = state !== 'absent';
    } finally {
      await release();
    }
  } finally {
    await remover.hand(replaced ? retired : undefined);
  }
  return 'published';
}
