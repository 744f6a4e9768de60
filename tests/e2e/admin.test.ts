/**
 * The writers' editor at /admin/ of the built site, in Chromium with the Finnish locale and
 * Sveltia's in-browser test repository seeded with the content: its UI is Finnish, it loads
 * nothing from any host but the site's own, and a news item written and saved in it, taken out of
 * the browser, passes `valmistelu check` unchanged.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { chromiumPath, headlessChromiumFlags } from '../../scripts/chromium.ts';

const baseUrl = inject('baseUrl');
const contentDir = inject('contentDir');
const repositoryRoot = join(import.meta.dirname, '../..');
const cliMain = join(repositoryRoot, 'packages/cli/src/main.ts');
/** The folder of Sveltia's test repository in the browser's origin-private file system. */
const testRepository = 'sveltia-cms-test';

let browser: Browser;
const requests: string[] = [];
const signIn = 'Työskentele testirepositorion kanssa';

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: chromiumPath, args: headlessChromiumFlags });
});

afterAll(async () => {
  await browser?.close();
});

/** The content folder as the test repository holds it: `content/…` from the repository root. */
async function contentFiles(): Promise<[string, string][]> {
  const entries = await readdir(contentDir, { recursive: true, withFileTypes: true });
  return Promise.all(
    entries
      .filter((entry) => entry.isFile())
      .map(async (entry) => {
        const file = join(entry.parentPath, entry.name);
        return [
          `content/${relative(contentDir, file).split('\\').join('/')}`,
          await readFile(file, 'utf8'),
        ] as [string, string];
      }),
  );
}

async function seedTestRepository(page: Page): Promise<void> {
  await page.evaluate(
    async ({ files, root }) => {
      const top = await (await navigator.storage.getDirectory()).getDirectoryHandle(root, { create: true });
      for (const [path, text] of files) {
        const parts = path.split('/');
        let folder = top;
        for (const part of parts.slice(0, -1))
          folder = await folder.getDirectoryHandle(part, { create: true });
        const writable = await (
          await folder.getFileHandle(parts.at(-1) ?? '', { create: true })
        ).createWritable();
        await writable.write(text);
        await writable.close();
      }
    },
    { files: await contentFiles(), root: testRepository },
  );
}

async function testRepositoryFiles(page: Page, folder: string): Promise<Record<string, string>> {
  return page.evaluate(
    async ({ folder, root }) => {
      let handle = await (await navigator.storage.getDirectory()).getDirectoryHandle(root);
      for (const part of folder.split('/')) handle = await handle.getDirectoryHandle(part);
      const files: Record<string, string> = {};
      for await (const [name, entry] of handle.entries()) {
        if (entry.kind === 'file')
          files[name] = await (await (entry as FileSystemFileHandle).getFile()).text();
      }
      return files;
    },
    { folder, root: testRepository },
  );
}

/** A fresh browser profile in Finnish at the editor's sign-in, its test repository seeded. */
async function openEditor(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'fi-FI', viewport: { width: 1280, height: 900 } });
  context.on('request', (request) => requests.push(request.url()));
  const page = await context.newPage();
  await page.goto(`${baseUrl}/admin/`);
  await expect.poll(() => page.getByRole('button', { name: signIn }).isVisible()).toBe(true);
  await seedTestRepository(page);
  return { context, page };
}

function foreignRequests(): string[] {
  const own = new URL(baseUrl).origin;
  return requests.filter((url) => !/^(blob|data):/.test(url) && new URL(url).origin !== own);
}

async function check(contentCopy: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [
      cliMain,
      'check',
      '--content',
      contentCopy,
    ]);
    return { code: 0, output: stdout + stderr };
  } catch (problem) {
    const failed = problem as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? 1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

describe('editor at /admin/', () => {
  test('shows its Finnish UI and loads nothing from another host', async () => {
    const { context, page } = await openEditor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fi');
    await page.getByRole('button', { name: signIn }).click();
    await expect.poll(() => page.getByText('Kokoelmat').isVisible()).toBe(true);
    // The sign-in page fades out; the screenshot is of the collections.
    await expect.poll(() => page.getByRole('button', { name: signIn }).count()).toBe(0);
    for (const label of ['Uutiset', 'Raportit', 'Kokoukset', 'Valmisteluryhmät', 'Henkilöt', 'Asetukset']) {
      expect(await page.getByText(label, { exact: true }).first().isVisible()).toBe(true);
    }
    // Fonts and icons are drawn from the site's own files: the icon font has loaded.
    expect(await page.evaluate(() => document.fonts.check('24px "Material Symbols Outlined"'))).toBe(true);
    await page.screenshot({ path: join(repositoryRoot, 'test-artifacts/admin-collections.png') });
    expect(foreignRequests()).toEqual([]);
    await context.close();
  });

  test('a news item saved in the editor passes `valmistelu check` unchanged', async () => {
    const { context, page } = await openEditor();
    await page.getByRole('button', { name: signIn }).click();
    await expect.poll(() => page.getByText('Kokoelmat').isVisible()).toBe(true);
    await page.goto(`${baseUrl}/admin/#/collections/news/new`);
    await expect.poll(() => page.getByRole('button', { name: 'Tallenna' }).isVisible()).toBe(true);
    const before = await testRepositoryFiles(page, 'content/news');

    await page.getByRole('textbox', { name: 'Otsikko' }).fill('Selaimessa kirjoitettu uutinen');
    await page.locator('input[type="date"]').fill('2018-05-30');
    await page
      .getByRole('textbox', { name: 'Tiivistelmä' })
      .fill('Viestintä kokeili uutisen julkaisemista selaimessa.');
    await page.getByRole('textbox', { name: 'Kohteen arvo' }).fill('sisällönhallinta');
    await page
      .getByRole('textbox', { name: 'Teksti' })
      .first()
      .fill('Uutisen teksti kirjoitettiin selaimessa.');
    await page.screenshot({ path: join(repositoryRoot, 'test-artifacts/admin-news-new.png') });
    await page.getByRole('button', { name: 'Tallenna' }).click();

    await expect
      .poll(async () => Object.keys(await testRepositoryFiles(page, 'content/news')).length)
      .toBe(Object.keys(before).length + 1);
    const after = await testRepositoryFiles(page, 'content/news');
    const [name, text] = Object.entries(after).find(([file]) => !(file in before)) ?? ['', ''];
    expect(name).toBe('selaimessa-kirjoitettu-uutinen.mdx');

    const copy = await mkdtemp(join(tmpdir(), 'valmistelu-admin-'));
    try {
      await cp(contentDir, copy, { recursive: true });
      await mkdir(join(copy, 'news'), { recursive: true });
      await writeFile(join(copy, 'news', name), text);
      const result = await check(copy);
      expect(result.output).not.toMatch(/virhe/i);
      expect(result.code).toBe(0);
    } finally {
      await rm(copy, { recursive: true, force: true });
    }
    expect(text).toMatch(/^---\ntitle: Selaimessa kirjoitettu uutinen\ndate: 2018-05-30\n/);
    expect(foreignRequests()).toEqual([]);
    await context.close();
  });
});
