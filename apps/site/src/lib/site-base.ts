/**
 * The path the site is published under: Astro's `base`, which astro.config.ts takes from the
 * path of `site.yaml`'s `url` (`/` at a domain's root, `/repo/` on a GitHub Pages project site).
 * The pages, `urls` and the files keep their paths from the site's root; what the browser is
 * given (links in the markup, the stylesheet's fonts, the manifest, the search script's index)
 * is moved under the base here, so the output's files stay where they are.
 */

import { base } from 'virtual:valmistelu/content-folder';
import { withBase } from '@valmistelu/domain/urls';

export const siteBase: string = base;

/** A path from the site's root (`urls`, an asset's `path`) as the browser asks for it. */
export function sitePath(path: string): string {
  return withBase(siteBase, path);
}

/**
 * A path Astro gives under the base (an optimised image's) as the site's other paths are, from
 * the site's root; `rebaseHtml` and `absoluteUrl` then put the base in front once.
 */
export function rootPath(path: string, base: string = siteBase): string {
  return base !== '/' && path.startsWith(base) ? `/${path.slice(base.length)}` : path;
}

/** A `srcset` with each candidate's address changed by `change`, the descriptors kept. */
export function mapSrcset(srcset: string, change: (url: string) => string): string {
  return srcset
    .split(',')
    .map((candidate) =>
      candidate.replace(/^(\s*)(\S+)/, (_all, space: string, url: string) => space + change(url)),
    )
    .join(',');
}

// Astro writes attribute values in double quotes; a value in text or a script is escaped or not an attribute.
const urlAttribute = /(\s(?:href|src|action|poster)=")(\/(?!\/)[^"]*)"/g;
const srcsetAttribute = /(\ssrcset=")([^"]*)"/g;

/** The root-relative addresses (`/x`, not `//host/x`) of a page's markup under `base`. */
export function rebaseHtml(html: string, base: string): string {
  if (base === '/') return html;
  const rebase = (value: string) =>
    value.startsWith('/') && !value.startsWith('//') ? withBase(base, value) : value;
  return html
    .replace(urlAttribute, (_match, start: string, value: string) => `${start}${rebase(value)}"`)
    .replace(
      srcsetAttribute,
      (_match, start: string, value: string) => `${start}${mapSrcset(value, rebase)}"`,
    );
}
