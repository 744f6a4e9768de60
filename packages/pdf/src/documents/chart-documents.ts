/**
 * The organisation chart and the timelines as their own PDFs: vector charts on landscape pages,
 * followed by the same facts as text for reading and searching.
 */

import { documentWords } from '@valmistelu/domain/document-words';
import { formatComposition } from '@valmistelu/domain/format';
import type { CollectionName, ContentModel, Language, Timeline } from '@valmistelu/domain/schema';
import { timelineModel } from '@valmistelu/domain/timeline';
import { mainLanguage } from '@valmistelu/domain/urls';
import { type PdfContent, pdfNode, type TDocumentDefinitions } from '../pdfmake-types.ts';
import { contentBox, documentSettings, pageFooter, runningHeader } from './base.ts';
import { organisationChartSvg, timelineSvg } from './charts.ts';

/**
 * A chart document in another language than the main one: `content` is then the translation's,
 * and `translated` says which of its items are translated; the others' texts are the main
 * language's, marked with it.
 */
export interface ChartLanguage {
  language: Language;
  translated: Partial<Record<CollectionName, readonly string[]>>;
}

const main: ChartLanguage = { language: mainLanguage, translated: {} };

/** `lang` of an item's text: the main language where a translated document has it untranslated. */
function langOf(at: ChartLanguage, collection: CollectionName, id: string): { lang?: Language } {
  return at.language === mainLanguage || at.translated[collection]?.includes(id)
    ? {}
    : { lang: mainLanguage };
}

/** Title block height reserved above a chart on its page. */
const titleHeight = 64;

function chartTitle(title: string, detail: string): PdfContent[] {
  return [
    { text: title, style: 'sectionTitle', margin: [0, 0, 0, 2] },
    { text: detail, style: ['small', 'muted'], margin: [0, 0, 0, 12] },
  ];
}

/** Width of one column of the organisation listing, at least. */
const listingColumnWidth = 300;

/**
 * Splits blocks, in order, into `count` runs whose heights (by `weight`) are as even as they can
 * be: the longest run is as short as possible.
 */
export function balancedColumns<T>(blocks: readonly T[], weight: (block: T) => number, count: number): T[][] {
  const prefix = [0];
  for (const block of blocks) prefix.push((prefix.at(-1) ?? 0) + weight(block));
  const span = (from: number, to: number) => (prefix[to] ?? 0) - (prefix[from] ?? 0);
  // best[c][i]: the tallest column when the first i blocks fill c columns; cut[c][i]: where the last starts.
  const best = [prefix.map((_, i) => (i === 0 ? 0 : Number.POSITIVE_INFINITY))];
  const cut: number[][] = [prefix.map(() => 0)];
  for (let column = 1; column <= count; column += 1) {
    const row: number[] = [];
    const cuts: number[] = [];
    for (let end = 0; end <= blocks.length; end += 1) {
      let tallest = Number.POSITIVE_INFINITY;
      let at = 0;
      for (let start = 0; start <= end; start += 1) {
        const height = Math.max(best[column - 1]?.[start] ?? Number.POSITIVE_INFINITY, span(start, end));
        if (height < tallest) [tallest, at] = [height, start];
      }
      row.push(tallest);
      cuts.push(at);
    }
    best.push(row);
    cut.push(cuts);
  }
  const columns: T[][] = [];
  let end = blocks.length;
  for (let column = count; column > 0; column -= 1) {
    const start = cut[column]?.[end] ?? 0;
    columns.unshift(blocks.slice(start, end));
    end = start;
  }
  return columns.filter((column) => column.length > 0);
}

/**
 * Bodies, lines and groups as text: what the chart shows, for reading aloud and searching. The
 * lines stand in as many columns as `width` holds, so the listing takes one page of the A3 sheet.
 */
export function organisationListing(
  content: ContentModel,
  width: number,
  at: ChartLanguage = main,
): PdfContent[] {
  const words = documentWords[at.language].charts;
  const person = (id: string | undefined) => content.people.find((candidate) => candidate.id === id)?.name;
  const bodies = content.bodies.map((body) => {
    const composition = formatComposition(body.composition, words.members);
    return pdfNode({
      text: [{ text: body.name, bold: true }, ...(composition ? [{ text: ` (${composition})` }] : [])],
      ...langOf(at, 'bodies', body.id),
    });
  });
  const lines = content.lines.map((line) => {
    const director = line.kind === 'line' ? person(line.changeDirector) : undefined;
    const groups = content.groups
      .filter((group) => group.line === line.id)
      .map((group) => {
        const responsible = person(group.responsible);
        return pdfNode({
          text: [group.name, ...(responsible ? [{ text: ` – ${responsible}`, style: 'muted' }] : [])],
          ...langOf(at, 'groups', group.id),
        });
      });
    const lineLang = langOf(at, 'lines', line.id);
    const name = { text: line.kind === 'line' ? `${line.shortName} ${line.name}` : line.name, bold: true };
    const block: PdfContent[] = lineLang.lang
      ? [
          // An untranslated line's name is an element in the main language, the director's words the document's.
          pdfNode({ ...name, ...lineLang, margin: [0, 6, 0, 0] }),
          ...(director ? [pdfNode({ text: words.director(director), margin: [0, 0, 0, 2] })] : []),
        ]
      : [
          pdfNode({
            text: [name, ...(director ? [words.changeDirector(director)] : [])],
            margin: [0, 6, 0, 2],
          }),
        ];
    block.push(...(groups.length ? [{ ul: groups, style: 'list' } as PdfContent] : []));
    // The line's name with its margins takes about two lines, each group one.
    return { block, weight: 2 + groups.length };
  });
  const count = Math.max(1, Math.floor(width / listingColumnWidth));
  return [
    { text: words.bodies, style: 'subsectionTitle' },
    { ul: bodies, style: 'list' },
    { text: words.linesAndGroups, style: 'subsectionTitle' },
    {
      columns: balancedColumns(lines, (line) => line.weight, count).map((column) => ({
        stack: column.flatMap((line) => line.block),
        width: '*',
      })),
      columnGap: 24,
    },
  ];
}

export function organisationChartDocument(
  content: ContentModel,
  at: ChartLanguage = main,
): TDocumentDefinitions {
  const { language } = at;
  const words = documentWords[language].charts;
  const box = contentBox('A3', 'landscape');
  const asOf = words.asOf(content.site.asOf);
  return {
    ...documentSettings({
      title: words.organisation,
      subject: `${content.site.name}: ${words.organisationSubject}`,
      author: content.site.name,
      date: content.site.asOf,
      language,
    }),
    pageSize: 'A3',
    pageOrientation: 'landscape',
    // The chart's page has its title; the pages after it say what they continue.
    header: runningHeader(words.organisation, asOf, true),
    footer: pageFooter(`${content.site.name} · ${words.organisation} · ${asOf}`, language),
    content: [
      ...chartTitle(words.organisation, `${content.site.name} · ${asOf}`),
      organisationChartSvg(content, { width: box.width, height: box.height - titleHeight }, language),
      { stack: organisationListing(content, box.width, at), pageBreak: 'before' },
    ],
  };
}

/** Every row of a timeline as a table: label, when, and whether it is an estimate or uncertain. */
export function timelineTable(
  content: ContentModel,
  timeline: Timeline,
  language: Language = mainLanguage,
): PdfContent {
  const words = documentWords[language].charts;
  const model = timelineModel(timeline, content.site.asOf, language);
  const flags = (row: (typeof model.rows)[number]) =>
    [
      row.continuous && words.flags.continuous,
      row.estimate && words.flags.estimate,
      row.tentative && words.flags.tentative,
      row.note,
    ]
      .filter(Boolean)
      .join(', ');
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: ['*', 'auto', 'auto'],
      body: [
        [
          { text: words.columns.item, style: 'tableHeader' },
          { text: words.columns.when, style: 'tableHeader' },
          { text: words.columns.note, style: 'tableHeader' },
        ],
        ...model.rows.map((row) => [row.label, row.when, flags(row)]),
        ...model.markers.map((marker) => [
          marker.label,
          marker.when,
          marker.tentative ? words.flags.tentative : '',
        ]),
      ],
    },
    // One-line rows, as in a pack's status overview: less air keeps a long timeline on fewer pages.
    layout: 'compact',
    style: 'table',
  };
}

/**
 * A timeline's PDF; in another language only for a translated timeline, whose labels are then the
 * translation's (a label left untranslated stays the original's, unmarked: the chart is one figure).
 */
export function timelineDocument(
  content: ContentModel,
  timeline: Timeline,
  language: Language = mainLanguage,
): TDocumentDefinitions {
  const words = documentWords[language].charts;
  const box = contentBox('A4', 'landscape');
  const asOf = words.asOf(content.site.asOf);
  // Only the as-of date goes above the chart, so the chart always fits the first page.
  const about = [timeline.description, timeline.source && words.source(timeline.source)].filter(
    (text): text is string => Boolean(text),
  );
  return {
    ...documentSettings({
      title: timeline.title,
      subject: `${content.site.name}: ${words.timelineSubject}`,
      author: content.site.name,
      date: content.site.asOf,
      language,
    }),
    pageOrientation: 'landscape',
    header: runningHeader(timeline.title, asOf, true),
    footer: pageFooter(`${timeline.title} · ${asOf}`, language),
    content: [
      ...chartTitle(timeline.title, `${content.site.name} · ${asOf}`),
      timelineSvg(
        content,
        timeline,
        { width: box.width, height: box.height - titleHeight },
        timeline.id,
        language,
      ),
      { text: words.asTable(timeline.title), style: 'subsectionTitle', pageBreak: 'before' },
      ...about.map((text) => ({ text, style: ['small', 'muted'], margin: [0, 0, 0, 6] }) as PdfContent),
      // The document's last element: a bottom margin there would open an empty page when the table just fits.
      pdfNode({ ...(timelineTable(content, timeline, language) as object), margin: [0, 2, 0, 0] }),
    ],
  };
}
