/**
 * Images in a report and a news item, through real `valmistelu build` processes: each page's
 * `<img>` comes from Astro's image pipeline (a generated file that exists, width, height,
 * generated sizes, the writer's alternative text), the report's PDF holds the image, a draft's
 * image is not published, and an edited image renders again exactly the pages that show it, with
 * the same files a clean build writes.
 */
import { execFile } from 'node:child_process';
import { appendFile, copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { contentWithOverlay } from '@valmistelu/content/test-fixtures';
import { siteCacheDir } from '@valmistelu/site';
import { DOMParser } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashTree, repositoryRoot, runBuild, toolCache } from './build-helpers.ts';

const images = join(repositoryRoot, 'tests/fixtures/images');
const reportAlt = 'Palveluverkon luonnos: kolme aluetta ja niiden keskukset';
const newsAlt = 'Avajaisten yleisöä Porin kaupungintalolla';
const reusedMark = '<!-- from the incremental cache -->';

let work: string;
let content: string;
let cacheDir: string;
let first: string;

async function build(name: string): Promise<string> {
  const out = join(work, name);
  const run = await runBuild(content, out);
  expect(run.stderr).toBe('');
  expect(run.code, run.stdout).toBe(0);
  return out;
}

async function appendTo(file: string, text: string): Promise<void> {
  await writeFile(file, `${await readFile(file, 'utf8')}${text}`);
}

/** The minimal content with an image in its report, one in its news item and one in a draft. */
async function writeCase(dir: string): Promise<void> {
  await mkdir(join(dir, 'reports/kuvat'), { recursive: true });
  await mkdir(join(dir, 'news/kuvat'), { recursive: true });
  await copyFile(join(images, 'palveluverkko.png'), join(dir, 'reports/kuvat/palveluverkko.png'));
  await copyFile(join(images, 'avajaiset.jpg'), join(dir, 'news/kuvat/avajaiset yleisö.jpg'));
  await copyFile(join(images, 'palveluverkko-korjattu.png'), join(dir, 'news/kuvat/salainen-luonnos.png'));
  await appendTo(join(dir, 'reports/lape-vali.mdx'), `\n![${reportAlt}](kuvat/palveluverkko.png "Kuva 1")\n`);
  await appendTo(join(dir, 'news/avaus.mdx'), `\n![${newsAlt}](<kuvat/avajaiset yleisö.jpg>)\n`);
  await writeFile(
    join(dir, 'news/luonnos.mdx'),
    '---\ntitle: Luonnos\ndate: 2018-05-20\nsummary: Ei vielä julki.\ndraft: true\n---\n\n![Luonnoskuva](kuvat/salainen-luonnos.png)\n',
  );
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'valmistelu-images-'));
  content = await contentWithOverlay();
  await writeCase(content);
  cacheDir = siteCacheDir(toolCache, content);
  await rm(cacheDir, { recursive: true, force: true });
  first = await build('first');
}, 600_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
  await rm(content, { recursive: true, force: true });
  await rm(cacheDir, { recursive: true, force: true });
  await rm(`${cacheDir}.lock`, { force: true });
});

async function bodyImages(out: string, page: string) {
  const html = await readFile(join(out, page, 'index.html'), 'utf8');
  return [...new DOMParser().parseFromString(html, 'text/html').querySelectorAll('article img')];
}

/** The file an address of the site names, in the output folder. */
const fileOf = (out: string, address: string) =>
  join(out, decodeURIComponent(new URL(address, 'https://example.fi').pathname));

async function exists(file: string): Promise<boolean> {
  return readFile(file).then(
    () => true,
    () => false,
  );
}

describe('images in reports and news', () => {
  it.each([
    ['raportit/lape-vali', reportAlt, 1600, 900],
    ['uutiset/avaus', newsAlt, 800, 600],
  ])('%s shows its image through the image pipeline', async (page, alt, width, height) => {
    const [image, ...others] = await bodyImages(first, page);
    expect(others).toEqual([]);
    if (!image) throw new Error(`no image on ${page}`);
    expect(image.getAttribute('alt')).toBe(alt);
    expect(Number(image.getAttribute('width'))).toBe(width);
    expect(Number(image.getAttribute('height'))).toBe(height);
    const src = image.getAttribute('src') ?? '';
    expect(src).toMatch(/^\/_astro\/.+\.webp$/);
    expect(await exists(fileOf(first, src))).toBe(true);
    const srcset: string = image.getAttribute('srcset') ?? '';
    const candidates = srcset.split(', ').map((candidate) => candidate.split(' '));
    expect(candidates.map(([, descriptor]) => descriptor)).toEqual(
      width > 1440 ? ['480w', '960w', '1440w', `${width}w`] : ['480w', `${width}w`],
    );
    for (const [address = ''] of candidates) expect(await exists(fileOf(first, address)), address).toBe(true);
    expect(image.getAttribute('sizes')).toBeTruthy();
  });

  it('publishes the generated sizes, not the originals, and nothing of a draft', async () => {
    const files = await readdir(join(first, '_astro'));
    expect(files.filter((name) => /\.(png|jpe?g)$/i.test(name))).toEqual([]);
    expect(files.filter((name) => name.includes('salainen'))).toEqual([]);
    expect(files.filter((name) => name.startsWith('palveluverkko.')).length).toBe(4);
  });

  it("puts the image in the report's PDF", async () => {
    const { stdout } = await promisify(execFile)('pdfimages', [
      '-list',
      join(first, 'pdf/raportit/lape-vali.pdf'),
    ]);
    const sizes = stdout
      .split('\n')
      .slice(2)
      .filter(Boolean)
      .map((line) => line.trim().split(/\s+/))
      .map((columns) => `${columns[3]}x${columns[4]}`);
    expect(sizes).toContain('1600x900');
  });

  it('renders again after an image edit exactly what a clean build renders', async () => {
    await copyFile(
      join(images, 'palveluverkko-korjattu.png'),
      join(content, 'reports/kuvat/palveluverkko.png'),
    );
    const incremental = await build('incremental');
    await rm(cacheDir, { recursive: true, force: true });
    const clean = await build('clean');
    expect(await hashTree(incremental)).toEqual(await hashTree(clean));
    const [before] = await bodyImages(first, 'raportit/lape-vali');
    const [after] = await bodyImages(clean, 'raportit/lape-vali');
    expect(after?.getAttribute('src')).not.toBe(before?.getAttribute('src'));
  }, 600_000);

  it('renders again only the pages that show the edited image', async () => {
    // The cache holds the clean build's pages; a page reused from it keeps this mark.
    const cached = (await readdir(join(cacheDir, 'dist'), { recursive: true, withFileTypes: true })).filter(
      (entry) => entry.isFile() && entry.name.endsWith('.html'),
    );
    expect(cached.length).toBeGreaterThan(3);
    for (const entry of cached) await appendFile(join(entry.parentPath, entry.name), reusedMark);
    await copyFile(join(images, 'palveluverkko.png'), join(content, 'reports/kuvat/palveluverkko.png'));
    const out = await build('after-edit');
    const reused = async (page: string) =>
      (await readFile(join(out, page, 'index.html'), 'utf8')).endsWith(reusedMark);
    expect(await reused('raportit/lape-vali')).toBe(false);
    expect(await reused('uutiset/avaus')).toBe(true);
    expect(await reused('organisaatio/ryhmat/lape')).toBe(true);
    const [image] = await bodyImages(out, 'raportit/lape-vali');
    const [original] = await bodyImages(first, 'raportit/lape-vali');
    expect(image?.getAttribute('src')).toBe(original?.getAttribute('src'));
    expect(await exists(fileOf(out, image?.getAttribute('src') ?? ''))).toBe(true);
  }, 600_000);
});
