/**
 * A timeline's page: the Gantt chart as SVG from `@valmistelu/charts` (one geometry shared with
 * the PDF) and the same rows as a table for screen readers and print.
 */
import { layoutTimeline, renderTimelineSvg } from '@valmistelu/charts';
import { formatFinnishDate, formatFinnishSpan } from '@valmistelu/domain/dates';
import type { Timeline } from '@valmistelu/domain/schema';
import {
  currentPosition,
  type TimelineModel,
  type TimelineRow,
  timelineModel,
} from '@valmistelu/domain/timeline';
import { urls } from '@valmistelu/domain/urls';
import type { SiteModel } from '../site-model.ts';
import { itemLink, type Link } from './links.ts';

export interface TimelineTableRow {
  label: string;
  kindText: string;
  when: string;
  flags: string[];
  note: string | undefined;
  group: Link | undefined;
}

export interface TimelinePage {
  title: string;
  description: string | undefined;
  source: string | undefined;
  range: string;
  asOf: string;
  svg: string;
  /** The same chart with each label above its bar, for phones (ChartFigure shows one of the two). */
  phoneSvg: string;
  rows: TimelineTableRow[];
  markers: TimelineTableRow[];
  pdf: string;
}

function flagsOf(row: { tentative: boolean; estimate?: boolean; continuous?: boolean }): string[] {
  return [
    ...(row.tentative ? ['ajankohta epävarma'] : []),
    ...(row.estimate ? ['arvioitu ajankohta'] : []),
    ...(row.continuous ? ['koko ajan'] : []),
  ];
}

function tableRow(model: SiteModel, row: TimelineRow): TimelineTableRow {
  const group = row.group ? model.group(row.group) : undefined;
  return {
    label: row.label,
    kindText: row.kind === 'span' ? 'vaihe' : 'virstanpylväs',
    when: row.when,
    flags: flagsOf(row),
    note: row.note,
    group: group && { href: urls.group(group.id), text: group.name },
  };
}

export function timelineChartModel(model: SiteModel, timeline: Timeline): TimelineModel {
  return timelineModel(timeline, model.content.site.asOf);
}

export function timelinePage(model: SiteModel, timeline: Timeline): TimelinePage {
  const chart = timelineChartModel(model, timeline);
  const svg = renderTimelineSvg(layoutTimeline(chart), {
    title: timeline.title,
    idPrefix: `aikajana-${timeline.id}`,
  });
  // 320 units drawn at a phone's 288–343 px keep the 12 px text at 10.8 px or more.
  const phoneSvg = renderTimelineSvg(layoutTimeline(chart, { width: 320, fontSize: 12, labels: 'above' }), {
    title: timeline.title,
    idPrefix: `aikajana-${timeline.id}-puhelin`,
  });
  return {
    title: timeline.title,
    description: timeline.description,
    source: timeline.source,
    range: formatFinnishSpan(timeline.start, timeline.end),
    asOf: formatFinnishDate(model.content.site.asOf),
    svg,
    phoneSvg,
    rows: chart.rows.map((row) => tableRow(model, row)),
    markers: chart.markers.map((marker) => ({
      label: marker.label,
      kindText: 'pystyviiva',
      when: marker.when,
      flags: flagsOf(marker),
      note: undefined,
      group: undefined,
    })),
    pdf: urls.timelinePdf(timeline.id),
  };
}

export interface TimelinePosition {
  timeline: Link;
  current: { label: string; when: string; tentative: boolean }[];
  upcoming: { label: string; when: string; tentative: boolean }[];
}

/** Where each timeline stands on the site's "today", for the home page. */
export function timelinePositions(model: SiteModel): TimelinePosition[] {
  return model.content.timelines.flatMap((timeline) => {
    const position = currentPosition(timelineChartModel(model, timeline));
    if (position.current.length === 0 && position.upcoming.length === 0) return [];
    const view = (row: TimelineRow) => ({
      label: row.label,
      when: row.when,
      tentative: row.tentative || row.estimate,
    });
    return [
      {
        // Timelines have pages in the main language only; another language's home links there.
        timeline: itemLink(
          { ...model, isTranslated: () => false },
          'timelines',
          timeline.id,
          timeline.title,
          (pages) => pages.timeline(timeline.id),
        ),
        current: position.current.map(view),
        upcoming: position.upcoming.map(view),
      },
    ];
  });
}
