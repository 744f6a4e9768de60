/**
 * The search index does not depend on the order the pages were written in (Pagefind numbers
 * pages in an order that follows how their files were made; indexed straight from these two
 * folders, the two indexes differ): the same pages, written in opposite orders as two threads
 * might, give the same bytes.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scratchRoot } from '../src/lib/search/scratch-folder.ts';
import { indexPages } from '../src/lib/search-index.ts';

// In memory where there is room, as a build's links to its pages.
const scratch = await mkdtemp(join(scratchRoot(), 'valmistelu-order-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));

const topics = [
  'Kesäkatsaus',
  'Henkilöstö',
  'Palvelut',
  'Talous',
  'Tilat',
  'Viestintä',
  'Asiakkaat',
  'Hallinto',
];
const pages = topics.map((topic, at) => ({
  path: at === 0 ? 'index.html' : `uutiset/${topic.toLowerCase()}/index.html`,
  html: `<!doctype html><html lang="fi"><body><main data-pagefind-body><h1>${topic}</h1><p>${topic}n valmistelu ${at}.</p></main></body></html>`,
}));

async function writtenInOrder(name: string, order: typeof pages): Promise<string> {
  const dir = join(scratch, name);
  for (const { path, html } of order) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), html);
  }
  return dir;
}

async function filesOf(dir: string): Promise<Record<string, Buffer>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files: Record<string, Buffer> = {};
  for (const entry of entries.filter((entry) => entry.isFile())) {
    const path = join(entry.parentPath, entry.name);
    files[path.slice(dir.length)] = await readFile(path);
  }
  return files;
}

describe('indexPages', () => {
  it('writes the same index from pages written in opposite orders', async () => {
    const outputs = [join(scratch, 'index-sorted'), join(scratch, 'index-reversed')];
    await indexPages(await writtenInOrder('sorted', pages), outputs[0] as string);
    await indexPages(await writtenInOrder('reversed', [...pages].reverse()), outputs[1] as string);
    const [sorted, reversed] = [await filesOf(outputs[0] as string), await filesOf(outputs[1] as string)];
    expect(Object.keys(sorted).filter((path) => path.endsWith('.pf_index'))).not.toHaveLength(0);
    expect(Object.keys(reversed).sort()).toEqual(Object.keys(sorted).sort());
    for (const [path, bytes] of Object.entries(sorted))
      expect(reversed[path]?.equals(bytes), path).toBe(true);
  });
});
