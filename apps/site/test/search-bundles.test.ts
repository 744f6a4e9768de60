/**
 * The search index in bundles: which pages share one (`search-bundles.ts`), and a build that
 * copies the bundles of unchanged pages from its cache and indexes the others again, writing what
 * a build without a cache writes.
 */
import { appendFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scratchRoot } from '../src/lib/search/scratch-folder.ts';
import { type IndexedPage, searchBundles } from '../src/lib/search/search-bundles.ts';
import { indexPages } from '../src/lib/search-index.ts';

const scratch = await mkdtemp(join(scratchRoot(), 'valmistelu-bundles-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));

const fi = (path: string): IndexedPage => ({ path, language: 'fi' });
const sv = (path: string): IndexedPage => ({ path, language: 'sv' });
const many = (section: string, count: number, make = fi) =>
  Array.from({ length: count }, (_, at) => make(`${section}/sivu-${String(at).padStart(3, '0')}/index.html`));

describe('searchBundles', () => {
  it('keeps a small site in one bundle, for every language', () => {
    const pages = [fi('index.html'), ...many('raportit', 5), sv('sv/index.html')];
    expect(searchBundles(pages, 10)).toEqual({
      bundles: [{ folder: '', paths: pages.map((page) => page.path).sort() }],
      manifest: { fi: [''], sv: [''] },
    });
  });

  it('splits a large site by language and section, small sections together', () => {
    const pages = [
      fi('index.html'),
      fi('haku/index.html'),
      ...many('raportit', 8),
      ...many('organisaatio', 25),
      ...many('sv/nyheter', 3, sv),
      sv('sv/index.html'),
    ];
    const { bundles, manifest } = searchBundles(pages, 10);
    expect(manifest).toEqual({
      fi: [
        'osat/fi-muut/',
        'osat/fi-organisaatio-001/',
        'osat/fi-organisaatio-002/',
        'osat/fi-organisaatio-003/',
        'osat/fi-raportit/',
      ],
      sv: ['osat/sv/'],
    });
    const paths = (folder: string) => bundles.find((bundle) => bundle.folder === folder)?.paths;
    expect(paths('osat/fi-muut/')).toEqual(['haku/index.html', 'index.html']);
    expect(paths('osat/fi-raportit/')).toHaveLength(8);
    expect(paths('osat/sv/')).toEqual(['sv/index.html', ...many('sv/nyheter', 3).map((page) => page.path)]);
    // Every page in exactly one bundle; a split section's parts near the size asked for.
    const all = bundles.flatMap((bundle) => bundle.paths);
    expect(all.sort()).toEqual(pages.map((page) => page.path).sort());
    for (const part of [1, 2, 3]) expect(paths(`osat/fi-organisaatio-00${part}/`)?.length).toBeGreaterThan(3);
  });

  it('puts a page in the same bundle whatever other pages of its section change', () => {
    const before = searchBundles(many('organisaatio', 25), 10);
    const after = searchBundles(
      [...many('organisaatio', 25).slice(0, 24), fi('organisaatio/uusi/index.html')],
      10,
    );
    const bundleOf = (result: typeof before, path: string) =>
      result.bundles.find((bundle) => bundle.paths.includes(path))?.folder;
    for (const { path } of many('organisaatio', 24))
      expect(bundleOf(after, path)).toBe(bundleOf(before, path));
  });
});

const page = (topic: string, words: string) =>
  `<!doctype html><html lang="fi"><body><main data-pagefind-body><h1>${topic}</h1><p>${words}</p></main></body></html>`;

async function site(name: string, pages: Record<string, string>): Promise<string> {
  const dir = join(scratch, name);
  for (const [path, html] of Object.entries(pages)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), html);
  }
  return dir;
}

async function filesOf(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files: Record<string, string> = {};
  for (const entry of entries.filter((entry) => entry.isFile())) {
    const path = join(entry.parentPath, entry.name);
    files[path.slice(dir.length + 1)] = (await readFile(path)).toString('base64');
  }
  return files;
}

const pages: Record<string, string> = {
  'index.html': page('Etusivu', 'Valmistelun etusivu'),
  ...Object.fromEntries(
    ['a', 'b', 'c', 'd'].map((name) => [
      `raportit/${name}/index.html`,
      page(`Raportti ${name}`, 'väliraportti'),
    ]),
  ),
  ...Object.fromEntries(
    ['a', 'b', 'c', 'd'].map((name) => [`uutiset/${name}/index.html`, page(`Uutinen ${name}`, 'tiedote')]),
  ),
};

describe('indexPages with a cache', () => {
  it('indexes again only the bundles whose pages changed, writing what a clean index writes', async () => {
    const cacheDir = join(scratch, 'cache');
    const first = await site('first', pages);
    await indexPages(first, join(first, 'pagefind'), { cacheDir, bundlePages: 4 });
    const manifest = JSON.parse(await readFile(join(first, 'pagefind', 'osat.json'), 'utf8'));
    expect(manifest).toEqual({ fi: ['osat/fi-muut/', 'osat/fi-raportit/', 'osat/fi-uutiset/'] });
    // A mark in every cached bundle shows which ones the next build copies.
    const cached = await readdir(cacheDir);
    expect(cached).toHaveLength(3);
    for (const key of cached) await appendFile(join(cacheDir, key, 'pagefind-entry.json'), ' ');

    const edited = { ...pages, 'raportit/b/index.html': page('Raportti b', 'loppuraportti') };
    const second = await site('second', edited);
    await indexPages(second, join(second, 'pagefind'), { cacheDir, bundlePages: 4 });
    const entry = async (folder: string) =>
      readFile(join(second, 'pagefind', folder, 'pagefind-entry.json'), 'utf8');
    expect(await entry('osat/fi-raportit/')).not.toMatch(/ $/);
    expect(await entry('osat/fi-uutiset/')).toMatch(/ $/);
    expect(await entry('osat/fi-muut/')).toMatch(/ $/);
    // Only the bundles this build uses stay cached: the old reports' bundle is gone.
    expect(await readdir(cacheDir)).toHaveLength(3);

    const clean = await site('clean', edited);
    await indexPages(clean, join(clean, 'pagefind'), { bundlePages: 4 });
    const copied = await filesOf(join(second, 'pagefind', 'osat/fi-raportit'));
    expect(copied).toEqual(await filesOf(join(clean, 'pagefind', 'osat/fi-raportit')));
    expect(Object.keys(await filesOf(join(second, 'pagefind'))).sort()).toEqual(
      Object.keys(await filesOf(join(clean, 'pagefind'))).sort(),
    );
  });

  it('copies where the cache lies on another filesystem than the site', async () => {
    // The site in memory (/dev/shm where there is one), the cache in the temporary folder.
    const cacheDir = await mkdtemp(join(tmpdir(), 'valmistelu-bundle-cache-'));
    try {
      const first = await site('other-first', pages);
      await indexPages(first, join(first, 'pagefind'), { cacheDir, bundlePages: 4 });
      const second = await site('other-second', pages);
      await indexPages(second, join(second, 'pagefind'), { cacheDir, bundlePages: 4 });
      const clean = await site('other-clean', pages);
      await indexPages(clean, join(clean, 'pagefind'), { bundlePages: 4 });
      expect(await filesOf(join(second, 'pagefind'))).toEqual(await filesOf(join(clean, 'pagefind')));
    } finally {
      await rm(cacheDir, { recursive: true, force: true });
    }
  });
});
