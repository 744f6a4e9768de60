/**
 * Moving a page's addresses under the path the site is published under (lib/site-base.ts has
 * the site's own base). Pure, for the middleware (src/middleware.ts) and the images' addresses.
 */
import { withBase } from '@valmistelu/domain/urls';

/**
 * A path Astro gives under the base (an optimised image's) as the site's other paths are, from
 * the site's root; `rebaseHtml` and `absoluteUrl` then put the base in front once.
 */
export function rootPath(path: string, base: string): string {
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
