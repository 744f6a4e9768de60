/**
 * The caches kept between builds stay bounded however many content folders are built (each test
 * run makes temporary ones): the PDF cache keeps the most recently used entries like the site's
 * cache, and the site's image imports live in the site cache's entry instead of a folder of the
 * site package that only grows. A real `valmistelu build`.
 */
import { mkdir, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { contentWithOverlay } from '@valmistelu/content/test-fixtures';
import { pdfCacheDir } from '@valmistelu/pdf-publish';
import { keptSiteCaches, siteCacheDir } from '@valmistelu/site/cache';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repositoryRoot, runBuild, toolCache } from './build-helpers.ts';

const pdfCacheRoot = join(toolCache, 'pdf');
const siteImportsFolder = join(repositoryRoot, 'apps/site/.astro/valmistelu-images');
/** Entries of content folders long gone, used in 2018: the first a bound removes. */
const stale = Array.from(
  { length: keptSiteCaches + 4 },
  (_, at) => `test-stale-${String(at).padStart(2, '0')}`,
);

const folders = (dir: string) =>
  readdir(dir, { withFileTypes: true }).then(
    (entries) => entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name),
    () => [] as string[],
  );
const files = (dir: string) => readdir(dir).catch(() => [] as string[]);

let content: string;
let importsBefore: string[];
let run: Awaited<ReturnType<typeof runBuild>>;

beforeAll(async () => {
  content = await contentWithOverlay();
  for (const [at, name] of stale.entries()) {
    await mkdir(join(pdfCacheRoot, name), { recursive: true });
    await writeFile(join(pdfCacheRoot, name, 'inputs.json'), '[]');
    const used = new Date(Date.UTC(2018, 4, 31, 12, at));
    await utimes(join(pdfCacheRoot, name), used, used);
  }
  importsBefore = await files(siteImportsFolder);
  run = await runBuild(content, `${content}-out`);
}, 600_000);

afterAll(async () => {
  for (const name of stale) await rm(join(pdfCacheRoot, name), { recursive: true, force: true });
  for (const dir of [pdfCacheDir(toolCache, content), siteCacheDir(toolCache, content)])
    await rm(dir, { recursive: true, force: true });
  await rm(`${siteCacheDir(toolCache, content)}.lock`, { force: true });
  await rm(content, { recursive: true, force: true });
  await rm(`${content}-out`, { recursive: true, force: true });
});

describe('the caches of builds', () => {
  it('the build succeeds', () => {
    expect(run.stderr).toBe('');
    expect(run.code, run.stdout).toBe(0);
  });

  it('keep at most the bound of PDF cache entries, the build’s own among them', async () => {
    const entries = await folders(pdfCacheRoot);
    expect(entries.length).toBeLessThanOrEqual(keptSiteCaches);
    expect(entries).toContain(pdfCacheDir(toolCache, content).slice(pdfCacheRoot.length + 1));
    // The oldest go first.
    expect(entries).not.toContain(stale[0]);
    expect((await stat(pdfCacheDir(toolCache, content))).isDirectory()).toBe(true);
    expect(dirname(pdfCacheDir(toolCache, content))).toBe(pdfCacheRoot);
  });

  it("write the site's image imports into the site cache's entry, one module, not into the site package", async () => {
    expect(await files(siteImportsFolder)).toEqual(importsBefore);
    const modules = (await files(join(siteCacheDir(toolCache, content), 'valmistelu-images'))).filter(
      (name) => name.endsWith('.mjs'),
    );
    expect(modules).toHaveLength(1);
  });
});
