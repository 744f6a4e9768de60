/**
 * What makes a folder one shard of a build (`valmistelu build --shard I/N`): beside the output
 * marker every output has, a shard marker saying which shard of how many it is, for which run
 * date, and of which content (a digest of the content folder's files). `valmistelu merge` takes
 * only folders with both markers, of one content and date, every shard once.
 *
 * The moment of a run dated by the clock (which scheduled news are out) is not compared: shards
 * start minutes apart. Every shard writes the whole sitemap, so shards that published different
 * news differ in a file they share, and `merge` refuses them for that.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { formatShard, parseShard, type Shard } from '@valmistelu/domain/shard';

export const shardMarkerName = '.valmistelu-shard';

export interface ShardMarker {
  shard: Shard;
  /** The run's date, `YYYY-MM-DD`. */
  asOf: string;
  /** `contentDigest` of the content folder the shard was built from. */
  content: string;
}

/**
 * Every file of the content folder, by its path in the folder and its bytes: equal for one
 * checkout wherever it lies, different after any edit.
 */
export async function contentDigest(contentDir: string): Promise<string> {
  const entries = await readdir(contentDir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(contentDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
  const hash = createHash('sha256');
  for (const file of files) {
    const bytes = await readFile(join(contentDir, file));
    hash.update(`${file}\0${bytes.byteLength}\0`).update(bytes);
  }
  return hash.digest('hex');
}

export async function writeShardMarker(dir: string, marker: ShardMarker): Promise<void> {
  const text = `valmistelu-osa ${formatShard(marker.shard)}\npäivä ${marker.asOf}\nsisältö ${marker.content}\n`;
  await writeFile(join(dir, shardMarkerName), text);
}

/** The folder's shard marker; undefined when it has none or not one this tool wrote. */
export async function readShardMarker(dir: string): Promise<ShardMarker | undefined> {
  const text = await readFile(join(dir, shardMarkerName), 'utf8').catch(() => undefined);
  const match =
    text && /^valmistelu-osa (\S+)\npäivä (\d{4}-\d{2}-\d{2})\nsisältö ([0-9a-f]{64})\n$/.exec(text);
  if (!match) return undefined;
  const shard = parseShard(match[1] ?? '');
  if (typeof shard === 'string') return undefined;
  return { shard, asOf: match[2] ?? '', content: match[3] ?? '' };
}
