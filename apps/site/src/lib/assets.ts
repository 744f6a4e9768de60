/**
 * The site's own stylesheet and scripts as files with content hashes in their names and SRI
 * `integrity` values, so that pages can reference them under a CSP without 'unsafe-inline'; and
 * the files the stylesheet and the header name (fonts, the logo), hashed the same way.
 */
import { createHash } from 'node:crypto';
import finnishSearchScript from '../scripts/finnish-search.js?raw';
import menuScript from '../scripts/menu.js?raw';
import searchScript from '../scripts/search.js?raw';
import chartsCss from '../styles/charts.css?raw';
import languagesCss from '../styles/languages.css?raw';
import newsCss from '../styles/news.css?raw';
import printCss from '../styles/print.css?raw';
import searchCss from '../styles/search.css?raw';
import siteCss from '../styles/site.css?raw';
import type { BinaryAsset } from './binary-asset.ts';
import { siteFonts } from './fonts.ts';
import { reportFilterCss, reportFilters } from './report-filters.ts';
import { identityCss, siteIdentity } from './site-identity.ts';
import { getSiteModel } from './site-model.ts';
import { decisionFilterCss, decisionFilters, decisionRows } from './views/decisions-page.ts';

export interface Asset {
  path: string;
  integrity: string;
  contentType: string;
  text: string;
}

function asset(name: string, extension: 'css' | 'js', text: string): Asset {
  const digest = createHash('sha384').update(text).digest();
  return {
    path: `/assets/${name}.${digest.toString('hex').slice(0, 12)}.${extension}`,
    integrity: `sha384-${digest.toString('base64')}`,
    contentType: extension === 'css' ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8',
    text,
  };
}

export interface SiteAssets {
  stylesheet: Asset;
  search: Asset;
  /** The Finnish search page's other forms of words (`scripts/finnish-search.js`), which `search` loads. */
  finnishSearch: Asset;
  /** The phone header's menu button (`scripts/menu.js`). */
  menu: Asset;
  /** Fonts and the logo. */
  files: BinaryAsset[];
}

// Per model: the report filters' rules come from the content, which `pnpm dev` reloads.
const cached = new WeakMap<object, SiteAssets>();

export async function getAssets(): Promise<SiteAssets> {
  const model = await getSiteModel();
  let assets = cached.get(model);
  if (!assets) {
    const fonts = siteFonts();
    const identity = await siteIdentity(model.content.site);
    assets = {
      stylesheet: asset(
        'sivusto',
        'css',
        [
          fonts.css,
          identityCss(identity.colors),
          siteCss,
          chartsCss,
          searchCss,
          newsCss,
          reportFilterCss(reportFilters(model.content.lines)),
          decisionFilterCss(decisionFilters(model, decisionRows(model))),
          // A one-language site's stylesheet stays as it was: no switch to draw.
          ...(model.languages.length > 1 ? [languagesCss] : []),
          printCss,
        ].join('\n'),
      ),
      search: asset('haku', 'js', searchScript),
      finnishSearch: asset('haku-suomi', 'js', finnishSearchScript),
      menu: asset('valikko', 'js', menuScript),
      files: [...fonts.files, ...(identity.logo ? [identity.logo.file] : [])],
    };
    cached.set(model, assets);
  }
  return assets;
}
