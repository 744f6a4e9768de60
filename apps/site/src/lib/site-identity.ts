/**
 * The organisation's identity as the site shows it: the logo as a file of its own (its name
 * changes with its bytes, so every page that shows it is keyed by it), its text alternative and
 * displayed size, and the colours as the stylesheet's custom properties.
 */
import contentDir from 'virtual:valmistelu/content-folder';
import { type LogoFile, readLogoFile } from '@valmistelu/content/logo-file';
import type { Site } from '@valmistelu/domain/schema';
import { organisationName, type SiteColors, siteColors } from '@valmistelu/domain/site-identity';
import { type BinaryAsset, binaryAsset } from './binary-asset.ts';

/** The logo's height in the header, in CSS pixels; its width follows its proportions. */
export const logoHeight = 48;

export interface SiteLogo {
  file: BinaryAsset;
  /** The organisation's name. */
  alt: string;
  width: number;
  height: number;
  /** The file as read, for the icons made from it. */
  source: LogoFile;
}

export interface SiteIdentity {
  logo: SiteLogo | undefined;
  colors: SiteColors;
}

/**
 * `check` has refused a logo it could not read before a build starts; under `pnpm dev` a broken
 * file leaves the header without one rather than stopping the page.
 */
async function readLogo(site: Site): Promise<SiteLogo | undefined> {
  const url = site.identity?.logo;
  if (url === undefined) return undefined;
  const read = await readLogoFile(url, contentDir);
  if (!read.ok) return undefined;
  const { logo } = read;
  const extension = logo.mime === 'image/png' ? 'png' : 'svg';
  return {
    file: binaryAsset('tunnus', extension, logo.mime, Buffer.from(logo.data, 'base64')),
    alt: organisationName(site),
    width: Math.max(1, Math.round((logoHeight * logo.width) / logo.height)),
    height: logoHeight,
    source: logo,
  };
}

const identities = new WeakMap<Site, Promise<SiteIdentity>>();

export function siteIdentity(site: Site): Promise<SiteIdentity> {
  let identity = identities.get(site);
  if (!identity) {
    identity = readLogo(site).then((logo) => ({ logo, colors: siteColors(site) }));
    identities.set(site, identity);
  }
  return identity;
}

/** The identity's colours as the custom properties the stylesheet's tokens start from. */
export function identityCss(colors: SiteColors): string {
  return `:root {\n  --color-primary: ${colors.primary};\n  --color-accent: ${colors.accent};\n}`;
}
