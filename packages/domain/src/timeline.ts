/**
 * The timeline model: rows, spans and milestones in fractional months from the chart's start.
 * Geometry (pixels) is computed from this once and shared by the site's SVG and the PDF.
 */
import { daysInMonth, monthIndex, type PartialDate } from './dates.ts';
import { formatDate, formatSpan } from './localized-dates.ts';
import type { Language, Timeline } from './schema.ts';

/** A span that runs through the whole chart, in each language. */
const continuousWords: Record<Language, string> = { fi: 'koko ajan', sv: 'hela tiden' };

export interface TimelineMonth {
  /** 0 for the chart's first month. */
  offset: number;
  year: number;
  month: number;
}

export interface TimelineRow {
  id: string;
  label: string;
  kind: 'span' | 'milestone';
  /** Fractional months from the chart's start; equal for milestones. */
  start: number;
  end: number;
  /** Finnish text of the dates, for tables and screen readers. */
  when: string;
  tentative: boolean;
  estimate: boolean;
  continuous: boolean;
  note?: string;
  group?: string;
}

export interface TimelineMarker {
  id: string;
  label: string;
  at: number;
  when: string;
  tentative: boolean;
}

export interface TimelineModel {
  id: string;
  title: string;
  months: TimelineMonth[];
  rows: TimelineRow[];
  /** Vertical milestones across every row, such as the regional elections. */
  markers: TimelineMarker[];
  asOf?: { date: string; at: number };
}

/** Position of the start of a day, in fractional months since year 0. */
function dayPosition(isoDay: string): number {
  const [year, month, day] = isoDay.split('-').map(Number) as [number, number, number];
  return monthIndex(isoDay) + (day - 1) / daysInMonth(year, month);
}

const startOf = (date: PartialDate) => dayPosition(date.first);
/** The end of the last day covered, so a span `2018-06`–`2018-06` is one month wide. */
const endOf = (date: PartialDate) => {
  const [year, month] = date.last.split('-').map(Number) as [number, number];
  return dayPosition(date.last) + 1 / daysInMonth(year, month);
};
/** Month milestones sit mid-month; day milestones on their day. */
const pointOf = (date: PartialDate) =>
  date.precision === 'month' ? startOf(date) + 0.5 : dayPosition(date.first);

/** @param language of the rows' dates ("6/2018", "juni 2018"); the labels are the timeline's own. */
export function timelineModel(timeline: Timeline, asOf?: string, language: Language = 'fi'): TimelineModel {
  const origin = monthIndex(timeline.start.first);
  const last = monthIndex(timeline.end.last);
  const months = Array.from({ length: last - origin + 1 }, (_, offset): TimelineMonth => {
    const index = origin + offset;
    return { offset, year: Math.floor(index / 12), month: (index % 12) + 1 };
  });
  const clamp = (value: number) => Math.min(Math.max(value - origin, 0), months.length);

  const spanRows = timeline.spans.map(
    (span): TimelineRow => ({
      id: span.id,
      label: span.label,
      kind: 'span',
      start: clamp(startOf(span.start)),
      end: clamp(endOf(span.end)),
      when: span.continuous ? continuousWords[language] : formatSpan(span.start, span.end, language),
      tentative: span.tentative,
      estimate: span.estimate,
      continuous: span.continuous,
      ...(span.note && { note: span.note }),
      ...(span.group && { group: span.group }),
    }),
  );
  const milestoneRows = timeline.milestones
    .filter((milestone) => milestone.display === 'row')
    .map((milestone): TimelineRow => {
      const at = clamp(pointOf(milestone.date));
      return {
        id: milestone.id,
        label: milestone.label,
        kind: 'milestone',
        start: at,
        end: at,
        when: formatDate(milestone.date, language),
        tentative: milestone.tentative,
        estimate: milestone.estimate,
        continuous: false,
        ...(milestone.note && { note: milestone.note }),
      };
    });
  const markers = timeline.milestones
    .filter((milestone) => milestone.display === 'line')
    .map((milestone) => ({
      id: milestone.id,
      label: milestone.label,
      at: clamp(pointOf(milestone.date)),
      when: formatDate(milestone.date, language),
      tentative: milestone.tentative,
    }));
  const asOfAt = asOf ? dayPosition(asOf) - origin : undefined;
  return {
    id: timeline.id,
    title: timeline.title,
    months,
    rows: [...spanRows, ...milestoneRows],
    markers,
    ...(asOf !== undefined &&
      asOfAt !== undefined &&
      asOfAt >= 0 &&
      asOfAt <= months.length && { asOf: { date: asOf, at: asOfAt } }),
  };
}

/** Where the reform stands on a date: the spans in progress and the next milestones. */
export function currentPosition(
  model: TimelineModel,
  count = 3,
): { current: TimelineRow[]; upcoming: TimelineRow[] } {
  if (!model.asOf) return { current: [], upcoming: [] };
  const at = model.asOf.at;
  return {
    current: model.rows.filter(
      (row) => row.kind === 'span' && !row.continuous && row.start <= at && at < row.end,
    ),
    upcoming: model.rows
      .filter((row) => row.start > at)
      .sort((a, b) => a.start - b.start)
      .slice(0, count),
  };
}
