import { describe, expect, test } from 'vitest';
import { mapSrcset, rebaseHtml, rootPath } from '../src/lib/rebase-html.ts';

describe('addresses under the path a site is published under', () => {
  test('root-relative links, files, forms and image sets move under the base', () => {
    const html =
      '<link rel="stylesheet" href="/assets/a.css"><a href="/">Etusivu</a><a href="/raportit/r1/#kohta">R</a>' +
      '<form action="/haku/"></form><img src="/_astro/k.webp" srcset="/_astro/k-480.webp 480w, /_astro/k-960.webp 960w">';
    expect(rebaseHtml(html, '/repo/')).toBe(
      '<link rel="stylesheet" href="/repo/assets/a.css"><a href="/repo/">Etusivu</a><a href="/repo/raportit/r1/#kohta">R</a>' +
        '<form action="/repo/haku/"></form><img src="/repo/_astro/k.webp" srcset="/repo/_astro/k-480.webp 480w, /repo/_astro/k-960.webp 960w">',
    );
  });

  test('other hosts, fragments, relative addresses and text are left alone', () => {
    const html =
      '<a href="https://example.fi/x/">x</a><a href="//cdn.example.fi/y">y</a><a href="#sisalto">s</a>' +
      '<a href="kuvat/k.jpg">k</a><p>href="/not-an-attribute"</p><meta property="og:url" content="https://o.github.io/repo/">';
    expect(rebaseHtml(html, '/repo/')).toBe(html);
  });

  test('at the root the markup is returned as it is', () => {
    const html = '<a href="/raportit/">R</a>';
    expect(rebaseHtml(html, '/')).toBe(html);
  });

  test('an address Astro gave under the base goes back to the site root once', () => {
    expect(rootPath('/repo/_astro/k.webp', '/repo/')).toBe('/_astro/k.webp');
    expect(rootPath('/_astro/k.webp', '/')).toBe('/_astro/k.webp');
    expect(mapSrcset('/repo/a.webp 480w, /repo/b.webp 960w', (url) => rootPath(url, '/repo/'))).toBe(
      '/a.webp 480w, /b.webp 960w',
    );
  });
});
