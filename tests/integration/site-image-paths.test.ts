/**
 * A content folder may sit in any folder a user can make: a name with `#`, `?` or `%`, which
 * import specifiers and URLs read as a fragment, a query or an escape, still builds, and its
 * images go through the image pipeline like any others. A real `valmistelu build`.
 */
import { copyFile, cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { minimalContentDir } from '@valmistelu/content/test-fixtures';
import { siteCacheDir } from '@valmistelu/site';
import { DOMParser } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repositoryRoot, runBuild, toolCache } from './build-helpers.ts';

const images = join(repositoryRoot, 'tests/fixtures/images');
const alt = 'Palveluverkon luonnos: kolme aluetta ja niiden keskukset';

let work: string;
let content: string;
let out: string;
let run: Awaited<ReturnType<typeof runBuild>>;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'valmistelu-paths-'));
  // Each character Vite or a URL would read as something else, and an escape that decodes.
  content = join(work, 'Sisältö #2 ?luonnos 100% %41 valmis');
  await cp(minimalContentDir, content, { recursive: true });
  await mkdir(join(content, 'reports/kuvat'), { recursive: true });
  await copyFile(join(images, 'palveluverkko.png'), join(content, 'reports/kuvat/palveluverkko.png'));
  const report = join(content, 'reports/lape-vali.mdx');
  await writeFile(report, `${await readFile(report, 'utf8')}\n![${alt}](kuvat/palveluverkko.png "Kuva 1")\n`);
  out = join(work, 'out');
  run = await runBuild(content, out);
}, 600_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
  const cacheDir = siteCacheDir(toolCache, content);
  await rm(cacheDir, { recursive: true, force: true });
  await rm(`${cacheDir}.lock`, { force: true });
});

describe('a content folder named with #, ? and %', () => {
  it('builds', () => {
    expect(run.stderr).toBe('');
    expect(run.code, run.stdout).toBe(0);
  });

  it("shows the report's image through the image pipeline", async () => {
    const html = await readFile(join(out, 'raportit/lape-vali/index.html'), 'utf8');
    const [image, ...others] = new DOMParser()
      .parseFromString(html, 'text/html')
      .querySelectorAll('article img');
    expect(others).toEqual([]);
    expect(image?.getAttribute('alt')).toBe(alt);
    expect(image?.getAttribute('width')).toBe('1600');
    const src = image?.getAttribute('src') ?? '';
    expect(src).toMatch(/^\/_astro\/palveluverkko\..+\.webp$/);
    expect((await readFile(join(out, src))).length).toBeGreaterThan(0);
  });
});
