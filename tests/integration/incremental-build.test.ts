/**
 * Incremental builds with the real `valmistelu build` on a copy of the default content: after an
 * edit, a build that reuses the previous build's pages gives exactly the files a clean build
 * gives, and it renders again only the pages the edit shows on.
 */
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { siteCacheDir } from '@valmistelu/site';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashTree, repositoryRoot, runBuild } from './build-helpers.ts';

/** Added to every page the cache holds: a page that still has it was reused, not rendered. */
const reusedMark = '<!-- from the incremental cache -->';
const editedReport = 'aluekehityspalvelut-valiraportti';
const editedGroup = 'aluekehityspalvelut';

let work: string;
let content: string;
let cacheDir: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'valmistelu-incremental-'));
  content = join(work, 'content');
  await cp(join(repositoryRoot, 'content'), content, { recursive: true });
  cacheDir = siteCacheDir(content);
  await rm(cacheDir, { recursive: true, force: true });
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
  await rm(cacheDir, { recursive: true, force: true });
  await rm(`${cacheDir}.lock`, { force: true });
});

async function build(name: string): Promise<string> {
  const out = join(work, name);
  const run = await runBuild(content, out);
  expect(run.stderr).toBe('');
  expect(run.code, run.stdout).toBe(0);
  return out;
}

async function retitleReport(title: string): Promise<void> {
  const file = join(content, 'reports', `${editedReport}.mdx`);
  const text = await readFile(file, 'utf8');
  const next = text.replace(/^title: .*$/m, `title: ${title}`);
  expect(next).not.toBe(text);
  await writeFile(file, next);
}

async function markCachedPages(): Promise<number> {
  const entries = await readdir(join(cacheDir, 'dist'), { recursive: true, withFileTypes: true });
  const pages = entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html'));
  for (const page of pages) {
    const file = join(page.parentPath, page.name);
    await writeFile(file, `${await readFile(file, 'utf8')}${reusedMark}`);
  }
  return pages.length;
}

const reused = async (out: string, page: string) =>
  (await readFile(join(out, page, 'index.html'), 'utf8')).endsWith(reusedMark);

describe('incremental build', () => {
  it('gives, after an edit, every file a clean build gives', async () => {
    await build('first');
    await retitleReport('Aluekehityspalvelujen väliraportti (korjattu)');
    const incremental = await build('incremental');
    await rm(cacheDir, { recursive: true, force: true });
    const clean = await build('clean');
    const files = await hashTree(clean);
    expect(Object.keys(files).length).toBeGreaterThan(100);
    expect(await hashTree(incremental)).toEqual(files);
  }, 600_000);

  it('renders again only the pages that show the edited report', async () => {
    // The cache now holds the clean build's pages; each is marked, so a reused page shows it.
    expect(await markCachedPages()).toBeGreaterThan(50);
    await retitleReport('Aluekehityspalvelujen väliraportti, toinen korjaus');
    const out = await build('after-edit');
    const reportPage = await readFile(join(out, 'raportit', editedReport, 'index.html'), 'utf8');
    expect(reportPage).toContain('toinen korjaus');
    expect(await reused(out, `raportit/${editedReport}`)).toBe(false);
    expect(await reused(out, `organisaatio/ryhmat/${editedGroup}`)).toBe(false);
    const otherReports = (await readdir(join(out, 'raportit'), { withFileTypes: true }))
      .filter((entry) => entry.isDirectory() && entry.name !== editedReport)
      .map((entry) => entry.name);
    expect(otherReports.length).toBeGreaterThan(5);
    const otherGroupReports = [];
    for (const id of otherReports) {
      const source = await readFile(join(content, 'reports', `${id}.mdx`), 'utf8');
      if (!source.includes(`group: ${editedGroup}\n`) && !source.includes(editedReport))
        otherGroupReports.push(id);
    }
    for (const id of otherGroupReports) expect(await reused(out, `raportit/${id}`), id).toBe(true);
    const news = (await readdir(join(out, 'uutiset'), { withFileTypes: true })).filter(
      (entry) => entry.isDirectory() && !['aihe', 'sivu'].includes(entry.name),
    );
    for (const item of news) expect(await reused(out, `uutiset/${item.name}`), item.name).toBe(true);
  }, 600_000);
});
