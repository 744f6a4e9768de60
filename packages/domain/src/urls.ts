/**
 * Paths of every published page and document, relative to the site root. The site routes and
 * the PDFs' links both come from here, so a link in a meeting pack never points at a missing page.
 * The main language's pages are at the root; another language's under its code (`/sv/`), with the
 * path segments in that language from `pathSegments`, the one table that links and tests share.
 */
import type { Language } from './schema.ts';
import { slugify } from './slug.ts';

/** The words of the addresses, per language. */
export const pathSegments = {
  fi: {
    news: 'uutiset',
    newsPage: 'sivu',
    newsTag: 'aihe',
    rss: 'rss.xml',
    organisation: 'organisaatio',
    bodies: 'toimielimet',
    lines: 'linjat',
    groups: 'ryhmat',
    reports: 'raportit',
    meetings: 'kokoukset',
    minutes: 'poytakirja',
    agendaItem: 'pykala',
    decisions: 'paatokset',
    actions: 'toimenpiteet',
    timelines: 'aikataulut',
    status: 'tilanne',
    channels: 'viestintakanavat',
    accessibility: 'saavutettavuusseloste',
    search: 'haku',
    calendar: 'kalenteri.ics',
  },
  sv: {
    news: 'nyheter',
    newsPage: 'sida',
    newsTag: 'amne',
    rss: 'rss.xml',
    organisation: 'organisation',
    bodies: 'organ',
    lines: 'linjer',
    groups: 'grupper',
    reports: 'rapporter',
    meetings: 'moten',
    minutes: 'protokoll',
    agendaItem: 'paragraf',
    decisions: 'beslut',
    actions: 'atgarder',
    timelines: 'tidtabeller',
    status: 'lagesbild',
    channels: 'kommunikationskanaler',
    accessibility: 'tillganglighetsutlatande',
    search: 'sok',
    calendar: 'kalender.ics',
  },
} as const satisfies Record<Language, Record<string, string>>;

/** The folders of the published PDFs, per language, under `/pdf/` (`/sv/pdf/`). */
export const pdfSegments = {
  fi: {
    meetingPacks: 'kokoukset',
    minutes: 'poytakirjat',
    organisationChart: 'organisaatiokaavio',
    timelines: 'aikataulut',
    reports: 'raportit',
  },
  sv: {
    meetingPacks: 'moten',
    minutes: 'protokoll',
    organisationChart: 'organisationsschema',
    timelines: 'tidtabeller',
    reports: 'rapporter',
  },
} as const satisfies Record<Language, Record<string, string>>;

/** The language whose pages are at the site's root: the first of `site.yaml`'s `languages`. */
export const mainLanguage: Language = 'fi';

/** The paths of the pages in one language. */
function pagesIn(language: Language) {
  const s = pathSegments[language];
  const root = language === mainLanguage ? '/' : `/${language}/`;
  return {
    home: () => root,
    news: (page = 1) => (page === 1 ? `${root}${s.news}/` : `${root}${s.news}/${s.newsPage}/${page}/`),
    newsItem: (id: string) => `${root}${s.news}/${id}/`,
    newsTag: (tag: string) => `${root}${s.news}/${s.newsTag}/${slugify(tag)}/`,
    rss: () => `${root}${s.rss}`,
    organisation: () => `${root}${s.organisation}/`,
    body: (id: string) => `${root}${s.organisation}/${s.bodies}/${id}/`,
    line: (id: string) => `${root}${s.organisation}/${s.lines}/${id}/`,
    group: (id: string) => `${root}${s.organisation}/${s.groups}/${id}/`,
    reports: () => `${root}${s.reports}/`,
    report: (id: string) => `${root}${s.reports}/${id}/`,
    meetings: () => `${root}${s.meetings}/`,
    meeting: (id: string) => `${root}${s.meetings}/${id}/`,
    /** An agenda item's anchor on its meeting page. */
    agendaItem: (meetingId: string, number: number) =>
      `${root}${s.meetings}/${meetingId}/#${s.agendaItem}-${number}`,
    /** The minutes (pöytäkirja) of a meeting, once they are checked. */
    minutes: (meetingId: string) => `${root}${s.meetings}/${meetingId}/${s.minutes}/`,
    /** Every decision of every meeting, filterable. */
    decisions: () => `${root}${s.decisions}/`,
    /** Every action of every report, rolled up by owner and due date. */
    actions: () => `${root}${s.actions}/`,
    timelines: () => `${root}${s.timelines}/`,
    timeline: (id: string) => `${root}${s.timelines}/${id}/`,
    status: () => `${root}${s.status}/`,
    channels: () => `${root}${s.channels}/`,
    accessibility: () => `${root}${s.accessibility}/`,
    search: () => `${root}${s.search}/`,
    calendar: () => `${root}${s.calendar}`,
  };
}

/** Where a language's files start: the main language's at the root, another's under its code. */
const languagePrefix = (language: Language) => (language === mainLanguage ? '' : `/${language}`);

/** The pages of each language; `urls` are the main language's. */
export const localizedUrls = { fi: pagesIn('fi'), sv: pagesIn('sv') } satisfies Record<
  Language,
  ReturnType<typeof pagesIn>
>;

export type PageUrls = ReturnType<typeof pagesIn>;

export const urls = {
  ...localizedUrls.fi,
  data: (name: string) => `/data/${name}.json`,
  /**
   * The 6Aika Open Decisions API's resources as static files; another language's texts in a
   * copy under its code (`/sv/data/paatos/`), the specification's texts being single strings.
   */
  openDecisions: (resource: string, language: Language = mainLanguage) =>
    `${languagePrefix(language)}/data/paatos/${resource}.json`,
  /** One object of a 6Aika resource, where the specification gives objects a URL. */
  openDecisionObject: (resource: string, id: number, language: Language = mainLanguage) =>
    `${languagePrefix(language)}/data/paatos/${resource}/${id}.json`,
  /** The organisation chart: Finnish at `/pdf/organisaatiokaavio.pdf`, Swedish at `/sv/pdf/organisationsschema.pdf`. */
  organisationChartPdf: (language: Language = mainLanguage) =>
    `${languagePrefix(language)}/pdf/${pdfSegments[language].organisationChart}.pdf`,
  /** A timeline: Finnish at `/pdf/aikataulut/`, Swedish at `/sv/pdf/tidtabeller/`. */
  timelinePdf: (id: string, language: Language = mainLanguage) =>
    `${languagePrefix(language)}/pdf/${pdfSegments[language].timelines}/${id}.pdf`,
  /** A report: Finnish at `/pdf/raportit/`, Swedish (a translated body's) at `/sv/pdf/rapporter/`. */
  reportPdf: (id: string, language: Language = mainLanguage) =>
    `${languagePrefix(language)}/pdf/${pdfSegments[language].reports}/${id}.pdf`,
  /** A meeting's pack: Finnish at `/pdf/kokoukset/`, Swedish at `/sv/pdf/moten/`. */
  meetingPackPdf: (id: string, language: Language = mainLanguage) =>
    `${languagePrefix(language)}/pdf/${pdfSegments[language].meetingPacks}/${id}.pdf`,
  /** The minutes in a language: Finnish at `/pdf/poytakirjat/`, Swedish at `/sv/pdf/protokoll/`. */
  minutesPdf: (id: string, language: Language = mainLanguage) =>
    `${languagePrefix(language)}/pdf/${pdfSegments[language].minutes}/${id}.pdf`,
} as const;

/**
 * The path the site is published under, from its address: `/` at a domain's root, `/repo/` for
 * `https://org.github.io/repo/`. Every path in `urls` is relative to it.
 */
export function basePath(siteUrl: string): string {
  const { pathname } = new URL(siteUrl);
  return pathname.endsWith('/') ? pathname : `${pathname}/`;
}

/** A path from `urls` as the browser asks for it: under the site's base path (`basePath`). */
export function withBase(base: string, path: string): string {
  return base === '/' || !path.startsWith('/') ? path : `${base}${path.slice(1)}`;
}

/**
 * An absolute URL on the published site. The path is relative to the site's address, which may
 * have a path of its own: `new URL('/x', 'https://org.github.io/repo/')` would drop `/repo`.
 */
export function absoluteUrl(siteUrl: string, path: string): string {
  const site = new URL(siteUrl);
  return new URL(withBase(basePath(siteUrl), path), site.origin).href;
}
