/**
 * The writers' editor at /admin/ of the built site, in Chromium with the Finnish locale and
 * Sveltia's in-browser test repository seeded with the content: its UI is Finnish, it loads
 * nothing from any host but the site's own, and a news item (with a tag and an image uploaded in
 * the editor) and an interim report (with an `<Action>` and a `<GroupRef>` inserted from the
 * editor's menu) written and saved in it, taken out of the browser, pass `valmistelu check`
 * unchanged; built with `valmistelu build`, the news item shows its image with width, height and
 * text alternative. Existing content opens as forms and saves losslessly (every report, news item
 * and meeting: only the changed field differs, no `draft: false` or default added, a translation
 * saved with its original keeps its values); the preview writes days as the site does; a translated
 * news item is one item of the list, its Swedish form beside the Finnish one.
 *
 * With `UPDATE_SCREENSHOTS=1` the tests also write the screenshots of the README's step-by-step
 * guides into docs/kuvat/ (palette PNGs, to keep the repository small).
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { promisify } from 'node:util';
import { translationFileOf } from '@valmistelu/content';
import { DOMParser } from 'linkedom';
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test, vi } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { chromiumPath, headlessChromiumFlags } from '../../scripts/chromium.ts';
import { axeWcag21AA } from './support/axe.ts';
import { guideScreenshot } from './support/guide-screenshot.ts';
import { everyPageTimeout } from './support/timeouts.ts';

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
/** The image the news item gets, uploaded from the writer's computer. */
const newsImage = join(repositoryRoot, 'tests/fixtures/images/avajaiset.jpg');
const newsImageAlt = 'Esimerkkikuva: liukuväri sinisestä punaiseen';
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

/** A file of the test repository as bytes (an image the editor saved). */
async function testRepositoryBytes(page: Page, path: string): Promise<Buffer> {
  const base64 = await page.evaluate(
    async ({ path, root }) => {
      const parts = path.split('/');
      let handle = await (await navigator.storage.getDirectory()).getDirectoryHandle(root);
      for (const part of parts.slice(0, -1)) handle = await handle.getDirectoryHandle(part);
      const file = await (await handle.getFileHandle(parts.at(-1) ?? '')).getFile();
      const bytes = new Uint8Array(await file.arrayBuffer());
      let binary = '';
      for (const byte of bytes) binary += String.fromCharCode(byte);
      return btoa(binary);
    },
    { path, root: testRepository },
  );
  return Buffer.from(base64, 'base64');
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
  // "Muokkaa sisältöä", or with translations "Muokkaa kielen suomi sisältöä": the first form.
  const heading = page
    .getByRole('group', { name: /^Muokkaa (kielen \S+ )?sisältöä/ })
    .first()
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

/** Files the editor saved, by their path in the content folder. */
type SavedFiles = Record<string, string | Buffer>;

async function withFiles(base: string, files: SavedFiles): Promise<string> {
  const copy = await mkdtemp(join(tmpdir(), 'valmistelu-admin-'));
  await cp(base, copy, { recursive: true });
  for (const [path, data] of Object.entries(files)) {
    await mkdir(dirname(join(copy, path)), { recursive: true });
    await writeFile(join(copy, path), data);
  }
  return copy;
}

/** `valmistelu check` of the content with the files of the test repository added to it. */
async function checkWith(files: SavedFiles): Promise<{ code: number; output: string }> {
  const copy = await withFiles(contentDir, files);
  try {
    return await check(copy);
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
}

async function valmistelu(...args: string[]): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [cliMain, ...args], {
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, output: stdout + stderr };
  } catch (problem) {
    const failed = problem as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? 1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

const check = (contentCopy: string) => valmistelu('check', '--content', contentCopy);

/**
 * Inserts an image from the body editor's menu, uploads `file` in Sveltia's image dialog, and
 * writes its text alternative.
 */
async function insertImage(page: Page, body: Locator, file: string, alt: string): Promise<void> {
  await body.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Lisää', exact: true }).first().click();
  await page.getByRole('menuitem', { name: 'Kuva', exact: true }).click();
  const image = page.getByRole('group', { name: 'Kuva', exact: true }).last();
  await image.getByRole('button', { name: 'Selaa' }).click();
  const dialog = page.getByRole('dialog', { name: 'Valitse kuva' });
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Lähetä' }).click();
  await (await chooser).setFiles(file);
  const images = dialog.getByRole('listbox', { name: 'Saatavilla olevat kuvat' }).getByRole('option');
  // The content's own pictures of news items (content/news/kuvat/) are offered too.
  const existing = await readdir(join(contentDir, 'news/kuvat')).catch(() => []);
  await expect.poll(() => images.count(), polling).toBe(existing.length + 1);
  await guideScreenshot('uutinen-3-kuva.png', page);
  await dialog.getByRole('button', { name: 'Lisää', exact: true }).click();
  await image.getByRole('textbox', { name: 'Tekstivastine' }).fill(alt);
  await image.scrollIntoViewIfNeeded();
  // The form shows the chosen file once it has read it.
  const thumbnail = image.locator('img').first();
  await expect
    .poll(() => thumbnail.evaluate((element) => (element as HTMLImageElement).naturalWidth), polling)
    .toBeGreaterThan(0);
  await guideScreenshot('uutinen-4-tekstivastine.png', page);
}

describe('editor at /admin/', () => {
  test('shows its Finnish UI, warns that the test repository publishes nothing, and loads nothing from another host', async () => {
    const { context, page } = await openEditor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fi');
    // Built without a git host, the first screen says that nothing saved here is published.
    const warning = page.getByRole('complementary', { name: 'Kokeilutila' });
    expect(await warning.isVisible()).toBe(true);
    expect(await warning.textContent()).toContain('mitään täällä tallennettua ei julkaista sivustolla');
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

  test('passes axe-core WCAG 2.1 A and AA once the editor has started, and can be zoomed', async () => {
    const { context, page } = await openEditor();
    await page.getByRole('button', { name: signIn }).click();
    await expect.poll(() => page.getByText('Kokoelmat').isVisible(), polling).toBe(true);
    await expect.poll(() => page.getByRole('button', { name: signIn }).count(), polling).toBe(0);
    const viewports = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('meta[name="viewport"]')].map((meta) => meta.getAttribute('content')),
      );
    // Sveltia has added a viewport of its own by now (it asks for maximum-scale=1); none limits zoom.
    expect((await viewports()).length).toBeGreaterThan(1);
    for (const content of await viewports()) expect(content).not.toMatch(/maximum-scale|user-scalable/);
    const result = await axeWcag21AA(page);
    expect(result.passes).toBeGreaterThan(0);
    expect(result.violations).toEqual([]);
    await context.close();
  });

  test('a news item titled in Finnish is named as `valmistelu new` names it, passes check and shows its image', async () => {
    const { context, page } = await openEditor();
    await page.getByRole('button', { name: signIn }).click();
    await expect.poll(() => page.getByText('Kokoelmat').isVisible(), polling).toBe(true);
    await expect.poll(() => page.getByRole('button', { name: signIn }).count(), polling).toBe(0);
    await guideScreenshot('uutinen-1-kokoelmat.png', page);
    await page.goto(`${baseUrl}/admin/#/collections/news/new`);
    await expect.poll(() => page.getByRole('button', { name: 'Tallenna' }).isVisible(), polling).toBe(true);
    const before = await testRepositoryFiles(page, 'content/news');

    await page.getByRole('textbox', { name: 'Otsikko' }).fill('Kesäkatsaus valmistelun etenemisestä');
    await page.locator('input[type="date"]').fill('2018-05-30');
    await page
      .getByRole('textbox', { name: 'Tiivistelmä' })
      .fill('Viestintä kokeili uutisen julkaisemista selaimessa.');
    await page.getByRole('textbox', { name: 'Kohteen arvo' }).fill('sisällönhallinta');
    await guideScreenshot('uutinen-2-lomake.png', page);
    // Exact: the picture's "Kuvan tekstivastine" field also has "teksti" in its name.
    const body = page.getByRole('textbox', { name: 'Teksti', exact: true }).first();
    await scrollFormTo(page, body);
    await body.fill('Uutisen teksti kirjoitettiin selaimessa.');
    await insertImage(page, body, newsImage, newsImageAlt);
    await page.screenshot({ path: join(repositoryRoot, 'test-artifacts/admin-news-new.png') });
    await page.getByRole('button', { name: 'Tallenna' }).click();

    await expect
      .poll(async () => Object.keys(await testRepositoryFiles(page, 'content/news')).length, polling)
      .toBe(Object.keys(before).length + 1);
    await guideScreenshot('uutinen-5-tallennettu.png', page);
    const after = await testRepositoryFiles(page, 'content/news');
    const [name, text] = Object.entries(after).find(([file]) => !(file in before)) ?? ['', ''];
    expect(name).toBe('kesakatsaus-valmistelun-etenemisesta.mdx');
    expect(text).toMatch(/^---\ntitle: Kesäkatsaus valmistelun etenemisestä\ndate: 2018-05-30\n/);
    // The image is saved beside the news item and named from there.
    expect(text).toContain(`![${newsImageAlt}](kuvat/avajaiset.jpg)`);
    const image = await testRepositoryBytes(page, 'content/news/kuvat/avajaiset.jpg');
    expect(image.equals(await readFile(newsImage))).toBe(true);
    expect(foreignRequests()).toEqual([]);
    await context.close();

    const saved = { [`news/${name}`]: text, 'news/kuvat/avajaiset.jpg': image };
    const result = await checkWith(saved);
    expect(result.output).not.toMatch(/virhe/i);
    expect(result.code).toBe(0);

    // Built (from the small test content, to keep the test short): the image on the item's page.
    const content = await withFiles(join(repositoryRoot, 'tests/fixtures/minimal-content'), saved);
    const out = join(content, '..', `${relative(tmpdir(), content)}-site`);
    try {
      const built = await valmistelu('build', '--content', content, '--out', out);
      expect(built.code, built.output).toBe(0);
      const page = new DOMParser().parseFromString(
        await readFile(join(out, 'uutiset/kesakatsaus-valmistelun-etenemisesta/index.html'), 'utf8'),
        'text/html',
      );
      const [img, ...others] = [...page.querySelectorAll('article img')];
      expect(others).toEqual([]);
      expect(img?.getAttribute('alt')).toBe(newsImageAlt);
      expect(Number(img?.getAttribute('width'))).toBe(800);
      expect(Number(img?.getAttribute('height'))).toBe(600);
      const src: string = img?.getAttribute('src') ?? '';
      expect((await readFile(join(out, decodeURIComponent(src)))).length).toBeGreaterThan(0);
      const home = new DOMParser().parseFromString(
        await readFile(join(out, 'index.html'), 'utf8'),
        'text/html',
      );
      const links = [...home.querySelectorAll('main a')].map((link) => link.getAttribute('href'));
      expect(links).toContain('/uutiset/kesakatsaus-valmistelun-etenemisesta/');
    } finally {
      await rm(content, { recursive: true, force: true });
      await rm(out, { recursive: true, force: true });
    }
  });

  test('an interim report started from the schedule, with an action and a group link, passes check once its guidance is replaced', async () => {
    const { context, page } = await openEditor();
    await page.getByRole('button', { name: signIn }).click();
    await expect.poll(() => page.getByText('Kokoelmat').isVisible(), polling).toBe(true);
    await page.goto(`${baseUrl}/admin/uusi-raportti.html`);
    const start = page.getByRole('link', { name: /: Väliraportti, määräpäivä/ }).first();
    await guideScreenshot('raportti-1-aloitus.png', page, 360);
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
    await guideScreenshot('raportti-2-lomake.png', page);

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
    await guideScreenshot('raportti-3-toimenpide.png', page);

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
    await guideScreenshot('raportti-4-tallennettu.png', page);
    const after = await testRepositoryFiles(page, 'content/reports');
    const [name, text] = Object.entries(after).find(([file]) => !(file in before)) ?? ['', ''];

    expect(text).toContain(`group: ${planned.get('group')}`);
    expect(text).toMatch(/^<Action owner="[a-z0-9-]+" due="2018-06-30" state="in-progress">$/m);
    expect(text).toMatch(/^<GroupRef id="[a-z0-9-]+" \/>$/m);
    expect(text).toContain('## 7. ');
    // The template's guidance left in a report that would be published (state draft is published,
    // its state shown) is refused at its line; once the writer has replaced it, the report passes.
    expect(text).toMatch(/^Ohje: /m);
    const refused = await checkWith({ [`reports/${name}`]: text });
    expect(refused.code).toBe(1);
    expect(refused.output).toContain('ohjeteksti on yhä paikallaan');
    const written = text.replace(/^Ohje: .*$/gm, 'Ryhmä on kokoontunut kuukausittain.');
    const result = await checkWith({ [`reports/${name}`]: written });
    expect(result.output).not.toMatch(/virhe/i);
    expect(result.code).toBe(0);
    expect(foreignRequests()).toEqual([]);
    await context.close();
  });

  test('site settings show the identity and contact, the colours with a colour picker', async () => {
    const { context, page } = await openEditor();
    await page.getByRole('button', { name: signIn }).click();
    await expect.poll(() => page.getByRole('button', { name: signIn }).count(), polling).toBe(0);
    await page.goto(`${baseUrl}/admin/#/collections/settings/entries/site`);
    await expect.poll(() => page.getByRole('button', { name: 'Tallenna' }).isVisible(), polling).toBe(true);
    const organisation = page.getByRole('textbox', { name: 'Organisaatio' });
    await scrollFormTo(page, organisation);
    await page.screenshot({
      path: join(repositoryRoot, 'test-artifacts/admin-site-settings.png'),
      fullPage: true,
    });
    expect(await organisation.inputValue()).toBe('Satakuntaliitto');
    expect(await page.getByRole('textbox', { name: 'Tunnus (logo)' }).inputValue()).toBe('kuvat/tunnus.svg');
    expect(await page.locator('input[type="color"]').count()).toBeGreaterThanOrEqual(2);
    expect(foreignRequests()).toEqual([]);
    await context.close();
  });

  test('an existing report opens with its components as forms, previews like the site, and saves only what changed', async () => {
    const { context, page } = await openEditor();
    await page.getByRole('button', { name: signIn }).click();
    await expect.poll(() => page.getByText('Kokoelmat').isVisible(), polling).toBe(true);
    const file = 'kasvupalvelut-valiraportti.mdx';
    const original = await readFile(join(contentDir, 'reports', file), 'utf8');
    await page.goto(`${baseUrl}/admin/#/collections/reports/entries/kasvupalvelut-valiraportti`);
    await expect.poll(() => page.getByRole('button', { name: 'Tallenna' }).isVisible(), polling).toBe(true);

    // The group is one value: no button beside it ("Lisää Valmisteluryhmä", Sveltia's dialog for
    // a new group) that would read as adding a second one; nor beside the report it follows.
    await expect
      .poll(() => page.getByRole('combobox', { name: 'Valmisteluryhmä' }).count(), polling)
      .toBeGreaterThan(0);
    // Sveltia isolates the name in the label (U+2068 … U+2069), hence `\W*`.
    expect(await page.getByRole('button', { name: /^Lisää\W*(Valmisteluryhmä|Raportti)\W*$/ }).count()).toBe(
      0,
    );

    const body = page.getByRole('textbox', { name: 'Teksti' }).first();
    await scrollFormTo(page, body);
    const components = (name: string) => body.locator(`[data-component-name="x-${name}"]`).count();
    await expect.poll(() => components('Action'), polling).toBe(1);
    expect(await components('Note')).toBe(1);
    expect(await components('GroupRef')).toBe(3);
    const editorText = (await body.textContent()) ?? '';
    expect(editorText).not.toMatch(/<\/?(Action|Note|GroupRef|ReportRef)\b/);
    // Each paragraph of the file is one paragraph in the editor, without line breaks inside.
    expect(await body.locator('p br').count()).toBe(0);
    const firstParagraph = original.split('\n').find((line) => line.startsWith('Kasvupalvelujen (työvoima-'));
    expect(await body.locator('p').first().textContent()).toBe(firstParagraph);

    // The preview: the note's title, the action's owner by name and its target day in Finnish.
    const box = await page.getByText('Esikatselu', { exact: true }).boundingBox();
    if (!box) throw new Error('no preview');
    await page.mouse.move(box.x + 200, box.y + 300);
    // With the site's stylesheet Sveltia draws the preview in a frame of its own.
    const inPreview = async (text: string | RegExp) => {
      let count = 0;
      for (const frame of page.frames()) count += await frame.getByText(text, { exact: true }).count();
      return count;
    };
    await expect
      .poll(async () => {
        if ((await inPreview(/^Vastuu: Timo Vesiluoma · Tavoite: 31\.5\.2018 · Tila: Käynnissä$/)) > 0)
          return true;
        await page.mouse.wheel(0, 600);
        return false;
      }, polling)
      .toBe(true);
    expect(await inPreview('Kunnat')).toBeGreaterThan(0);
    // The frontmatter's days as the site writes them: submitted 2018-03-29, the period's end.
    expect(await inPreview('29.3.2018')).toBeGreaterThan(0);
    expect(await inPreview('31.3.2018')).toBeGreaterThan(0);
    expect(await inPreview(/^\d{4}-\d\d-\d\d$/)).toBe(0);
    // The page's column and margins, not text from edge to edge.
    const paddings = await Promise.all(
      page
        .frames()
        .map((frame) =>
          frame.evaluate(() =>
            document.querySelector('article')
              ? Number.parseFloat(getComputedStyle(document.body).paddingLeft)
              : -1,
          ),
        ),
    );
    expect(Math.max(...paddings)).toBeGreaterThanOrEqual(16);
    // Drawn by the site's own stylesheet.
    const styled = await Promise.all(
      page
        .frames()
        .map((frame) =>
          frame.evaluate(() =>
            [...document.querySelectorAll('link[rel="stylesheet"], style')].some((element) =>
              /\/assets\/[^"]+\.css/.test(element.outerHTML),
            ),
          ),
        ),
    );
    expect(styled).toContain(true);
    await page.screenshot({ path: join(repositoryRoot, 'test-artifacts/admin-report-existing.png') });

    const summary = 'Kasvupalvelujen järjestämisvastuu on määritelty.';
    await page.getByRole('textbox', { name: 'Tiivistelmä' }).fill(summary);
    await page.getByRole('button', { name: 'Tallenna' }).click();
    await expect
      .poll(async () => (await testRepositoryFiles(page, 'content/reports'))[file] !== original, polling)
      .toBe(true);
    const saved = (await testRepositoryFiles(page, 'content/reports'))[file] ?? '';
    await context.close();

    const split = (text: string) => {
      const end = text.indexOf('\n---\n', 4);
      return { frontmatter: parseYaml(text.slice(4, end)), body: text.slice(end + 5) };
    };
    const before = split(original);
    const after = split(saved);
    expect(after.body).toBe(before.body);
    // Only the summary changed: no switch the file did not have (`draft: false`) is added.
    expect(after.frontmatter).toEqual({ ...before.frontmatter, summary });
  });

  test('a translated news item is one item in the list, its Swedish fields beside the Finnish ones', async () => {
    const { context, page } = await openEditor();
    await page.getByRole('button', { name: signIn }).click();
    await expect.poll(() => page.getByText('Kokoelmat').isVisible(), polling).toBe(true);
    const name = 'palvelusetelikokeilu-haku';
    const finnish = splitFile(await readFile(join(contentDir, 'news', `${name}.mdx`), 'utf8')).frontmatter;
    const swedish = splitFile(await readFile(join(contentDir, 'news', `${name}.sv.mdx`), 'utf8')).frontmatter;

    // The list: the Finnish title once, the Swedish file not as an item of its own.
    await page.goto(`${baseUrl}/admin/#/collections/news`);
    const listed = (title: unknown) => page.getByText(new RegExp(`^${String(title)} · `)).count();
    await expect.poll(() => listed(finnish.title), polling).toBe(1);
    expect(await listed(swedish.title)).toBe(0);

    await page.goto(`${baseUrl}/admin/#/collections/news/entries/${name}`);
    const forms = page.getByRole('group', { name: /^Muokkaa kielen \S+ sisältöä/ });
    await expect.poll(() => forms.first().isVisible(), polling).toBe(true);
    // The second pane shows the preview; its language menu puts the Swedish form there.
    await page.getByText('Ruotsi', { exact: true }).last().click();
    await expect.poll(() => forms.count(), polling).toBe(2);
    const title = (form: Locator) => form.getByRole('textbox', { name: 'Otsikko', exact: true });
    await expect.poll(() => title(forms.nth(1)).inputValue(), polling).toBe(swedish.title);
    expect(await title(forms.first()).inputValue()).toBe(finnish.title);
    const [left, right] = await Promise.all([forms.first().boundingBox(), forms.nth(1).boundingBox()]);
    expect(right && left && right.x > left.x + left.width / 2).toBe(true);
    // The Swedish form has the texts only: the day and the tags stay in the original.
    expect(await forms.nth(1).locator('input[type="date"]').count()).toBe(0);
    expect(await forms.first().locator('input[type="date"]').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(repositoryRoot, 'test-artifacts/admin-news-translation.png') });
    expect(foreignRequests()).toEqual([]);
    await context.close();
  });

  test(
    'every report, news item and meeting of the default content saves with only its changed field changed',
    async () => {
      const { context, page } = await openEditor();
      await page.getByRole('button', { name: signIn }).click();
      await expect.poll(() => page.getByText('Kokoelmat').isVisible(), polling).toBe(true);
      const changed: string[] = [];
      // Each collection: the field changed, its label, and the field that shows the form is this item's.
      for (const [folder, extension, edited, label, identifier, identifierLabel] of [
        ['reports', '.mdx', 'summary', 'Tiivistelmä', 'title', 'Otsikko'],
        ['news', '.mdx', 'summary', 'Tiivistelmä', 'title', 'Otsikko'],
        ['meetings', '.yaml', 'place', 'Paikka', 'place', 'Paikka'],
      ] as const) {
        // Translations (`X.sv.mdx`) are edited beside their originals, not as entries of their own.
        const names = (await readdir(join(contentDir, folder))).filter(
          (name) => name.endsWith(extension) && !translationFileOf(name),
        );
        expect(names.length).toBeGreaterThan(3);
        for (const name of names) {
          const original = await readFile(join(contentDir, folder, name), 'utf8');
          const before =
            extension === '.mdx' ? splitFile(original) : { frontmatter: parseYaml(original), body: '' };
          const value = `${String(before.frontmatter[edited] ?? '').trim()} Muokattu.`;
          const translation = `${name.slice(0, -extension.length)}.sv${extension}`;
          const translated = await readFile(join(contentDir, folder, translation), 'utf8').catch(
            () => undefined,
          );
          const entry = `${baseUrl}/admin/#/collections/${folder}/entries/${name.slice(0, -extension.length)}`;
          // The editor is one page: wait for this entry's form, not the previous one's. With
          // translations the Finnish form is the first. The editor may still be leaving the
          // previous entry after its save and take the address back: then it is asked again.
          const shown = page.getByRole('textbox', { name: identifierLabel, exact: true }).first();
          await vi.waitFor(async () => {
            if (page.url() !== entry) await page.goto(entry);
            expect((await shown.isVisible()) && (await shown.inputValue())).toBe(
              String(before.frontmatter[identifier]).trim(),
            );
          }, polling);
          await page.getByRole('textbox', { name: label, exact: true }).first().fill(value);
          await page.getByRole('button', { name: 'Tallenna' }).click();
          await expect
            .poll(
              async () => (await testRepositoryFiles(page, `content/${folder}`))[name] !== original,
              polling,
            )
            .toBe(true);
          // The editor closes itself after saving (Sveltia's default): wait for it to leave the
          // entry, or its closing could take the next entry's address back after we open it.
          await expect.poll(() => page.url(), polling).not.toBe(entry);
          const files = await testRepositoryFiles(page, `content/${folder}`);
          const saved = files[name] ?? '';
          const after = extension === '.mdx' ? splitFile(saved) : { frontmatter: parseYaml(saved), body: '' };
          if (after.body !== before.body) changed.push(`${name}: body`);
          expect({ name, values: after.frontmatter }).toEqual({
            name,
            values: { ...before.frontmatter, [edited]: value },
          });
          // Its translation, saved with it, keeps its values and its body.
          if (translated !== undefined) {
            const savedTranslation = files[translation] ?? '';
            const parts = (text: string) =>
              extension === '.mdx' ? splitFile(text) : { frontmatter: parseYaml(text), body: '' };
            expect({ translation, ...parts(savedTranslation) }).toEqual({
              translation,
              ...parts(translated),
            });
          }
        }
      }
      expect(changed).toEqual([]);
      await context.close();
    },
    everyPageTimeout,
  );
});

/** A file's frontmatter values and its body as bytes. */
function splitFile(text: string): { frontmatter: Record<string, unknown>; body: string } {
  const end = text.indexOf('\n---\n', 4);
  return { frontmatter: parseYaml(text.slice(4, end)) as Record<string, unknown>, body: text.slice(end + 5) };
}
