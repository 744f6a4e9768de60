/**
 * What goes in a page's <head>: a unique title, description, canonical address, and the Open Graph
 * and Twitter card tags with the page's share image (`share-images.ts`) at an absolute address.
 */

import type { Language, Site } from '@valmistelu/domain/schema';
import { absoluteUrl, localizedUrls } from '@valmistelu/domain/urls';
import type { ShareImage } from './share-images.ts';

export interface PageInfo {
  /** The page's own title, also its h1; the site name is added here. */
  title: string;
  description?: string | undefined;
  /** The page's path from `urls`, e.g. `/raportit/`. */
  path: string;
  type?: 'website' | 'article';
  /** The page's own share image (a news item's picture); else its section's card. */
  shareImage?: ShareImage | undefined;
}

/** A `<meta>`: Open Graph names its tags with `property`, Twitter with `name`. */
export type MetaTag = { property: string; content: string } | { name: string; content: string };

export interface PageHead {
  title: string;
  description: string;
  canonical: string;
  meta: MetaTag[];
}

/** Open Graph's locale of each language: the site is Finland's, in Finnish or Swedish. */
const locales: Record<Language, string> = { fi: 'fi_FI', sv: 'sv_FI' };

export function pageHead(site: Site, page: PageInfo, share: ShareImage, language: Language = 'fi'): PageHead {
  const title =
    page.path === localizedUrls[language].home() ? site.name : `${page.title} – ${site.shortName}`;
  const description = page.description ?? site.description;
  const canonical = absoluteUrl(site.url, page.path);
  const image = absoluteUrl(site.url, share.path);
  return {
    title,
    description,
    canonical,
    meta: [
      { property: 'og:type', content: page.type ?? 'website' },
      { property: 'og:title', content: page.title },
      { property: 'og:description', content: description },
      { property: 'og:url', content: canonical },
      { property: 'og:site_name', content: site.name },
      { property: 'og:locale', content: locales[language] },
      { property: 'og:image', content: image },
      { property: 'og:image:type', content: share.type },
      { property: 'og:image:width', content: String(share.width) },
      { property: 'og:image:height', content: String(share.height) },
      { property: 'og:image:alt', content: share.alt },
      { name: 'twitter:card', content: 'summary_large_image' },
      { name: 'twitter:title', content: page.title },
      { name: 'twitter:description', content: description },
      { name: 'twitter:image', content: image },
      { name: 'twitter:image:alt', content: share.alt },
    ],
  };
}

/** The accessibility feedback channel, linked from every page as the law requires. */
export function feedbackMailto(site: Site, subject = 'Saavutettavuuspalaute'): string {
  return `mailto:${site.feedbackEmail}?subject=${encodeURIComponent(subject)}`;
}
