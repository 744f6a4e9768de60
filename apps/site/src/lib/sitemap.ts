/**
 * The sitemap as files: `sitemap-index.xml` naming `sitemap-0.xml`, `sitemap-1.xml`, … of at most
 * 45,000 addresses each, sorted, in the format of `@astrojs/sitemap` (whose output it replaces
 * byte for byte). Pure: `integrations/sitemap.ts` writes the files.
 */

/** Addresses per file; the protocol allows 50,000. */
export const sitemapEntryLimit = 45_000;

const urlsetOpen =
  '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1" xmlns:video="http://www.google.com/schemas/sitemap-video/1.1">';
const xmlDeclaration = '<?xml version="1.0" encoding="UTF-8"?>';

const escapeXml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (char) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[char]};`,
  );

/**
 * @param siteUrl The public address of the site, e.g. `https://satakunta2019.fi/`.
 * @param pathnames Built pages as Astro names them: `''` for the home page, `raportit/x/`, `404`.
 * @returns File name → contents.
 */
export function sitemapFiles(siteUrl: string, pathnames: readonly string[]): Map<string, string> {
  const statusPages = new Set(['404', '500']);
  const addresses = [
    ...new Set(
      pathnames
        .map((pathname) => pathname.replace(/^\//, ''))
        .filter((pathname) => !statusPages.has(pathname.replace(/\/$/, '')))
        .map((pathname) => new URL(pathname, siteUrl).href),
    ),
  ].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const files = new Map<string, string>();
  const chunks = Math.ceil(addresses.length / sitemapEntryLimit);
  for (let chunk = 0; chunk < chunks; chunk++) {
    const entries = addresses
      .slice(chunk * sitemapEntryLimit, (chunk + 1) * sitemapEntryLimit)
      .map((address) => `<url><loc>${escapeXml(address)}</loc></url>`);
    files.set(`sitemap-${chunk}.xml`, `${xmlDeclaration}${urlsetOpen}${entries.join('')}</urlset>`);
  }
  const index = [...files.keys()].map(
    (name) => `<sitemap><loc>${escapeXml(new URL(name, siteUrl).href)}</loc></sitemap>`,
  );
  if (index.length > 0) {
    files.set(
      'sitemap-index.xml',
      `${xmlDeclaration}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${index.join('')}</sitemapindex>`,
    );
  }
  return files;
}
