/**
 * The project folder of one preview (`dev-server.ts`): inside the site package, named for the
 * process, removed when the process ends however it ends short of being killed outright (Vite
 * ends the process itself on SIGTERM, before an awaited clean-up would run), and a folder a
 * killed preview left is removed by the next one.
 */
import { rmSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';

const prefix = '.valmistelu-dev-';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (problem) {
    // EPERM: it exists, as another user's process.
    return (problem as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Folders of previews whose process is gone. */
async function removeLeftRoots(parent: string): Promise<void> {
  const names = await readdir(parent).catch(() => [] as string[]);
  await Promise.all(
    names.map((name) => {
      const pid = Number(new RegExp(`^${prefix}(\\d+)-`).exec(name)?.[1]);
      if (!pid || pid === process.pid || isAlive(pid)) return undefined;
      return rm(join(parent, name), { recursive: true, force: true });
    }),
  );
}

export interface DevRoot {
  dir: string;
  remove(): void;
}

/** @param parent a folder inside the site package (its `node_modules`). */
export async function makeDevRoot(parent: string): Promise<DevRoot> {
  await removeLeftRoots(parent);
  const dir = await mkdtemp(join(parent, `${prefix}${process.pid}-`));
  const remove = () => {
    process.off('exit', remove);
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', remove);
  return { dir, remove };
}
