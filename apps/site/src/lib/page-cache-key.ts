/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose key equals
 * the previous build's is copied from the cache instead of rendered. Astro already hashes the
 * page's template and the site's own modules (its bundle's module graph); the key covers the
 * rest of what the page shows:
 * - the data its template reads, which its `getStaticPaths` computes with the same view
 *   functions the template calls;
 * - the frame every page shares: the site's settings, the stylesheet (whose report filters and
 *   colours come from the content), the logo's file (whose name changes with its bytes) and the
 *   share cards' addresses;
 * - the source of our own packages, which stay outside Astro's bundle and so outside the graph
 *   Astro hashes.
 */
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { pageKeys } from 'virtual:valmistelu/content-folder';
import { keyJson } from '@valmistelu/content/key-json';
import { hashPackageSources, packageFolderOf } from '@valmistelu/content/source-hash';
import { getAssets } from './assets.ts';
import { localizedRoutes } from './i18n/localized-pages.ts';
import { shareCards } from './share-images.ts';
import { siteIdentity } from './site-identity.ts';
import { getSiteModel, type SiteModel } from './site-model.ts';

/** One module of each of our packages the pages import, to find the package's folder. */
const ourPackages = [
  '@valmistelu/charts',
  '@valmistelu/content',
  '@valmistelu/domain/schema',
  '@valmistelu/markdown/to-html',
] as const;

function hashOurPackages(): Promise<string> {
  return Promise.all(
    ourPackages.map((specifier) => packageFolderOf(fileURLToPath(import.meta.resolve(specifier)))),
  ).then(hashPackageSources);
}

let packageSources: Promise<string> | undefined;
const frames = new WeakMap<object, Promise<string>>();

/** The part of every key that all pages share, once per site model. */
async function frameKey(): Promise<string> {
  const model = await getSiteModel();
  let frame = frames.get(model);
  if (!frame) {
    packageSources ??= hashOurPackages();
    frame = Promise.all([
      packageSources,
      getAssets(),
      Promise.all(model.languages.map(async (language) => shareCards(await getSiteModel(language)))),
      siteIdentity(model.content.site),
    ]).then(async ([sources, { stylesheet }, cards, { logo }]) =>
      createHash('sha256')
        .update(sources)
        .update(
          keyJson({
            site: model.content.site,
            stylesheet: [stylesheet.path, stylesheet.integrity],
            // Each page names its section's card, whose name holds the hash of the logo's bytes.
            shareCards: cards.flat().map((card) => card.image.path),
            logo: logo?.file.path ?? null,
            // The language switch and the hreflang links of every page follow what is translated.
            translations: await translationsKey(model),
          }),
        )
        .digest('hex'),
    );
    frames.set(model, frame);
  }
  return frame;
}

/**
 * The other languages' pages, which each page's language switch may point at, and their
 * settings (`site.sv.yaml`), which the frame of each of their pages shows.
 */
async function translationsKey(model: SiteModel): Promise<unknown[]> {
  const others = model.languages.slice(1);
  return Promise.all(
    others.map(async (language) => ({
      site: (await getSiteModel(language)).content.site,
      paths: (await localizedRoutes(language)).map((route) => route.path),
    })),
  );
}

/**
 * The key of a page that shows what `data` returns (and the frame); equal keys give equal pages.
 * None when the build is not incremental: nothing would read it, and computing the data and its
 * hash for every page cost about a second at 100× the default organisation.
 */
export async function pageCacheKey(data: () => unknown): Promise<string | undefined> {
  if (!pageKeys) return undefined;
  return createHash('sha256')
    .update(await frameKey())
    .update(keyJson(data()))
    .digest('hex');
}
