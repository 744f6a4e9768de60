/**
 * Puts the shard folders of one build together (`valmistelu merge`): every file of every shard
 * once, a file that several shards wrote (the `_astro/` bundles, the sitemap, the editor) only when
 * its bytes are the same in each, and no shard marker. The caller indexes the result for search.
 */
import { constants } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, stat } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { outputMarkerName } from './output-marker.ts';
import { shardMarkerName } from './shard-output.ts';

/** A file two shards wrote with different bytes: the shards are not of one build. */
export interface MergeConflict {
  path: string;
  shards: [string, string];
}

async function filesOf(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((path) => path !== shardMarkerName && path !== outputMarkerName)
    .sort();
}

async function sameBytes(a: string, b: string): Promise<boolean> {
  const [statA, statB] = await Promise.all([stat(a), stat(b)]);
  if (statA.size !== statB.size) return false;
  const [bytesA, bytesB] = await Promise.all([readFile(a), readFile(b)]);
  return bytesA.equals(bytesB);
}

/** Copies every shard's files into `outDir`; the conflicts, none when the shards agree. */
export async function mergeShards(shardDirs: readonly string[], outDir: string): Promise<MergeConflict[]> {
  const from = new Map<string, string>();
  const conflicts: MergeConflict[] = [];
  for (const shardDir of shardDirs) {
    for (const path of await filesOf(shardDir)) {
      const source = join(shardDir, path);
      const earlier = from.get(path);
      if (earlier !== undefined) {
        if (!(await sameBytes(join(earlier, path), source)))
          conflicts.push({ path, shards: [earlier, shardDir] });
        continue;
      }
      from.set(path, shardDir);
      const target = join(outDir, path);
      await mkdir(dirname(target), { recursive: true });
      // A copy-on-write clone where the file system has them: 5 GB of packs at 100×.
      await copyFile(source, target, constants.COPYFILE_FICLONE);
    }
  }
  return conflicts;
}
