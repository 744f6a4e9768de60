/**
 * What goes in a page's <head>: a unique title, description, canonical address and Open Graph.
 */

import type { Site } from '@valmistelu/domain/schema';
import { absoluteUrl } from '@valmistelu/domain/urls';

export interface PageInfo {
  /** The page's own title, also its h1; the site name is added here. */
  title: string;
  description?: string | undefined;
  /** The page's path from `urls`, e.g. `/raportit/`. */
  path: string;
  type?: 'website' | 'article';
}

export interface PageHead {
  title: string;
  description: string;
  canonical: string;
  openGraph: { property: string; content: string }[];
}

export function pageHead(site: Site, page: PageInfo): PageHead {
  const title = page.path === '/' ? site.name : `${page.title} – ${site.shortName}`;
  const description = page.description ?? site.description;
  const canonical = absoluteUrl(site.url, page.path);
  return {
    title,
    description,
    canonical,
    openGraph: [
      { property: 'og:type', content: page.type ?? 'website' },
      { property: 'og:title', content: page.title },
      { property: 'og:description', content: description },
      { property: 'og:url', content: canonical },
      { property: 'og:site_name', content: site.name },
      { property: 'og:locale', content: 'fi_FI' },
    ],
  };
}

/** The accessibility feedback channel, linked from every page as the law requires. */
export function feedbackMailto(site: Site): string {
  return `mailto:${site.feedbackEmail}?subject=${encodeURIComponent('Saavutettavuuspalaute')}`;
}
