/**
 * `valmistelu merge` on shard folders made by hand: which folders it refuses, and what it does
 * with the files the shards share. The byte-identity of real shards with a one-machine build is
 * tests/integration/shards.test.ts's.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { outputMarkerName, writeOutputMarker } from '../src/output-marker.ts';
import { shardMarkerName, writeShardMarker } from '../src/shard-output.ts';
import { run } from './run.ts';

let root: string;
const content = 'a'.repeat(64);

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'valmistelu-merge-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** A shard folder as `build --shard` leaves it, with `files` in it. */
async function shard(
  name: string,
  index: number,
  count: number,
  files: Record<string, string>,
  digest = content,
) {
  const dir = join(root, name);
  await mkdir(dir, { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  await writeOutputMarker(dir);
  await writeShardMarker(dir, { shard: { index, count }, asOf: '2026-11-01', content: digest });
  return name;
}

const merge = (...args: string[]) => run(root, 'merge', '--out', 'dist', ...args);

describe('valmistelu merge', () => {
  it('puts every shard file together once, shared files when alike, and no shard marker', async () => {
    await shard('a', 1, 2, { 'x/index.html': '<p>x</p>', '_astro/s.css': 'p{}' });
    await shard('b', 2, 2, { 'y/index.html': '<p>y</p>', '_astro/s.css': 'p{}' });
    const result = await merge('b', 'a');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const files = (await readdir(join(root, 'dist'), { recursive: true })).sort();
    expect(files).toContain('x/index.html');
    expect(files).toContain('y/index.html');
    expect(files).toContain('_astro/s.css');
    expect(files).toContain(outputMarkerName);
    expect(files).not.toContain(shardMarkerName);
    expect(await readFile(join(root, 'dist', 'y/index.html'), 'utf8')).toBe('<p>y</p>');
  });

  it('refuses a file that differs between shards, and leaves the previous output as it was', async () => {
    await mkdir(join(root, 'dist'));
    await writeOutputMarker(join(root, 'dist'));
    await writeFile(join(root, 'dist', 'vanha.html'), 'vanha');
    await shard('a', 1, 2, { '_astro/s.css': 'p{}' });
    await shard('b', 2, 2, { '_astro/s.css': 'p{color:red}' });
    const result = await merge('a', 'b');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('_astro/s.css: eri tavut kansioissa a ja b');
    expect(await readFile(join(root, 'dist', 'vanha.html'), 'utf8')).toBe('vanha');
  });

  it('refuses folders that are not shards, missing and repeated shards, all at once', async () => {
    await mkdir(join(root, 'oma'));
    await writeFile(join(root, 'oma', 'index.html'), 'oma');
    await shard('a', 1, 3, {});
    await shard('a2', 1, 3, {});
    const notShard = await merge('a', 'a2', 'oma', 'puuttuu');
    expect(notShard.code).toBe(2);
    expect(notShard.stderr).toBe(
      [
        'Osakoonteja ei yhdistetty:',
        `  oma: ei valmistelun osakoonti (siitä puuttuu ${shardMarkerName}; kokoa se komennolla build --shard I/N)`,
        '  puuttuu: kansiota ei ole',
        '',
      ].join('\n'),
    );
    const incomplete = await merge('a', 'a2');
    expect(incomplete.stderr).toBe(
      [
        'Osakoonteja ei yhdistetty:',
        '  osa 1/3 annettu 2 kertaa: a, a2',
        '  osia puuttuu: 2/3, 3/3',
        '',
      ].join('\n'),
    );
    await expect(readdir(join(root, 'dist'))).rejects.toThrow();
  });

  it('refuses shards of other content, date or count', async () => {
    await shard('a', 1, 2, {});
    await shard('b', 2, 2, {}, 'b'.repeat(64));
    await shard('c', 2, 3, {});
    const result = await merge('a', 'b', 'c');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('  b: koottu eri sisällöstä kuin a\n');
    expect(result.stderr).toContain('  c: osa 2/3, mutta a on osa 1/2\n');
  });
});
