/**
 * The path the site is published under: Astro's `base`, which astro.config.ts takes from the
 * path of `site.yaml`'s `url` (`/` at a domain's root, `/repo/` on a GitHub Pages project site).
 * The pages, `urls` and the files keep their paths from the site's root; what the browser is
 * given (links in the markup, the stylesheet's fonts, the manifest, the search script's index)
 * is moved under the base here, so the output's files stay where they are.
 */

import { base } from 'virtual:valmistelu/content-folder';
import { withBase } from '@valmistelu/domain/urls';
import { rootPath } from './rebase-html.ts';

export const siteBase: string = base;

/** A path from the site's root (`urls`, an asset's `path`) as the browser asks for it. */
export function sitePath(path: string): string {
  return withBase(siteBase, path);
}

/** A path Astro gives under the base (an optimised image's) from the site's root, as the others are. */
export function sitePathOf(path: string): string {
  return rootPath(path, siteBase);
}
