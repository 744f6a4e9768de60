/**
 * Which pages go into which search bundle. Pagefind has no incremental mode: it indexes every page
 * it is given. So a large site is indexed in bundles, each a Pagefind index of its own that the
 * search page merges in the browser (Pagefind's `mergeIndex`), and a build indexes again only the
 * bundles whose pages changed (`search-index.ts`). Pages that change together should share a
 * bundle: a report's edit changes its page and its group's, so the bundles follow the site's
 * sections, and a large section is split by a hash of the page's path. A small site stays one
 * bundle, Pagefind's usual `pagefind/` folder. The split depends on the list of pages alone, so a
 * clean and an incremental build agree. Pure.
 */
import { createHash } from 'node:crypto';

export interface IndexedPage {
  /** `/`-separated, relative to the site folder, such as `raportit/x/index.html`. */
  path: string;
  /** `<html lang>`, as Pagefind reads it. */
  language: string;
}

export interface SearchBundle {
  /** The bundle's folder relative to `pagefind/`: '' for the one bundle of a small site, else `osat/NAME/`. */
  folder: string;
  /** Its pages' paths, sorted. */
  paths: string[];
}

/** What the search page reads: the bundles holding each language's pages, the first one primary. */
export type BundleManifest = Record<string, string[]>;

/**
 * Pages per bundle at most, about: the browser loads every bundle of its language on the first
 * search, and an edit indexes one or two bundles again. At 100× the default organisation (6,400
 * pages) this gives ten bundles.
 */
export const defaultBundlePages = 1000;

/** A section smaller than this shares its language's `muut` bundle. */
const smallSection = (bundlePages: number) => Math.ceil(bundlePages / 4);

function sectionOf(path: string, language: string): string {
  const parts = path.split('/');
  // The site's Swedish pages lie under `sv/` (any other language under its own code, likewise).
  const [first, second] = parts[0] === language && parts.length > 2 ? parts.slice(1) : parts;
  return second === undefined ? '' : (first ?? '');
}

function hashPart(path: string, parts: number): number {
  return createHash('sha256').update(path).digest().readUInt32BE(0) % parts;
}

function byName<T>(entries: Iterable<[string, T]>): [string, T][] {
  return [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function groupBy(
  pages: readonly IndexedPage[],
  key: (page: IndexedPage) => string,
): Map<string, IndexedPage[]> {
  const groups = new Map<string, IndexedPage[]>();
  for (const page of pages) {
    const name = key(page);
    const group = groups.get(name);
    if (group) group.push(page);
    else groups.set(name, [page]);
  }
  return groups;
}

function bundle(folder: string, pages: readonly IndexedPage[]): SearchBundle {
  return { folder, paths: pages.map((page) => page.path).sort() };
}

/** One language's bundles: whole when small, else by section, the large ones split. */
function languageBundles(
  language: string,
  pages: readonly IndexedPage[],
  bundlePages: number,
): SearchBundle[] {
  if (pages.length <= bundlePages) return [bundle(`osat/${language}/`, pages)];
  const bundles: SearchBundle[] = [];
  const small: IndexedPage[] = [];
  for (const [section, sectionPages] of byName(groupBy(pages, (page) => sectionOf(page.path, language)))) {
    if (section === '' || sectionPages.length < smallSection(bundlePages)) {
      small.push(...sectionPages);
      continue;
    }
    const parts = Math.ceil(sectionPages.length / bundlePages);
    if (parts === 1) {
      bundles.push(bundle(`osat/${language}-${section}/`, sectionPages));
      continue;
    }
    for (const [part, partPages] of byName(
      groupBy(sectionPages, (page) => String(hashPart(page.path, parts) + 1).padStart(3, '0')),
    )) {
      bundles.push(bundle(`osat/${language}-${section}-${part}/`, partPages));
    }
  }
  if (small.length > 0) bundles.push(bundle(`osat/${language}-muut/`, small));
  return bundles.sort((a, b) => (a.folder < b.folder ? -1 : 1));
}

/** The bundles of a site's pages, and the manifest naming each language's. */
export function searchBundles(
  pages: readonly IndexedPage[],
  bundlePages = defaultBundlePages,
): { bundles: SearchBundle[]; manifest: BundleManifest } {
  const byLanguage = byName(groupBy(pages, (page) => page.language));
  if (pages.length <= bundlePages) {
    return {
      bundles: pages.length > 0 ? [bundle('', pages)] : [],
      manifest: Object.fromEntries(byLanguage.map(([language]) => [language, ['']])),
    };
  }
  const bundles: SearchBundle[] = [];
  const manifest: BundleManifest = {};
  for (const [language, languagePages] of byLanguage) {
    const own = languageBundles(language, languagePages, bundlePages);
    bundles.push(...own);
    manifest[language] = own.map((each) => each.folder);
  }
  return { bundles, manifest };
}
