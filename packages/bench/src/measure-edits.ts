/**
 * Rebuilds after one edit, with the real `valmistelu build` (`build`) and the cache the clean
 * build before it left: each run edits the file again (a new sentence, so every run has something to redo)
 * and builds. Only the edited file is written, as an editor would, so that file times elsewhere
 * stay put; afterwards the file gets its original text back for the measurements that follow.
 * Each run starts once the build before it has finished removing its retired output.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ContentFiles } from './generate-content.ts';
import { type Repeated, repeatRuns } from './measure/repeat-runs.ts';
import type { TimedRun } from './measure/run-timed.ts';
import { settleAfterBuild } from './measure/settle-after-build.ts';

export interface EditRebuildOptions {
  contentDir: string;
  files: ContentFiles;
  runs: number;
  /** The edited file for run `edit` (from 1): its path in the folder and its new text. */
  edit(files: ContentFiles, edit: number): [string, string];
  /** One `valmistelu build` of `contentDir` into `outDir`, where the clean build wrote. */
  build(): Promise<TimedRun>;
  outDir: string;
  /** Told how long each run waited for the previous build's clean-up, or that it could not. */
  log?(line: string): void;
}

export async function measureEditRebuild({
  contentDir,
  files,
  runs,
  edit,
  build,
  outDir,
  log,
}: EditRebuildOptions): Promise<Repeated> {
  const [path] = edit(files, 1);
  const file = join(contentDir, ...path.split('/'));
  try {
    return await repeatRuns(runs, 'valmistelu build', async (attempt) => {
      const { settled, waitedMs } = await settleAfterBuild(outDir);
      log?.(
        settled
          ? `run ${attempt + 1}: the previous build's clean-up and writes done ${(waitedMs / 1000).toFixed(1)} s later`
          : `run ${attempt + 1}: started before the previous build had removed its old output`,
      );
      await writeFile(file, edit(files, attempt + 1)[1]);
      return build();
    });
  } finally {
    await writeFile(file, files.get(path) ?? '');
  }
}
