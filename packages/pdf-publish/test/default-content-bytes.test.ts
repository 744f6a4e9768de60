/**
 * Every PDF of the repository's `content/` is the same bytes whichever way it is published: in
 * this thread, in the worker pool, and copied from the PDF cache. The sha256 of each file is
 * compared, so a change to the jobs, the pool or the cache that alters one byte of one document
 * fails here.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { type LoadedContent, loadContent } from '@valmistelu/content';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildAllPdfs, pdfCacheDir } from '../src/index.ts';

const contentDir = join(import.meta.dirname, '../../../content');
let loaded: LoadedContent;
let work: string;

beforeAll(async () => {
  loaded = await loadContent(contentDir);
  work = await mkdtemp(join(tmpdir(), 'valmistelu-pdf-bytes-'));
});
afterAll(() => rm(work, { recursive: true, force: true }));

/** Published path → sha256 of the bytes, for one build into its own folder. */
async function digests(name: string, options: { threads: number; cacheDir?: string }) {
  const outDir = join(work, name);
  const { files, messages } = await buildAllPdfs({ loaded, outDir, ...options });
  expect(messages.filter((message) => message.severity === 'error')).toEqual([]);
  const result: Record<string, string> = {};
  for (const file of files) {
    result[relative(outDir, file)] = createHash('sha256')
      .update(await readFile(file))
      .digest('hex');
  }
  return result;
}

test('every default-content PDF is the same bytes in one thread, in two workers and from the cache', async () => {
  const inThread = await digests('thread', { threads: 1 });
  expect(Object.keys(inThread).length).toBeGreaterThan(20);
  expect(await digests('pool', { threads: 2 })).toEqual(inThread);

  const cacheDir = pdfCacheDir(join(work, 'cache'), contentDir);
  expect(await digests('cache-fill', { threads: 1, cacheDir })).toEqual(inThread);
  expect(await digests('cache-copy', { threads: 1, cacheDir })).toEqual(inThread);
}, 300_000);
