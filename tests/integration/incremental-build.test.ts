/**
 * Incremental builds with the real `valmistelu build` on a copy of the default content: after an
 * edit, a build that reuses the previous build's pages and PDFs gives exactly the files a clean
 * build gives, and it renders again only the pages and PDFs the edit shows on.
 */
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pdfCacheDir } from '@valmistelu/pdf-publish';
import { siteCacheDir } from '@valmistelu/site';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endsMarked, hashTree, markCached, repositoryRoot, runBuild, toolCache } from './build-helpers.ts';

const editedReport = 'aluekehityspalvelut-valiraportti';
const editedGroup = 'aluekehityspalvelut';

let work: string;
let content: string;
let cacheDir: string;
let pdfCache: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'valmistelu-incremental-'));
  content = join(work, 'content');
  await cp(join(repositoryRoot, 'content'), content, { recursive: true });
  cacheDir = siteCacheDir(toolCache, content);
  pdfCache = pdfCacheDir(toolCache, content);
  await rm(cacheDir, { recursive: true, force: true });
  await rm(pdfCache, { recursive: true, force: true });
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
  await rm(cacheDir, { recursive: true, force: true });
  await rm(`${cacheDir}.lock`, { force: true });
  await rm(pdfCache, { recursive: true, force: true });
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

const reused = (out: string, page: string) => endsMarked(join(out, page, 'index.html'));

describe('incremental build', () => {
  it('gives, after an edit, every file a clean build gives', async () => {
    await build('first');
    await retitleReport('Aluekehityspalvelujen väliraportti (korjattu)');
    const incremental = await build('incremental');
    await rm(cacheDir, { recursive: true, force: true });
    await rm(pdfCache, { recursive: true, force: true });
    const clean = await build('clean');
    const files = await hashTree(clean);
    expect(Object.keys(files).length).toBeGreaterThan(100);
    expect(await hashTree(incremental)).toEqual(files);
  }, 600_000);

  it('takes a logo edited in place into every page, icon and cover, as a clean build does', async () => {
    const logo = join(content, 'kuvat', 'tunnus.svg');
    await build('logo-before');
    const text = await readFile(logo, 'utf8');
    const recoloured = text.replace('fill="#f2a900"', 'fill="#c8102e"');
    expect(recoloured).not.toBe(text);
    await writeFile(logo, recoloured);
    const incremental = await build('logo-incremental');
    await rm(cacheDir, { recursive: true, force: true });
    await rm(pdfCache, { recursive: true, force: true });
    const clean = await build('logo-clean');
    expect(await hashTree(incremental)).toEqual(await hashTree(clean));
    const before = await hashTree(join(work, 'logo-before'));
    const after = await hashTree(clean);
    for (const file of ['favicon.ico', 'apple-touch-icon.png', 'index.html', 'pdf/organisaatiokaavio.pdf'])
      expect(after[file], file).not.toBe(before[file]);
  }, 900_000);

  it('renders again only the pages and PDFs that show the edited report', async () => {
    // The caches now hold the clean build's pages and PDFs; each is marked, so a reused one shows it.
    expect(await markCached(join(cacheDir, 'dist'), '.html')).toBeGreaterThan(50);
    expect(await markCached(pdfCache, '.pdf')).toBeGreaterThan(10);
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
    // The organisation chart shows no report: in neither language drawn again.
    expect(await reused(out, 'organisaatio')).toBe(true);
    expect(await reused(out, 'sv/organisation')).toBe(true);
    const pdf = (path: string) => join(out, 'pdf', path);
    expect(await endsMarked(pdf(`raportit/${editedReport}.pdf`))).toBe(false);
    for (const id of otherGroupReports) expect(await endsMarked(pdf(`raportit/${id}.pdf`)), id).toBe(true);
    for (const name of await readdir(pdf('aikataulut')))
      expect(await endsMarked(pdf(`aikataulut/${name}`))).toBe(true);
  }, 600_000);

  it('draws the organisation chart again, in both languages, when a group is renamed', async () => {
    const file = join(content, 'groups', `${editedGroup}.yaml`);
    const text = await readFile(file, 'utf8');
    const renamed = text.replace(/^name: .*$/m, 'name: Aluekehityspalvelujen uusi ryhmä');
    expect(renamed).not.toBe(text);
    await writeFile(file, renamed);
    const out = await build('group-renamed');
    for (const page of ['organisaatio', 'sv/organisation']) {
      expect(await reused(out, page), page).toBe(false);
      expect(await readFile(join(out, page, 'index.html'), 'utf8')).toContain(
        'Aluekehityspalvelujen uusi ryhmä',
      );
    }
  }, 600_000);
});
