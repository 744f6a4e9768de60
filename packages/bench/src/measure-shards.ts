/**
 * `pnpm bench shards --scale K`: a cold build of K× the organisation on one machine, then in 1, 2
 * and 4 shards (`build --shard I/N`) run one after another, each shard with an empty cache as a
 * fresh CI machine has, and their `merge`. On N machines the wall time is the slowest shard plus
 * the merge; here the shards run in turn, so each is timed alone. Every merged output is compared
 * with the one-machine build, byte for byte.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { generateContentFolder } from './content-folder.ts';
import { runTimed, type TimedRun } from './measure/run-timed.ts';

export interface ShardsOptions {
  repoDir: string;
  scale: number;
  seed: number;
  /** How many shards each row splits the build into. */
  counts: readonly number[];
  log(line: string): void;
}

export interface ShardsRow {
  count: number;
  /** Seconds of each shard's build, shard 1 first. */
  shards: number[];
  merge: number;
  /** The largest process of any shard or of the merge, MiB (GNU time). */
  peakMiB: number | undefined;
  /** The merged output is the one-machine build's, every file's bytes. */
  sameBytes: boolean;
}

export interface ShardsResults {
  scale: number;
  seed: number;
  files: number;
  /** The one-machine `build`, for comparison. */
  build: number;
  rows: ShardsRow[];
}

/** Every file under `dir` by its path and bytes. */
async function treeDigest(dir: string): Promise<string> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
  const hash = createHash('sha256');
  for (const file of files) hash.update(`${file}\0`).update(await readFile(join(dir, file)));
  return hash.digest('hex');
}

export async function measureShards(options: ShardsOptions): Promise<ShardsResults> {
  const { repoDir, scale, seed, log } = options;
  const work = await mkdtemp(join(tmpdir(), 'valmistelu-bench-shards-'));
  const valmistelu = async (what: string, args: readonly string[]): Promise<TimedRun> => {
    const run = await runTimed('pnpm', ['--silent', 'valmistelu', ...args], { cwd: repoDir });
    if (run.exitCode !== 0) throw new Error(`${what} failed (${run.exitCode}):\n${run.stderr}`);
    log(`${what}: ${run.seconds.toFixed(1)} s`);
    return run;
  };
  try {
    const content = join(work, 'content');
    const files = await generateContentFolder({ from: join(repoDir, 'content'), to: content, scale, seed });
    log(`${scale}×: ${files} files`);
    // Cold: a cache folder of its own, empty.
    const cold = (name: string) => ['--content', content, '--cache', join(work, `cache-${name}`)];
    const built = await valmistelu('build', ['build', ...cold('build'), '--out', join(work, 'build')]);
    const reference = await treeDigest(join(work, 'build'));
    await rm(join(work, 'build'), { recursive: true, force: true });
    const rows: ShardsRow[] = [];
    for (const count of options.counts) {
      const runs: TimedRun[] = [];
      const dirs: string[] = [];
      for (let index = 1; index <= count; index++) {
        const out = join(work, `shard-${index}-of-${count}`);
        dirs.push(out);
        runs.push(
          await valmistelu(`shard ${index}/${count}`, [
            'build',
            ...cold(`${index}-of-${count}`),
            '--shard',
            `${index}/${count}`,
            '--out',
            out,
          ]),
        );
      }
      const merged = join(work, `merged-${count}`);
      const merge = await valmistelu(`merge of ${count}`, [
        'merge',
        ...cold(`merge-${count}`),
        '--out',
        merged,
        ...dirs,
      ]);
      const peaks = [...runs, merge].flatMap((run) => (run.peakRssMiB === undefined ? [] : [run.peakRssMiB]));
      rows.push({
        count,
        shards: runs.map((run) => run.seconds),
        merge: merge.seconds,
        peakMiB: peaks.length ? Math.max(...peaks) : undefined,
        sameBytes: (await treeDigest(merged)) === reference,
      });
      // At 100× each output is gigabytes of PDFs.
      for (const dir of [...dirs, merged]) await rm(dir, { recursive: true, force: true });
    }
    return { scale, seed, files, build: built.seconds, rows };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

const s = (seconds: number) => `${seconds.toFixed(1)} s`;

/** The rows as a Markdown table, as the README shows them. */
export function formatShards(results: ShardsResults): string {
  const lines = [
    `Cold build of ${results.scale}× (${results.files} content files, seed ${results.seed}); one machine, \`build\`: ${s(results.build)}`,
    '',
    '| shards | each shard | merge | on N machines (slowest + merge) | on one machine (all + merge) | peak memory | bytes as `build` |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const row of results.rows) {
    const slowest = Math.max(...row.shards);
    const all = row.shards.reduce((sum, seconds) => sum + seconds, 0);
    lines.push(
      `| ${row.count} | ${row.shards.map(s).join(', ')} | ${s(row.merge)} | ${s(slowest + row.merge)} | ${s(all + row.merge)} | ${row.peakMiB === undefined ? '–' : `${Math.round(row.peakMiB)} MiB`} | ${row.sameBytes ? 'same' : 'DIFFERENT'} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}
