/**
 * The model as open data: one JSON file per collection under /data/, plus an index that lists
 * them. Items are the validated model (the schemas are the documentation of each field) with the
 * page and PDF addresses added. Documented in apps/site/docs/avoin-data.md.
 */
import { type Content, collectionNames } from '@valmistelu/domain/schema';
import { absoluteUrl, urls } from '@valmistelu/domain/urls';
import type { SiteModel } from './site-model.ts';

/** Every collection of the model, plus the site settings and the status roll-up. */
export const dataSetNames = ['site', ...collectionNames, 'status'] as const;
export type DataSetName = (typeof dataSetNames)[number];

const descriptions: Record<DataSetName, string> = {
  site: 'Sivuston ja organisaation perustiedot, myös tilannepäivä (asOf)',
  people: 'Henkilöt ja tehtävänimikkeet (ilman sähköpostiosoitteita)',
  bodies: 'Toimielimet ja niiden kokoonpanot',
  lines: 'Toimintalinjat ja läpäisevä valmistelu',
  groups: 'Valmisteluryhmät: vastuuhenkilöt, tavoitteet, toimenpiteet ja raportointiaikataulu',
  reports: 'Raporttien tiedot ilman leipätekstiä; teksti on raportin sivulla ja PDF:ssä',
  meetings: 'Kokoukset ja esityslistat pykälittäin',
  timelines: 'Aikajanat: vaiheet ja virstanpylväät',
  news: 'Uutisten tiedot ilman leipätekstiä',
  channels: 'Viestintäkanavat',
  status: 'Ryhmien raportoinnin tila tilannepäivänä',
};

/** Absolute addresses, so that the files are useful when downloaded. */
function dataSet(content: Content, name: Exclude<DataSetName, 'status'>): unknown {
  const at = (path: string) => absoluteUrl(content.site.url, path);
  switch (name) {
    case 'site':
      return content.site;
    case 'people':
      return content.people.map(({ email: _email, ...person }) => person);
    case 'bodies':
      return content.bodies.map((body) => ({ ...body, url: at(urls.body(body.id)) }));
    case 'lines':
      return content.lines.map((line) => ({ ...line, url: at(urls.line(line.id)) }));
    case 'groups':
      return content.groups.map((group) => ({ ...group, url: at(urls.group(group.id)) }));
    case 'reports':
      return content.reports.map(({ body: _body, ...report }) => ({
        ...report,
        url: at(urls.report(report.id)),
        pdf: at(urls.reportPdf(report.id)),
      }));
    case 'meetings':
      return content.meetings.map((meeting) => ({
        ...meeting,
        url: at(urls.meeting(meeting.id)),
        pdf: at(urls.meetingPackPdf(meeting.id)),
      }));
    case 'timelines':
      return content.timelines.map((timeline) => ({
        ...timeline,
        url: at(urls.timeline(timeline.id)),
        pdf: at(urls.timelinePdf(timeline.id)),
      }));
    case 'news':
      return content.news.map(({ body: _body, ...item }) => ({ ...item, url: at(urls.newsItem(item.id)) }));
    case 'channels':
      return content.channels;
  }
}

function statusData(model: Pick<SiteModel, 'overallStatus'>): unknown {
  const status = model.overallStatus();
  return {
    asOf: status.asOf,
    state: status.state,
    counts: status.counts,
    groups: status.lines.flatMap((line) =>
      line.groups.map((entry) => ({
        group: entry.group.id,
        name: entry.group.name,
        line: line.line.id,
        state: entry.state,
        lastReport: entry.lastReport?.id ?? null,
        nextDue: entry.next?.due ?? null,
        nextKind: entry.next?.kind ?? null,
        overdue: entry.overdue.map((item) => ({ kind: item.kind, due: item.due })),
      })),
    ),
  };
}

export function openDataFile(
  model: Pick<SiteModel, 'content' | 'overallStatus'>,
  name: DataSetName | 'index',
): string {
  const { content } = model;
  const value =
    name === 'index'
      ? {
          asOf: content.site.asOf,
          dataSets: dataSetNames.map((set) => ({
            name: set,
            url: absoluteUrl(content.site.url, urls.data(set)),
            description: descriptions[set],
          })),
        }
      : name === 'status'
        ? statusData(model)
        : dataSet(content, name);
  return `${JSON.stringify(value, null, 2)}\n`;
}
