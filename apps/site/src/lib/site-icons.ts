/**
 * The icons browsers and phones show for the site, made at build time from the logo (or, without
 * one, from the primary colour): `/favicon.ico` (16, 32 and 48 px in one ICO), the 180×180
 * `/apple-touch-icon.png`, and the web manifest with its 192 and 512 px icons. Opaque squares
 * with the logo centred on white, as iOS and Android expect. sharp writes no metadata or dates,
 * so the same logo gives the same bytes; the route is keyed by exactly these inputs.
 */
import { createHash } from 'node:crypto';
import type { LogoFile } from '@valmistelu/content/logo-file';
import type { SiteColors } from '@valmistelu/domain/site-identity';
import { withBase } from '@valmistelu/domain/urls';
import icoEndec from 'ico-endec';
import sharp from 'sharp';

export interface IconInputs {
  logo: LogoFile | undefined;
  colors: SiteColors;
  name: string;
  shortName: string;
  /** The path the site is published under (lib/site-base.ts), for the manifest's addresses; `/` when absent. */
  base?: string;
}

export interface IconFile {
  /** Its address, from the site's root. */
  path: string;
  contentType: string;
  bytes: Uint8Array;
}

export const iconPaths = {
  favicon: '/favicon.ico',
  appleTouch: '/apple-touch-icon.png',
  manifest: '/manifest.webmanifest',
} as const;

const manifestIcons = [192, 512] as const;

/** Every file `siteIcons` makes, by its address. */
export const iconFilePaths = [
  iconPaths.favicon,
  iconPaths.appleTouch,
  ...manifestIcons.map((size) => `/icon-${size}.png`),
  iconPaths.manifest,
];
const white = { r: 255, g: 255, b: 255, alpha: 1 };

/** A square PNG of `size` pixels: the logo inside a white margin of `margin` of the side. */
async function squareIcon(inputs: IconInputs, size: number, margin: number): Promise<Buffer> {
  const { logo } = inputs;
  if (!logo) {
    return sharp({ create: { width: size, height: size, channels: 3, background: inputs.colors.primary } })
      .png({ compressionLevel: 9 })
      .toBuffer();
  }
  const inner = Math.max(1, Math.round(size * (1 - 2 * margin)));
  const bytes = Buffer.from(logo.data, 'base64');
  // An SVG is drawn at the size it is shown, not scaled up from its own few units.
  const density =
    logo.mime === 'image/svg+xml'
      ? Math.min(10_000, (72 * inner) / Math.max(logo.width, logo.height))
      : undefined;
  const drawn = await sharp(bytes, density ? { density } : {})
    .resize(inner, inner, { fit: 'contain', background: white })
    .flatten({ background: white })
    .toBuffer();
  const offset = Math.floor((size - inner) / 2);
  return sharp(drawn)
    .extend({
      top: offset,
      left: offset,
      bottom: size - inner - offset,
      right: size - inner - offset,
      background: white,
    })
    .removeAlpha()
    .png({ compressionLevel: 9 })
    .toBuffer();
}

function manifest(inputs: IconInputs): string {
  return `${JSON.stringify(
    {
      name: inputs.name,
      short_name: inputs.shortName,
      lang: 'fi',
      start_url: withBase(inputs.base ?? '/', '/'),
      display: 'browser',
      background_color: '#ffffff',
      theme_color: inputs.colors.primary,
      icons: manifestIcons.map((size) => ({
        src: withBase(inputs.base ?? '/', `/icon-${size}.png`),
        sizes: `${size}x${size}`,
        type: 'image/png',
      })),
    },
    null,
    2,
  )}\n`;
}

export async function siteIcons(inputs: IconInputs): Promise<IconFile[]> {
  const favicon = icoEndec.encode(
    await Promise.all([16, 32, 48].map((size) => squareIcon(inputs, size, 0.04))),
  );
  const png = (path: string, bytes: Buffer): IconFile => ({ path, contentType: 'image/png', bytes });
  return [
    { path: iconPaths.favicon, contentType: 'image/vnd.microsoft.icon', bytes: favicon },
    png(iconPaths.appleTouch, await squareIcon(inputs, 180, 0.1)),
    ...(await Promise.all(
      manifestIcons.map(async (size) => png(`/icon-${size}.png`, await squareIcon(inputs, size, 0.1))),
    )),
    {
      path: iconPaths.manifest,
      contentType: 'application/manifest+json',
      bytes: Buffer.from(manifest(inputs)),
    },
  ];
}

/** What the icons are made from, and the image library's version: equal keys, equal files. */
export function iconsCacheKey(inputs: IconInputs): string {
  return createHash('sha256')
    .update(
      JSON.stringify([
        inputs.logo?.digest ?? null,
        inputs.logo?.mime ?? null,
        inputs.colors,
        inputs.name,
        inputs.shortName,
        inputs.base ?? '/',
        sharp.versions,
      ]),
    )
    .digest('hex');
}
