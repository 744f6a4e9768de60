import { mkdir, mkdtemp, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  keptSiteCaches,
  markSiteCacheUsed,
  pruneSiteCaches,
  siteCacheDir,
  staleCacheEntries,
} from '../src/site-cache.ts';

describe('staleCacheEntries', () => {
  const entries = [
    { name: 'a', usedMs: 1 },
    { name: 'b', usedMs: 5 },
    { name: 'c', usedMs: 3 },
    { name: 'd', usedMs: 4 },
  ];

  it('keeps the most recently used and gives the rest', () => {
    expect(staleCacheEntries(entries, 2)).toEqual(['c', 'a']);
  });

  it('counts the current entry among those kept, however old', () => {
    expect(staleCacheEntries(entries, 2, 'a')).toEqual(['d', 'c']);
  });

  it('removes nothing when there are no more entries than the bound', () => {
    expect(staleCacheEntries(entries, 4)).toEqual([]);
    expect(staleCacheEntries(entries, 10, 'b')).toEqual([]);
  });

  it('breaks ties by name, whatever order the folder lists them in', () => {
    const tied = [
      { name: 'y', usedMs: 7 },
      { name: 'x', usedMs: 7 },
      { name: 'z', usedMs: 7 },
    ];
    expect(staleCacheEntries(tied, 1)).toEqual(['y', 'z']);
    expect(staleCacheEntries([...tied].reverse(), 1)).toEqual(['y', 'z']);
  });
});

describe('pruneSiteCaches', () => {
  let root: string;
  const names = Array.from({ length: 12 }, (_, at) => `entry-${String(at).padStart(2, '0')}`);

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'valmistelu-site-cache-'));
    // entry-00 was used first, entry-11 last, a minute apart.
    for (const [at, name] of names.entries()) {
      await mkdir(join(root, name, 'pages'), { recursive: true });
      await writeFile(join(root, name, 'pages', 'index.html'), name);
      const used = new Date(Date.UTC(2018, 4, 31, 12, at));
      await utimes(join(root, name), used, used);
    }
    await writeFile(join(root, 'entry-05.lock'), 'a lock file beside its entry');
  });

  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  const release = async () => {};
  const remaining = async () => (await readdir(root)).sort();

  it('keeps the bound of most recently used entries and the current one', async () => {
    const current = join(root, 'entry-01');
    const removed = await pruneSiteCaches(root, { current, keep: 4, take: async () => release });
    expect(removed.map((dir) => dir.slice(root.length + 1)).sort()).toEqual(
      names.filter((name) => !['entry-01', 'entry-09', 'entry-10', 'entry-11'].includes(name)),
    );
    expect(await remaining()).toEqual(['entry-01', 'entry-05.lock', 'entry-09', 'entry-10', 'entry-11']);
  });

  it('leaves an entry another build holds', async () => {
    const taken: string[] = [];
    await pruneSiteCaches(root, {
      keep: 10,
      take: async (dir) => {
        taken.push(dir);
        return dir.endsWith('entry-00') ? undefined : release;
      },
    });
    expect(taken.sort()).toEqual([join(root, 'entry-00'), join(root, 'entry-01')]);
    expect(await remaining()).toEqual(
      [...names.filter((name) => name !== 'entry-01'), 'entry-05.lock'].sort(),
    );
  });

  it('counts an entry as used when a build marks it', async () => {
    await markSiteCacheUsed(join(root, 'entry-00'));
    expect((await stat(join(root, 'entry-00'))).mtimeMs).toBeGreaterThan(
      (await stat(join(root, 'entry-11'))).mtimeMs,
    );
    await pruneSiteCaches(root, { keep: 2, take: async () => release });
    expect(await remaining()).toEqual(['entry-00', 'entry-05.lock', 'entry-11']);
  });

  it('does nothing for a cache folder that does not exist yet', async () => {
    expect(await pruneSiteCaches(join(root, 'missing'), { take: async () => release })).toEqual([]);
  });

  it('keeps keptSiteCaches entries unless told otherwise', async () => {
    const removed = await pruneSiteCaches(root, { take: async () => release });
    expect(removed).toHaveLength(names.length - keptSiteCaches);
    expect(await remaining()).toEqual([...names.slice(-keptSiteCaches), 'entry-05.lock'].sort());
  });

  it('names an entry after its content folder, the same folder the same entry', () => {
    expect(siteCacheDir(root, '/tmp/content')).toMatch(new RegExp(`^${root}/site/[0-9a-f]{16}$`));
    expect(siteCacheDir(root, '/tmp/content/')).toBe(siteCacheDir(root, '/tmp/content'));
    expect(siteCacheDir(root, '/tmp/other')).not.toBe(siteCacheDir(root, '/tmp/content'));
  });
});
