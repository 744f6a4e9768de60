/**
 * Which machine of a sharded build (`valmistelu build --shard I/N`) makes which file: each page
 * and PDF belongs to exactly one shard, by a stable hash of a key that names it (a page's path,
 * a PDF job's description). The same key gives the same shard on every machine and run, so N
 * shards together make every file once, and `valmistelu merge` can put them back together.
 */

/** Shard `index` of `count`, counted from 1 as `--shard 2/4` says it. */
export interface Shard {
  index: number;
  count: number;
}

/** The most shards a build is split into: more machines than this would each make a few pages. */
export const maxShards = 256;

/** `I/N` as `--shard` takes it; a Finnish problem when it is not a shard of its count. */
export function parseShard(text: string): Shard | string {
  const match = /^(\d{1,3})\/(\d{1,3})$/.exec(text.trim());
  if (!match) return `anna muodossa I/N, esimerkiksi 1/4 (annettu "${text}")`;
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (count < 1 || count > maxShards) return `osien määrän N pitää olla 1–${maxShards} (annettu ${count})`;
  if (index < 1 || index > count) return `osan numeron I pitää olla 1–${count} (annettu ${index})`;
  return { index, count };
}

/** `I/N`, as parsed by `parseShard`. */
export function formatShard({ index, count }: Shard): string {
  return `${index}/${count}`;
}

/**
 * 32-bit FNV-1a over the key's UTF-16 code units: stable across machines and Node versions, and
 * free of `node:crypto`, so that this module stays pure.
 */
function stableHash(key: string): number {
  let hash = 0x811c9dc5;
  for (let at = 0; at < key.length; at++) {
    hash ^= key.charCodeAt(at);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** Whether the file named by `key` is made by `shard`; exactly one shard of a count makes each. */
export function inShard(key: string, shard: Shard): boolean {
  return stableHash(key) % shard.count === shard.index - 1;
}
