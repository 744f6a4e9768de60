/**
 * The organisation's look as every output uses it: the site's header and stylesheet, the icons
 * and the PDF covers ask here, so that a site without `identity` looks the same everywhere.
 */

import type { Site } from './schema.ts';
import { defaultColors } from './schemas/identity.ts';

export interface SiteColors {
  /** Carries white text; links and headings on white. */
  primary: string;
  /** Decorative only (bands, borders): never text, so it needs no contrast. */
  accent: string;
}

export function siteColors(site: Pick<Site, 'identity'>): SiteColors {
  const colors = site.identity?.colors;
  const primary = colors?.primary ?? defaultColors.primary;
  return { primary, accent: colors?.accent ?? primary };
}

/** Who the logo stands for: its text alternative wherever it is shown. */
export function organisationName(site: Pick<Site, 'name' | 'contact'>): string {
  return site.contact?.organisation ?? site.name;
}
