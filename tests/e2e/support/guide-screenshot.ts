/**
 * The README's screenshots, taken by the browser tests where they show what the README tells:
 * written to `docs/kuvat/` only with `UPDATE_SCREENSHOTS=1`, as palette PNGs.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import sharp from 'sharp';

const repositoryRoot = join(import.meta.dirname, '../../..');
const screenshotDir = process.env.UPDATE_SCREENSHOTS === '1' ? join(repositoryRoot, 'docs/kuvat') : undefined;

/** The page (or its top `height` pixels). */
export async function guideScreenshot(name: string, page: Page, height?: number): Promise<void> {
  if (!screenshotDir) return;
  await mkdir(screenshotDir, { recursive: true });
  const clip =
    height === undefined ? undefined : { x: 0, y: 0, width: page.viewportSize()?.width ?? 1280, height };
  const png = await page.screenshot({ animations: 'disabled', ...(clip && { clip }) });
  await writeFile(
    join(screenshotDir, name),
    await sharp(png).png({ palette: true, colours: 64, compressionLevel: 9, effort: 10 }).toBuffer(),
  );
}
