/**
 * The writers' editor at /admin/ of the built site, in Chromium with the Finnish locale and
 * Sveltia's in-browser test repository seeded with the content: its UI is Finnish, it loads
 * nothing from any host but the site's own, and a news item and an interim report (with an
 * `<Action>` and a `<GroupRef>` inserted from the editor's menu) written and saved in it, taken out
 * of the browser, pass `valmistelu check` unchanged.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
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
/** Sveltia is a 2 MB script: on two busy cores its first screen can take seconds. */
const polling = { timeout: 20_000 };

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
  await expect.poll(() => page.getByRole('button', { name: signIn }).isVisible(), polling).toBe(true);
  await seedTestRepository(page);
  return { context, page };
}

/**
 * Sveltia draws a field of a long form only once its place scrolls into view (a placeholder until
 * then), so a control far down is not in the page at first: wheel the form down, as a writer
 * would, until it is.
 */
async function scrollFormTo(page: Page, control: Locator): Promise<void> {
  const heading = page
    .getByRole('group', { name: /^Muokkaa kielen/ })
    .getByRole('toolbar')
    .first();
  const box = await heading.boundingBox();
  if (!box) throw new Error('the form has no heading bar');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height + 100);
  await expect
    .poll(async () => {
      if ((await control.count()) > 0) return true;
      await page.mouse.wheel(0, 400);
      return false;
    }, polling)
    .toBe(true);
}

function foreignRequests(): string[] {
  const own = new URL(baseUrl).origin;
  return requests.filter((url) => !/^(blob|data):/.test(url) && new URL(url).origin !== own);
}

/** `valmistelu check` of the content with one file of the test repository added to it. */
async function checkWith(
  folder: string,
  name: string,
  text: string,
): Promise<{ code: number; output: string }> {
  const copy = await mkdtemp(join(tmpdir(), 'valmistelu-admin-'));
  try {
    await cp(contentDir, copy, { recursive: true });
    await mkdir(join(copy, folder), { recursive: true });
    await writeFile(join(copy, folder, name), text);
    return await check(copy);
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
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
    await expect.poll(() => page.getByText('Kokoelmat').isVisible(), polling).toBe(true);
    // The sign-in page fades out; the screenshot is of the collections.
    await expect.poll(() => page.getByRole('button', { name: signIn }).count(), polling).toBe(0);
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
    await expect.poll(() => page.getByText('Kokoelmat').isVisible(), polling).toBe(true);
    await page.goto(`${baseUrl}/admin/#/collections/news/new`);
    await expect.poll(() => page.getByRole('button', { name: 'Tallenna' }).isVisible(), polling).toBe(true);
    const before = await testRepositoryFiles(page, 'content/news');

    await page.getByRole('textbox', { name: 'Otsikko' }).fill('Selaimessa kirjoitettu uutinen');
    await page.locator('input[type="date"]').fill('2018-05-30');
    await page
      .getByRole('textbox', { name: 'Tiivistelmä' })
      .fill('Viestintä kokeili uutisen julkaisemista selaimessa.');
    await page.getByRole('textbox', { name: 'Kohteen arvo' }).fill('sisällönhallinta');
    const body = page.getByRole('textbox', { name: 'Teksti' }).first();
    await scrollFormTo(page, body);
    await body.fill('Uutisen teksti kirjoitettiin selaimessa.');
    await page.screenshot({ path: join(repositoryRoot, 'test-artifacts/admin-news-new.png') });
    await page.getByRole('button', { name: 'Tallenna' }).click();

    await expect
      .poll(async () => Object.keys(await testRepositoryFiles(page, 'content/news')).length, polling)
      .toBe(Object.keys(before).length + 1);
    const after = await testRepositoryFiles(page, 'content/news');
    const [name, text] = Object.entries(after).find(([file]) => !(file in before)) ?? ['', ''];
    expect(name).toBe('selaimessa-kirjoitettu-uutinen.mdx');

    const result = await checkWith('news', name, text);
    expect(result.output).not.toMatch(/virhe/i);
    expect(result.code).toBe(0);
    expect(text).toMatch(/^---\ntitle: Selaimessa kirjoitettu uutinen\ndate: 2018-05-30\n/);
    expect(foreignRequests()).toEqual([]);
    await context.close();
  });

  test('an interim report started from the schedule, with an action and a group link, passes check', async () => {
    const { context, page } = await openEditor();
    await page.getByRole('button', { name: signIn }).click();
    await expect.poll(() => page.getByText('Kokoelmat').isVisible(), polling).toBe(true);
    await page.goto(`${baseUrl}/admin/uusi-raportti.html`);
    const start = page.getByRole('link', { name: /: Väliraportti, määräpäivä/ }).first();
    const href = (await start.getAttribute('href')) ?? '';
    const planned = new URLSearchParams(href.split('?')[1]);
    const span = /raportointijakso (\d+)\.(\d+)\.(\d{4})–(\d+)\.(\d+)\.(\d{4})/.exec(
      (await start.textContent()) ?? '',
    );
    const day = (d = '', m = '', y = '') => `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
    await start.click();
    await expect.poll(() => page.getByRole('button', { name: 'Tallenna' }).isVisible(), polling).toBe(true);

    // The period is the one the start's text suggests; Sveltia fills only top-level fields itself.
    const dates = page.locator('input[type="date"]');
    await dates.nth(0).fill(day(span?.[1], span?.[2], span?.[3]));
    await dates.nth(1).fill(day(span?.[4], span?.[5], span?.[6]));

    const body = page.getByRole('textbox', { name: 'Teksti' }).first();
    await scrollFormTo(page, body);
    await body.click();
    await page.keyboard.press('Control+End');
    await page.getByRole('button', { name: 'Lisää', exact: true }).first().click();
    await page.getByRole('menuitem', { name: /Toimenpide/ }).click();
    await page.getByRole('combobox', { name: 'Vastuuhenkilö' }).click();
    await page.getByRole('option').nth(1).click();
    await page.locator('input[type="date"]').last().fill('2018-06-30');
    await page.getByRole('radio', { name: 'Käynnissä' }).click();
    const textareas = page.locator('textarea');
    await textareas
      .nth((await textareas.count()) - 2)
      .fill('Palvelutarpeen arviointi {tarkistetaan} <pian>.');

    await body.click();
    await page.keyboard.press('Control+End');
    await page.getByRole('button', { name: 'Lisää', exact: true }).first().click();
    await page.getByRole('menuitem', { name: /Linkki valmisteluryhmään/ }).click();
    const groupField = page.getByRole('combobox').last();
    await groupField.click();
    const options = page.locator(`[id="${await groupField.getAttribute('aria-controls')}"]`);
    await options.getByRole('option').nth(1).click();
    await page.screenshot({ path: join(repositoryRoot, 'test-artifacts/admin-report-new.png') });

    const before = await testRepositoryFiles(page, 'content/reports');
    await page.getByRole('button', { name: 'Tallenna' }).click();
    await expect
      .poll(async () => Object.keys(await testRepositoryFiles(page, 'content/reports')).length, polling)
      .toBe(Object.keys(before).length + 1);
    const after = await testRepositoryFiles(page, 'content/reports');
    const [name, text] = Object.entries(after).find(([file]) => !(file in before)) ?? ['', ''];

    expect(text).toContain(`group: ${planned.get('group')}`);
    expect(text).toMatch(/^<Action owner="[a-z0-9-]+" due="2018-06-30" state="in-progress">$/m);
    expect(text).toMatch(/^<GroupRef id="[a-z0-9-]+" \/>$/m);
    expect(text).toContain('## 7. ');
    const result = await checkWith('reports', name, text);
    expect(result.output).not.toMatch(/virhe/i);
    expect(result.code).toBe(0);
    expect(foreignRequests()).toEqual([]);
    await context.close();
  });
});
