/**
 * A site published under a path (`site.yaml`'s `url` has one): every page's links, images,
 * stylesheets and scripts point under it. The pages build their links from `urls`, paths from
 * the site's root shared with the PDFs; this is the one place they are moved under Astro's `base`.
 * At a domain's root the pages pass untouched.
 */
import { defineMiddleware } from 'astro:middleware';
import { rebaseHtml } from './lib/rebase-html.ts';
import { siteBase } from './lib/site-base.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (siteBase === '/' || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(rebaseHtml(await response.text(), siteBase), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
});
