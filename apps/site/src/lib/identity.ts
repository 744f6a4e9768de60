/**
 * The organisation's colours and logo as the share cards read them. `site.yaml`'s `identity`
 * (issue 19: `identity.logo`, `identity.colors.primary`) is being added to the schema separately;
 * until it is there, the site's current primary colour (styles/site.css `--accent`) stands in and
 * there is no logo. Read through these two functions only, so that the schema's arrival changes
 * nothing else here.
 */
import type { Site } from '@valmistelu/domain/schema';

/** The stylesheet's `--accent`, the header's and links' colour before the identity settings. */
export const defaultPrimaryColour = '#0b4f8a';

interface IdentitySettings {
  logo?: unknown;
  colors?: { primary?: unknown };
}

function identityOf(site: Site): IdentitySettings | undefined {
  return (site as { identity?: IdentitySettings }).identity;
}

/** `#rrggbb` (a `#rgb` written out). */
export function primaryColour(site: Site): string {
  const primary = identityOf(site)?.colors?.primary;
  if (typeof primary !== 'string') return defaultPrimaryColour;
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(primary);
  if (short)
    return `#${short
      .slice(1)
      .map((digit) => digit.repeat(2))
      .join('')}`.toLowerCase();
  return /^#[0-9a-f]{6}$/i.test(primary) ? primary.toLowerCase() : defaultPrimaryColour;
}

/** The logo's address in the content folder (`kuvat/tunnus.svg`), when the site has one. */
export function logoAddress(site: Site): string | undefined {
  const logo = identityOf(site)?.logo;
  return typeof logo === 'string' && logo.trim() !== '' ? logo : undefined;
}
