/**
 * Visual regression: the first screen of each main page type at a phone's and a desktop's width,
 * compared pixel by pixel with the baselines committed in `__screenshots__/`, so that a change of
 * look shows in review as a changed PNG. A missing baseline fails; `UPDATE_SCREENSHOTS=1` writes
 * the baselines instead of comparing (as it writes the README's pictures in the other tests).
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { urls } from '@valmistelu/domain/urls';
import pixelmatch from 'pixelmatch';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, type TestBrowser } from './support/browser.ts';

const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));
const baselineDir = fileURLToPath(new URL('./__screenshots__/', import.meta.url));
const updating = process.env.UPDATE_SCREENSHOTS === '1';
const baseUrl = inject('baseUrl');
/** The baselines show the default content; another content folder has no baselines to meet. */
const defaultContent = inject('contentDir') === join(repositoryRoot, 'content');

/** A page type and the default content's page that stands for it. */
const pageTypes: { name: string; path: string }[] = [
  { name: 'etusivu', path: urls.home() },
  { name: 'uutiset', path: urls.news() },
  { name: 'uutinen', path: urls.newsItem('kiinteistoselvitys-valmistui') },
  { name: 'raportti', path: urls.report('kasvupalvelut-valiraportti') },
  { name: 'ryhma', path: urls.group('kasvupalvelut') },
  { name: 'kokous', path: urls.meeting('vate-2018-04') },
  { name: 'poytakirja', path: urls.minutes('vate-2018-04') },
  { name: 'organisaatio', path: urls.organisation() },
  { name: 'aikataulu', path: urls.timelines() },
  { name: 'haku', path: urls.search() },
];

/** A phone and a desktop, each with the height of its first screen. */
const viewports = [
  { width: 375, height: 800 },
  { width: 1280, height: 900 },
];

/**
 * Share of pixels that may differ beyond pixelmatch's colour threshold: anti-aliasing of the same
 * font by the same Chromium is stable, a change of layout or colour moves far more than this.
 */
const tolerance = 0.002;

let chromium: TestBrowser;
let failureDir: string | undefined;

beforeAll(async () => {
  chromium = await launchBrowser();
});

afterAll(async () => {
  await chromium?.close();
});

async function screenshot(page: Page, path: string): Promise<Buffer> {
  await page.goto(`${baseUrl}${path}`);
  // The load event does not wait for pictures to be decoded and painted (decoding="async"), and on
  // busy cores a picture can still be arriving: wait until every one in view has its pixels, then
  // for two frames, so that the screenshot shows what a reader sees once the page has settled.
  await page.waitForFunction(
    () =>
      [...document.images]
        .filter((image) => image.getBoundingClientRect().top < innerHeight)
        .every((image) => image.complete && image.naturalWidth > 0),
    undefined,
    { timeout: 30_000 },
  );
  await page.evaluate(async () => {
    await document.fonts.ready;
    const inView = [...document.images].filter((image) => image.getBoundingClientRect().top < innerHeight);
    await Promise.all(inView.map((image) => image.decode().catch(() => undefined)));
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  });
  return page.screenshot({ animations: 'disabled', caret: 'hide' });
}

async function rawPixels(png: Buffer): Promise<{ data: Buffer; width: number; height: number }> {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** Compares with the baseline; returns a reason when they differ, with the files to look at. */
async function differenceFromBaseline(name: string, actual: Buffer): Promise<string | undefined> {
  const baselineFile = join(baselineDir, `${name}.png`);
  if (!existsSync(baselineFile))
    return `no baseline ${baselineFile}: run the e2e tests with UPDATE_SCREENSHOTS=1`;
  const [expected, received] = await Promise.all([
    rawPixels(await readFile(baselineFile)),
    rawPixels(actual),
  ]);
  failureDir ??= await mkdtemp(join(tmpdir(), 'valmistelu-visual-'));
  await writeFile(join(failureDir, `${name}.actual.png`), actual);
  if (expected.width !== received.width || expected.height !== received.height) {
    return `size ${received.width}×${received.height}, baseline ${expected.width}×${expected.height} (${failureDir})`;
  }
  const diff = Buffer.alloc(expected.data.length);
  const changed = pixelmatch(expected.data, received.data, diff, expected.width, expected.height, {
    threshold: 0.1,
  });
  const share = changed / (expected.width * expected.height);
  if (share <= tolerance) return undefined;
  const diffFile = join(failureDir, `${name}.diff.png`);
  await sharp(diff, { raw: { width: expected.width, height: expected.height, channels: 4 } })
    .png()
    .toFile(diffFile);
  return `${(share * 100).toFixed(2)} % of the pixels changed: see ${diffFile}`;
}

describe.skipIf(!defaultContent)('the look of the main page types', () => {
  for (const viewport of viewports) {
    test(`first screens at ${viewport.width} px match the baselines`, async () => {
      const { page } = await chromium.newPage();
      await page.setViewportSize(viewport);
      const differences: string[] = [];
      for (const pageType of pageTypes) {
        const name = `${pageType.name}-${viewport.width}`;
        const png = await screenshot(page, pageType.path);
        if (updating) {
          await mkdir(baselineDir, { recursive: true });
          await writeFile(join(baselineDir, `${name}.png`), png);
          continue;
        }
        const difference = await differenceFromBaseline(name, png);
        if (difference) differences.push(`${pageType.path} at ${viewport.width} px: ${difference}`);
      }
      await page.close();
      expect(differences, 'pages whose look changed (update the baselines if the change is meant)').toEqual(
        [],
      );
    });
  }
});
