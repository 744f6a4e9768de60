/** The icons made from the logo: their sizes, an opaque square, and the same bytes every time. */
import { join } from 'node:path';
import { readLogoFile } from '@valmistelu/content/logo-file';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { type IconInputs, iconFilePaths, iconsCacheKey, siteIcons } from '../src/lib/site-icons.ts';

const contentDir = join(import.meta.dirname, '../../../content');

async function inputs(): Promise<IconInputs> {
  const read = await readLogoFile('kuvat/tunnus.svg', contentDir);
  if (!read.ok) throw new Error(read.message);
  return {
    logo: read.logo,
    colors: { primary: '#0b4f6c', accent: '#f2a900' },
    name: 'Testisivusto',
    shortName: 'Testi',
  };
}

describe('site icons', () => {
  test('are every file the route lists, at their sizes, and the same bytes from the same logo', async () => {
    const first = await siteIcons(await inputs());
    const second = await siteIcons(await inputs());
    expect(first.map((icon) => icon.path)).toEqual(iconFilePaths);
    expect(second.map((icon) => Buffer.from(icon.bytes))).toEqual(
      first.map((icon) => Buffer.from(icon.bytes)),
    );
    const touch = first.find((icon) => icon.path === '/apple-touch-icon.png');
    const meta = await sharp(touch?.bytes).metadata();
    expect([meta.width, meta.height, meta.hasAlpha]).toEqual([180, 180, false]);
    // The logo's own colour is drawn in the middle of the icon, on white at the edge.
    const { data } = await sharp(touch?.bytes).raw().toBuffer({ resolveWithObject: true });
    const at = (x: number, y: number) => [...data.subarray((y * 180 + x) * 3, (y * 180 + x) * 3 + 3)];
    expect(at(0, 0)).toEqual([255, 255, 255]);
    expect(at(40, 40)).toEqual([0x0b, 0x4f, 0x6c]);
  });

  test('are keyed by the logo’s bytes and the colours', async () => {
    const base = await inputs();
    const key = iconsCacheKey(base);
    expect(iconsCacheKey({ ...base })).toBe(key);
    expect(iconsCacheKey({ ...base, colors: { ...base.colors, primary: '#000000' } })).not.toBe(key);
    const logo = base.logo && { ...base.logo, digest: 'f'.repeat(64) };
    expect(iconsCacheKey({ ...base, logo })).not.toBe(key);
  });

  test('without a logo, are squares of the primary colour', async () => {
    const icons = await siteIcons({ ...(await inputs()), logo: undefined });
    const touch = icons.find((icon) => icon.path === '/apple-touch-icon.png');
    const { data } = await sharp(touch?.bytes).raw().toBuffer({ resolveWithObject: true });
    expect([...data.subarray(0, 3)]).toEqual([0x0b, 0x4f, 0x6c]);
    expect(JSON.parse(Buffer.from(icons.at(-1)?.bytes ?? []).toString('utf8')).theme_color).toBe('#0b4f6c');
  });
});
