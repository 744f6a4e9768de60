/**
 * A page's versions in the site's languages: the `hreflang` alternates (given only where the page
 * exists in both, as search engines require them to point at each other) and where the language
 * switch goes: to the counterpart, or, for a page with none, to the list the item would be in.
 */
import type { Language } from '@valmistelu/domain/schema';
import { localizedUrls, type PageUrls, pathSegments } from '@valmistelu/domain/urls';
import { getSiteModel } from '../site-model.ts';
import { localizedRouteIndex } from './localized-pages.ts';
import { texts } from './texts.ts';

export interface LanguageVersion {
  language: Language;
  path: string;
}

export interface Alternates {
  /** `<link rel="alternate" hreflang>` for each language the page exists in, the main one also as x-default. */
  links: { hreflang: string; path: string }[];
  /** The language switch: one link per other language. */
  switches: (LanguageVersion & { label: string })[];
}

const none: Alternates = { links: [], switches: [] };

/** The list a main-language page's item belongs to, by its path's first segment. */
const listOf: Partial<Record<string, (own: PageUrls) => string>> = {
  [pathSegments.fi.news]: (own) => own.news(),
  [pathSegments.fi.meetings]: (own) => own.meetings(),
  [pathSegments.fi.organisation]: (own) => own.organisation(),
  [pathSegments.fi.reports]: (own) => own.reports(),
  [pathSegments.fi.timelines]: (own) => own.timelines(),
};

/**
 * Where a main-language page without a counterpart belongs in another language, nearest first:
 * a meeting's minutes to its meeting, an item to the list it would be in (a group or line to the
 * organisation page), the rest to the home page.
 */
function sectionsOf(path: string, language: Language): string[] {
  const own = localizedUrls[language];
  const [first, id] = path.split('/').filter(Boolean);
  const list = first === undefined ? undefined : listOf[first];
  const meeting = first === pathSegments.fi.meetings && id ? [own.meeting(id)] : [];
  return [...meeting, ...(list ? [list(own)] : []), own.home()];
}

export async function alternatesOf(path: string, language: Language): Promise<Alternates> {
  const model = await getSiteModel();
  const [main, ...others] = model.languages;
  if (!main || others.length === 0) return none;
  const versions = new Map<Language, string>([[main, path]]);
  if (language !== main) {
    const route = (await localizedRouteIndex(language)).byPath.get(path);
    if (!route) return none;
    versions.set(main, route.counterpart);
    versions.set(language, path);
  }
  const counterparts = new Map<Language, string>();
  for (const other of others) {
    const index = await localizedRouteIndex(other);
    const mainPath = versions.get(main) as string;
    const route = index.byCounterpart.get(mainPath);
    if (route) versions.set(other, route.path);
    else if (other !== language) {
      // An item without a translation falls back to its list, not to a missing page.
      const section = sectionsOf(mainPath, other).find((candidate) => index.byPath.has(candidate));
      counterparts.set(other, section ?? localizedUrls[other].home());
    }
  }
  const links: Alternates['links'] = [...versions].map(([code, version]) => ({
    hreflang: code,
    path: version,
  }));
  if (links.length > 1) links.push({ hreflang: 'x-default', path: versions.get(main) as string });
  const switches = model.languages
    .filter((code) => code !== language)
    .map((code) => ({
      language: code,
      path: versions.get(code) ?? counterparts.get(code) ?? localizedUrls[code].home(),
      label: texts[code].languageName,
    }));
  return { links: links.length > 1 ? links : [], switches };
}
