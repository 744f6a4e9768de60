/**
 * Publishing that never leaves a half-written site: everything is built in a temporary folder
 * next to the output, and swapped in only when all of it succeeded. A lock serialises the swap,
 * so two builds started at once each publish a complete output, one after the other.
 */
import { mkdir, mkdtemp, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** Builds into a fresh temporary folder and, if `produce` returns true, swaps it into `outDir`. */
export async function publishAtomically(
  outDir: string,
  produce: (tempDir: string) => Promise<boolean>,
): Promise<boolean> {
  const parent = dirname(outDir);
  await mkdir(parent, { recursive: true });
  // Same parent folder as the output, so that the final rename is atomic on one filesystem.
  const tempDir = await mkdtemp(join(parent, `.${basename(outDir)}.building-`));
  try {
    if (!(await produce(tempDir))) return false;
    await swapIn(tempDir, outDir);
    return true;
  } finally {
    await rm(tempDir, { recursive: true, force: true });
  }
}

async function swapIn(tempDir: string, outDir: string): Promise<void> {
  const release = await acquireLock(`${outDir}.lock`);
  const retired = `${tempDir}.previous`;
  try {
    const hadOutput = await exists(outDir);
    if (hadOutput) await rename(outDir, retired);
    await rename(tempDir, outDir);
  } finally {
    await release();
  }
  await rm(retired, { recursive: true, force: true });
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** An exclusive lock file holding the owner's pid; a lock whose owner has died is taken over. */
async function acquireLock(lockFile: string, timeoutMs = 120_000): Promise<() => Promise<void>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const handle = await open(lockFile, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      return () => rm(lockFile, { force: true });
    } catch (problem) {
      if ((problem as NodeJS.ErrnoException).code !== 'EEXIST') throw problem;
      if (await ownerIsGone(lockFile)) await rm(lockFile, { force: true });
      else if (Date.now() > deadline) throw new Error(`toinen koonti pitää lukkoa ${lockFile}`);
      else await sleep(50);
    }
  }
}

async function ownerIsGone(lockFile: string): Promise<boolean> {
  const pid = Number(await readFile(lockFile, 'utf8').catch(() => ''));
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch {
    return true;
  }
}
