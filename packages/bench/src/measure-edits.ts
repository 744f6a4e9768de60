/**
 * Rebuilds after one edit, with the real `valmistelu build` and the cache the clean build before
 * it left: each run edits the file again (a new sentence, so every run has something to redo)
 * and builds. Only the edited file is written, as an editor would, so that file times elsewhere
 * stay put; afterwards the file gets its original text back for the measurements that follow.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type BenchContext, valmistelu } from './bench-context.ts';
import type { ContentFiles } from './generate-content.ts';
import { type Repeated, repeatRuns } from './measure/repeat-runs.ts';

export interface EditRebuildOptions {
  contentDir: string;
  outDir: string;
  files: ContentFiles;
  runs: number;
  /** The edited file for run `edit` (from 1): its path in the folder and its new text. */
  edit(files: ContentFiles, edit: number): [string, string];
}

export async function measureEditRebuild(
  context: BenchContext,
  { contentDir, outDir, files, runs, edit }: EditRebuildOptions,
): Promise<Repeated> {
  const [path] = edit(files, 1);
  const file = join(contentDir, ...path.split('/'));
  try {
    return await repeatRuns(runs, 'valmistelu build', async (attempt) => {
      await writeFile(file, edit(files, attempt + 1)[1]);
      return valmistelu(context, ['build', '--content', contentDir, '--out', outDir]);
    });
  } finally {
    await writeFile(file, files.get(path) ?? '');
  }
}
