/**
 * Where Pagefind's folder of links to the pages is made (`pages-in-order.ts`): in memory when the
 * system has room there, as Linux (and its CI runners) has at /dev/shm, where a link costs no
 * disk. A long link takes a page of memory (about 25 MB for 6,300 pages at 100×) and a container
 * often gives /dev/shm only 64 MB, so memory is used only with 256 MB free, else the system's
 * temporary folder.
 */
import { accessSync, constants, statfsSync } from 'node:fs';
import { tmpdir } from 'node:os';

const inMemory = '/dev/shm';
const roomNeeded = 256 * 1024 ** 2;

export function scratchRoot(): string {
  try {
    accessSync(inMemory, constants.W_OK);
    const { bavail, bsize } = statfsSync(inMemory);
    if (bavail * bsize >= roomNeeded) return inMemory;
  } catch {
    // No such folder (macOS, Windows) or not ours to write: the temporary folder it is.
  }
  return tmpdir();
}
