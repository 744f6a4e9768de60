/**
 * A timeline's page: the Gantt chart as SVG from `@valmistelu/charts` (one geometry shared with
 * the PDF) and the same rows as a table for screen readers and print.
 */
import { layoutTimeline, renderTimelineSvg } from '@valmistelu/charts';
import { documentWords } from '@valmistelu/domain/document-words';
import { formatDate, formatSpan } from '@valmistelu/domain/localized-dates';
import type { Language, Timeline } from '@valmistelu/domain/schema';
import {
  currentPosition,
  type TimelineModel,
  type TimelineRow,
  timelineModel,
} from '@valmistelu/domain/timeline';
import { urls } from '@valmistelu/domain/urls';
import { texts } from '../i18n/texts.ts';
import type { SiteModel } from '../site-model.ts';
import { itemLink, type Link, mainPageLink } from './links.ts';

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

function flagsOf(
  row: { tentative: boolean; estimate?: boolean; continuous?: boolean },
  language: Language,
): string[] {
  const words = texts[language].timeline;
  return [
    ...(row.tentative ? [words.tentative] : []),
    ...(row.estimate ? [words.estimate] : []),
    ...(row.continuous ? [documentWords[language].charts.flags.continuous] : []),
  ];
}

function tableRow(model: SiteModel, row: TimelineRow): TimelineTableRow {
  const group = row.group ? model.group(row.group) : undefined;
  const words = texts[model.language].timeline;
  return {
    label: row.label,
    kindText: row.kind === 'span' ? words.span : words.milestone,
    when: row.when,
    flags: flagsOf(row, model.language),
    note: row.note,
    group: group && mainPageLink(model, 'groups', group.id, group.name, (pages) => pages.group(group.id)),
  };
}

export function timelineChartModel(model: SiteModel, timeline: Timeline): TimelineModel {
  return timelineModel(timeline, model.content.site.asOf, model.language);
}

/** In another language than the main one, only for a translated timeline (`localized-pages.ts`). */
export function timelinePage(model: SiteModel, timeline: Timeline): TimelinePage {
  const { language } = model;
  const chart = timelineChartModel(model, timeline);
  const svg = renderTimelineSvg(layoutTimeline(chart, { language }), {
    title: timeline.title,
    idPrefix: `aikajana-${timeline.id}`,
    language,
  });
  // 320 units drawn at a phone's 288–343 px keep the 12 px text at 10.8 px or more.
  const phoneSvg = renderTimelineSvg(
    layoutTimeline(chart, { width: 320, fontSize: 12, labels: 'above', language }),
    { title: timeline.title, idPrefix: `aikajana-${timeline.id}-puhelin`, language },
  );
  return {
    title: timeline.title,
    description: timeline.description,
    source: timeline.source,
    range: formatSpan(timeline.start, timeline.end, language),
    asOf: formatDate(model.content.site.asOf, language),
    svg,
    phoneSvg,
    rows: chart.rows.map((row) => tableRow(model, row)),
    markers: chart.markers.map((marker) => ({
      label: marker.label,
      kindText: texts[language].timeline.marker,
      when: marker.when,
      flags: flagsOf(marker, language),
      note: undefined,
      group: undefined,
    })),
    pdf: urls.timelinePdf(timeline.id, language),
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
        // A translated timeline has a page in the model's language; the others link to the main one.
        timeline: itemLink(model, 'timelines', timeline.id, timeline.title, (pages) =>
          pages.timeline(timeline.id),
        ),
        current: position.current.map(view),
        upcoming: position.upcoming.map(view),
      },
    ];
  });
}
