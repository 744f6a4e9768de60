/**
 * The organisation chart and the timelines as their own PDFs: vector charts on landscape pages,
 * followed by the same facts as text for reading and searching.
 */

import { formatFinnishDate } from '@valmistelu/domain/dates';
import { formatComposition } from '@valmistelu/domain/format';
import type { Content as Model, Timeline } from '@valmistelu/domain/schema';
import { timelineModel } from '@valmistelu/domain/timeline';
import type { Content, TDocumentDefinitions } from '../pdfmake-types.ts';
import { contentBox, documentSettings, pageFooter } from './base.ts';
import { organisationChartSvg, timelineSvg } from './charts.ts';

/** Title block height reserved above a chart on its page. */
const titleHeight = 64;

function chartTitle(title: string, detail: string): Content[] {
  return [
    { text: title, style: 'sectionTitle', margin: [0, 0, 0, 2] },
    { text: detail, style: ['small', 'muted'], margin: [0, 0, 0, 12] },
  ];
}

/** Bodies, lines and groups as text: what the chart shows, for reading aloud and searching. */
export function organisationListing(content: Model): Content[] {
  const person = (id: string | undefined) => content.people.find((candidate) => candidate.id === id)?.name;
  const bodies = content.bodies.map((body) => {
    const composition = formatComposition(body.composition);
    return {
      text: [{ text: body.name, bold: true }, ...(composition ? [{ text: ` (${composition})` }] : [])],
    };
  });
  const lines = content.lines.flatMap((line): Content[] => {
    const director = line.kind === 'line' ? person(line.changeDirector) : undefined;
    const groups = content.groups
      .filter((group) => group.line === line.id)
      .map((group) => {
        const responsible = person(group.responsible);
        return {
          text: [group.name, ...(responsible ? [{ text: ` – ${responsible}`, style: 'muted' }] : [])],
        };
      });
    return [
      {
        text: [
          { text: line.kind === 'line' ? `${line.shortName} ${line.name}` : line.name, bold: true },
          ...(director ? [` – muutosjohtaja ${director}`] : []),
        ],
        margin: [0, 6, 0, 2],
      },
      ...(groups.length ? [{ ul: groups, style: 'list' }] : []),
    ];
  });
  return [
    { text: 'Toimielimet', style: 'subsectionTitle' },
    { ul: bodies, style: 'list' },
    { text: 'Toimintalinjat ja valmisteluryhmät', style: 'subsectionTitle' },
    { stack: lines },
  ];
}

export function organisationChartDocument(content: Model): TDocumentDefinitions {
  const box = contentBox('A3', 'landscape');
  const asOf = `Tilanne ${formatFinnishDate(content.site.asOf)}`;
  return {
    ...documentSettings({
      title: 'Valmisteluorganisaatio',
      subject: `${content.site.name}: organisaatiokaavio`,
      author: content.site.name,
      date: content.site.asOf,
    }),
    pageSize: 'A3',
    pageOrientation: 'landscape',
    footer: pageFooter(`${content.site.name} · Valmisteluorganisaatio · ${asOf}`),
    content: [
      ...chartTitle('Valmisteluorganisaatio', `${content.site.name} · ${asOf}`),
      organisationChartSvg(content, { width: box.width, height: box.height - titleHeight }),
      { stack: organisationListing(content), pageBreak: 'before' },
    ],
  };
}

/** Every row of a timeline as a table: label, when, and whether it is an estimate or uncertain. */
export function timelineTable(content: Model, timeline: Timeline): Content {
  const model = timelineModel(timeline, content.site.asOf);
  const flags = (row: (typeof model.rows)[number]) =>
    [row.continuous && 'koko ajan', row.estimate && 'arvio', row.tentative && 'epävarma', row.note]
      .filter(Boolean)
      .join(', ');
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: ['*', 'auto', 'auto'],
      body: [
        [
          { text: 'Vaihe tai tehtävä', style: 'tableHeader' },
          { text: 'Ajankohta', style: 'tableHeader' },
          { text: 'Huomautus', style: 'tableHeader' },
        ],
        ...model.rows.map((row) => [row.label, row.when, flags(row)]),
        ...model.markers.map((marker) => [marker.label, marker.when, marker.tentative ? 'epävarma' : '']),
      ],
    },
    layout: 'grid',
    style: 'table',
  };
}

export function timelineDocument(content: Model, timeline: Timeline): TDocumentDefinitions {
  const box = contentBox('A4', 'landscape');
  const asOf = `Tilanne ${formatFinnishDate(content.site.asOf)}`;
  // Only the as-of date goes above the chart, so the chart always fits the first page.
  const about = [timeline.description, timeline.source && `Lähde: ${timeline.source}`].filter(
    (text): text is string => Boolean(text),
  );
  return {
    ...documentSettings({
      title: timeline.title,
      subject: `${content.site.name}: aikataulu`,
      author: content.site.name,
      date: content.site.asOf,
    }),
    pageOrientation: 'landscape',
    footer: pageFooter(`${timeline.title} · ${asOf}`),
    content: [
      ...chartTitle(timeline.title, `${content.site.name} · ${asOf}`),
      timelineSvg(content, timeline, { width: box.width, height: box.height - titleHeight }),
      { text: `${timeline.title} taulukkona`, style: 'subsectionTitle', pageBreak: 'before' },
      ...about.map((text) => ({ text, style: ['small', 'muted'], margin: [0, 0, 0, 6] }) as Content),
      timelineTable(content, timeline),
    ],
  };
}
