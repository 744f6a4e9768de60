/**
 * PDFs kept between builds: a build with the cache writes the same bytes as one without it, and
 * after an edit renders again only the documents that show the edit; the key covers what running
 * headers and footers hold.
 */
import { appendFile, cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { loadContent } from '@valmistelu/content';
import { pageFooter, runningHeader } from '@valmistelu/pdf';
import { afterEach, describe, expect, test } from 'vitest';
import { buildAllPdfs } from '../src/index.ts';
import { documentKey } from '../src/pdf-cache.ts';
import { fixtureContent } from './helpers/fixture-content.ts';

const defaultContent = join(import.meta.dirname, '..', '..', '..', 'content');
/** Added to every cached PDF: an output file that ends with it was copied, not rendered. */
const copiedMark = '\n% copied from the cache\n';
const scratch: string[] = [];

afterEach(async () => {
  await Promise.all(scratch.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'valmistelu-pdf-cache-'));
  scratch.push(dir);
  return dir;
}

async function filesOf(dir: string): Promise<Map<string, Buffer>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = new Map<string, Buffer>();
  for (const entry of entries
    .filter((candidate) => candidate.isFile())
    .sort((a, b) => a.name.localeCompare(b.name))) {
    const file = join(entry.parentPath, entry.name);
    files.set(relative(dir, file), await readFile(file));
  }
  return files;
}

describe('documentKey', () => {
  const doc = (footer: string) => ({ content: ['Teksti'], footer: pageFooter(footer) });

  test('is the same for the same definition, and differs with what a footer or header holds', async () => {
    expect(await documentKey(doc('Raportti A'))).toBe(await documentKey(doc('Raportti A')));
    expect(await documentKey(doc('Raportti A'))).not.toBe(await documentKey(doc('Raportti B')));
    const header = (skipFirst: boolean) => ({
      content: ['Teksti'],
      header: runningHeader('A', 'B', skipFirst),
    });
    expect(await documentKey(header(true))).not.toBe(await documentKey(header(false)));
  });

  test('covers image bytes, and leaves out what it cannot hash', async () => {
    const image = (byte: number) => ({ content: [{ image: new Uint8Array([1, 2, byte]) }] });
    expect(await documentKey(image(3))).not.toBe(await documentKey(image(4)));
    expect(await documentKey({ info: { creationDate: new Date(0) } })).not.toBe(
      await documentKey({ info: { creationDate: new Date(1) } }),
    );
    expect(await documentKey({ content: [new Map()] })).toBeUndefined();
  });
});

describe('buildAllPdfs with a cache', () => {
  test('writes the bytes a build without the cache writes, and renders again only what an edit shows', async () => {
    const content = await tempDir();
    await cp(fixtureContent, content, { recursive: true });
    const cacheDir = join(await tempDir(), 'cache');
    const plain = join(await tempDir(), 'plain');
    const cached = join(await tempDir(), 'cached');
    const loaded = await loadContent(content);
    expect((await buildAllPdfs({ loaded, outDir: plain, threads: 1 })).messages).toEqual([]);
    await buildAllPdfs({ loaded, outDir: join(await tempDir(), 'first'), threads: 1, cacheDir });
    await buildAllPdfs({ loaded, outDir: cached, threads: 1, cacheDir });
    const expected = await filesOf(plain);
    expect(expected.size).toBeGreaterThan(4);
    expect(await filesOf(cached)).toEqual(expected);
    // Workers read and write the same cache.
    const pooled = join(await tempDir(), 'pooled');
    await buildAllPdfs({ loaded, outDir: pooled, threads: 2, cacheDir });
    expect(await filesOf(pooled)).toEqual(expected);

    const entries = (await readdir(cacheDir)).filter((name) => name.endsWith('.pdf'));
    expect(entries).toHaveLength(expected.size);
    for (const name of entries) await appendFile(join(cacheDir, name), copiedMark);
    const report = join(content, 'reports', 'lape-valiraportti.mdx');
    const text = await readFile(report, 'utf8');
    await writeFile(report, text.replace('title: LAPE-muutosohjelman väliraportti', 'title: LAPE, korjattu'));
    const edited = join(await tempDir(), 'edited');
    await buildAllPdfs({ loaded: await loadContent(content), outDir: edited, threads: 1, cacheDir });
    const copied = new Map(
      [...(await filesOf(edited))].map(([path, bytes]) => [
        path,
        bytes.toString('latin1').endsWith(copiedMark),
      ]),
    );
    expect(copied.get('pdf/raportit/lape-valiraportti.pdf')).toBe(false);
    expect(copied.get('pdf/kokoukset/vate-2018-05-22.pdf')).toBe(false);
    // The talous report links to the edited one by its title ("Katso myös …").
    expect(copied.get('pdf/raportit/talous-valiraportti.pdf')).toBe(false);
    expect(copied.get('pdf/raportit/ikaantyneet-valiraportti.pdf')).toBe(true);
    expect([...copied].filter(([path, reused]) => path.startsWith('pdf/aikataulut/') && !reused)).toEqual([]);
    // The entries of the documents that changed are replaced; the cache keeps one build's worth.
    expect((await readdir(cacheDir)).filter((name) => name.endsWith('.pdf'))).toHaveLength(expected.size);
  }, 120_000);

  test('after a body edit builds only the documents that render that body, and copies the rest by their inputs', async () => {
    const content = await tempDir();
    await cp(fixtureContent, content, { recursive: true });
    const cacheDir = join(await tempDir(), 'cache');
    const build = async (cached: boolean) => {
      const outDir = await tempDir();
      const result = await buildAllPdfs({
        loaded: await loadContent(content),
        outDir,
        threads: 1,
        ...(cached && { cacheDir }),
      });
      return { ...result, outDir };
    };
    const first = await build(true);
    expect(first.unchanged).toBe(0);
    const again = await build(true);
    expect(again.files.length).toBeGreaterThan(4);
    expect(again.unchanged).toBe(again.files.length);

    const report = join(content, 'reports', 'lape-valiraportti.mdx');
    await appendFile(report, '\nLisätty virke raportin loppuun.\n');
    const edited = await build(true);
    // Its own PDF and the pack of the meeting that handles it; not the talous report that links
    // to it by its title, which the edit left as it was.
    expect(edited.files.length - (edited.unchanged ?? 0)).toBe(2);
    expect(await filesOf(edited.outDir)).toEqual(await filesOf((await build(false)).outDir));
  }, 120_000);

  test('copies every document by its inputs after a news item is edited: news are on the site only', async () => {
    const content = await tempDir();
    await cp(defaultContent, content, { recursive: true });
    const cacheDir = join(await tempDir(), 'cache');
    const build = async () =>
      buildAllPdfs({ loaded: await loadContent(content), outDir: await tempDir(), threads: 1, cacheDir });
    expect((await build()).unchanged).toBe(0);
    const newsDir = join(content, 'news');
    const news = (await readdir(newsDir)).filter((name) => name.endsWith('.mdx')).sort()[0] ?? '';
    expect(news).not.toBe('');
    await appendFile(join(newsDir, news), '\nLisätty virke uutisen loppuun.\n');
    const edited = await build();
    expect(edited.files.length).toBeGreaterThan(10);
    expect(edited.unchanged).toBe(edited.files.length);
  }, 180_000);

  test('a published PDF written into in place does not reach the next build through the cache', async () => {
    const content = await tempDir();
    await cp(fixtureContent, content, { recursive: true });
    const cacheDir = join(await tempDir(), 'cache');
    const build = async () => {
      const outDir = await tempDir();
      const result = await buildAllPdfs({ loaded: await loadContent(content), outDir, threads: 1, cacheDir });
      return { ...result, outDir };
    };
    const first = await build();
    const second = await build();
    expect(second.unchanged).toBe(second.files.length);
    // As `cp other.pdf dist/…` would: the same file, truncated and written.
    const published = second.files.find((file) => file.endsWith('lape-valiraportti.pdf')) ?? '';
    expect(published).not.toBe('');
    await writeFile(published, 'ei enää PDF');
    const third = await build();
    expect(await filesOf(third.outDir)).toEqual(await filesOf(first.outDir));
  }, 120_000);
});
