/**
 * Every output folder carries a marker file, so that a later build replaces only a folder this
 * tool wrote. Its text is fixed (no date) so that two builds of the same content stay
 * byte-identical.
 */
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const outputMarkerName = '.valmistelu-output';
export const outputMarkerText = 'Tämän kansion on koonnut valmistelu; seuraava koonti korvaa sen kokonaan.\n';

export async function writeOutputMarker(dir: string): Promise<void> {
  await writeFile(join(dir, outputMarkerName), outputMarkerText);
}

/** What is at an output path, as far as replacing it is concerned. */
export type OutputFolderState = 'absent' | 'empty' | 'previous-output' | 'foreign' | 'not-a-folder';

export async function outputFolderState(dir: string): Promise<OutputFolderState> {
  const stats = await stat(dir).catch((problem: NodeJS.ErrnoException) => {
    if (problem.code === 'ENOENT') return 'absent' as const;
    // A file in the middle of the path.
    if (problem.code === 'ENOTDIR') return 'not-a-folder' as const;
    throw problem;
  });
  if (typeof stats === 'string') return stats;
  if (!stats.isDirectory()) return 'not-a-folder';
  const names = await readdir(dir);
  if (names.length === 0) return 'empty';
  if (!names.includes(outputMarkerName)) return 'foreign';
  const text = await readFile(join(dir, outputMarkerName), 'utf8').catch(() => '');
  return text === outputMarkerText ? 'previous-output' : 'foreign';
}

/**
 * Marks a folder that `pdf` or `pack` is about to add files to as an output of this tool when it
 * is new or empty, so that a later `build` may replace it. A folder with other files stays
 * unmarked: those files are not ours.
 */
export async function claimOutputFolder(dir: string, state: OutputFolderState): Promise<void> {
  if (state !== 'absent' && state !== 'empty') return;
  await mkdir(dir, { recursive: true });
  await writeOutputMarker(dir);
}
