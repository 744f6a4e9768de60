/**
 * The pages prepared for search in worker threads are the pages prepared in one thread, byte for
 * byte, and pages without a searchable body are left out, however the pages are shared out.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pageForIndex } from '../src/lib/search/index-page.ts';
import { preparePages } from '../src/lib/search/prepare-pages.ts';

const scratch = await mkdtemp(join(tmpdir(), 'valmistelu-prepare-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));

const pages = Array.from({ length: 9 }, (_, at) => ({
  path: at === 4 ? 'haku/index.html' : `uutiset/katsaus-${at}/index.html`,
  html:
    at === 4
      ? '<!doctype html><html lang="fi"><body><main><h1>Haku</h1></main></body></html>'
      : `<!doctype html><html lang="fi"><head><title>K${at}</title></head><body><main data-pagefind-body><h1>Kesäkatsaus ${at}</h1><dl><dt>Toimintalinja</dt><dd>TL${at}</dd></dl><p>Hankkeen hoito ja varautuminen.</p></main></body></html>`,
}));

const siteDir = join(scratch, 'site');
for (const { path, html } of pages) {
  await mkdir(dirname(join(siteDir, path)), { recursive: true });
  await writeFile(join(siteDir, path), html);
}

async function filesOf(dir: string): Promise<Record<string, string>> {
  const names = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) =>
    entry.isFile(),
  );
  const files: Record<string, string> = {};
  for (const entry of names) {
    const path = join(entry.parentPath, entry.name);
    files[path.slice(dir.length + 1)] = await readFile(path, 'utf8');
  }
  return files;
}

describe('preparePages', () => {
  it('writes in three worker threads what one thread writes, and only the searchable pages', async () => {
    const task = { siteDir, paths: pages.map((page) => page.path) };
    await preparePages({ ...task, inputDir: join(scratch, 'one') }, 1);
    await preparePages({ ...task, inputDir: join(scratch, 'three') }, 3);
    const [one, three] = [await filesOf(join(scratch, 'one')), await filesOf(join(scratch, 'three'))];
    expect(Object.keys(one).sort()).toEqual(
      pages.filter((page) => page.path !== 'haku/index.html').map((page) => page.path),
    );
    expect(three).toEqual(one);
    for (const { path, html } of pages.filter((page) => page.path in one))
      expect(one[path]).toBe(pageForIndex(html));
  });
});
