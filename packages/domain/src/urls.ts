/**
 * Paths of every published page and document, relative to the site root. The site routes and
 * the PDFs' links both come from here, so a link in a meeting pack never points at a missing page.
 */
import { slugify } from './slug.ts';

export const urls = {
  home: () => '/',
  news: (page = 1) => (page === 1 ? '/uutiset/' : `/uutiset/sivu/${page}/`),
  newsItem: (id: string) => `/uutiset/${id}/`,
  newsTag: (tag: string) => `/uutiset/aihe/${slugify(tag)}/`,
  rss: () => '/rss.xml',
  organisation: () => '/organisaatio/',
  body: (id: string) => `/organisaatio/toimielimet/${id}/`,
  line: (id: string) => `/organisaatio/linjat/${id}/`,
  group: (id: string) => `/organisaatio/ryhmat/${id}/`,
  reports: () => '/raportit/',
  report: (id: string) => `/raportit/${id}/`,
  meetings: () => '/kokoukset/',
  meeting: (id: string) => `/kokoukset/${id}/`,
  /** An agenda item's anchor on its meeting page. */
  agendaItem: (meetingId: string, number: number) => `/kokoukset/${meetingId}/#pykala-${number}`,
  /** The minutes (pöytäkirja) of a meeting, once they are checked. */
  minutes: (meetingId: string) => `/kokoukset/${meetingId}/poytakirja/`,
  /** Every decision of every meeting, filterable. */
  decisions: () => '/paatokset/',
  /** Every action of every report, rolled up by owner and due date. */
  actions: () => '/toimenpiteet/',
  timelines: () => '/aikataulut/',
  timeline: (id: string) => `/aikataulut/${id}/`,
  status: () => '/tilanne/',
  channels: () => '/viestintakanavat/',
  accessibility: () => '/saavutettavuusseloste/',
  search: () => '/haku/',
  calendar: () => '/kalenteri.ics',
  data: (name: string) => `/data/${name}.json`,
  /** The 6Aika Open Decisions API's resources as static files. */
  openDecisions: (resource: string) => `/data/paatos/${resource}.json`,
  /** One object of a 6Aika resource, where the specification gives objects a URL. */
  openDecisionObject: (resource: string, id: number) => `/data/paatos/${resource}/${id}.json`,
  organisationChartPdf: () => '/pdf/organisaatiokaavio.pdf',
  timelinePdf: (id: string) => `/pdf/aikataulut/${id}.pdf`,
  reportPdf: (id: string) => `/pdf/raportit/${id}.pdf`,
  meetingPackPdf: (id: string) => `/pdf/kokoukset/${id}.pdf`,
  minutesPdf: (id: string) => `/pdf/poytakirjat/${id}.pdf`,
} as const;

/** An absolute URL on the published site. */
export function absoluteUrl(siteUrl: string, path: string): string {
  return new URL(path, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).href;
}
