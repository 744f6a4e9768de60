/**
 * Timeline (Gantt) geometry in pixels, computed once from the domain's `TimelineModel` and drawn
 * by `renderTimelineSvg` for both the site and the PDFs.
 */
import type { Language } from '@valmistelu/domain/schema';
import type { TimelineModel, TimelineRow } from '@valmistelu/domain/timeline';
import { chartWords, tentativeMark } from './chart-labels.ts';
import type { PositionedText, Rect } from './geometry-types.ts';
import { type MonthAxis, monthAxis } from './month-scale.ts';
import { defaultFontFamily } from './palette.ts';
import { round2 } from './round.ts';
import { estimateTextWidth } from './text-width.ts';
import { wrapText } from './wrap-text.ts';

export interface TimelineLayoutOptions {
  /** Total width in px; the SVG scales, so this mainly sets how much text fits. Default 1120. */
  width?: number;
  /** Font size of every label in px. Default 11. */
  fontSize?: number;
  /** Width of the row-label column in px. Default 36 % of `width`. */
  labelWidth?: number;
  /** Height of a bar in px. Default 14. */
  barHeight?: number;
  fontFamily?: string;
  /** Text at the "as of" line and in the legend. Default `Tilanne 15.3.2018` in `language`. */
  asOfLabel?: string;
  /** The language of the legend and the "as of" text. Default Finnish. */
  language?: Language;
  /**
   * Where row labels go: in a column beside the bars (default), or each above its bar with the
   * plot across the whole width, for a phone's narrow screen.
   */
  labels?: 'beside' | 'above';
}

export interface TimelineRowGeometry {
  id: string;
  label: string;
  kind: TimelineRow['kind'];
  when: string;
  note?: string;
  tentative: boolean;
  estimate: boolean;
  continuous: boolean;
  y: number;
  height: number;
  /** Every other row gets a light background to guide the eye across. */
  striped: boolean;
  labelLines: PositionedText[];
  bar?: Rect;
  milestone?: { cx: number; cy: number; r: number };
  /** The "?" beside a tentative bar or diamond. */
  mark?: PositionedText;
}

export interface TimelineLineGeometry {
  id: string;
  x: number;
  y1: number;
  y2: number;
  tentative: boolean;
  when: string;
  label: PositionedText;
}

export type LegendKind = 'confirmed' | 'estimate' | 'tentative' | 'milestone' | 'as-of';

export interface LegendItem {
  kind: LegendKind;
  swatch: Rect;
  label: PositionedText;
}

export interface TimelineGeometry {
  id: string;
  title: string;
  width: number;
  height: number;
  fontSize: number;
  fontFamily: string;
  /** Whether row labels stand beside the bars or above them (then the grid runs under them). */
  labels: 'beside' | 'above';
  labelColumn: { x: number; width: number };
  /** The month grid under the header, as tall as the rows. */
  plot: Rect;
  header: { y: number; yearBaseline: number; tickBaseline?: number };
  axis: MonthAxis;
  /** First and last month, e.g. `6/2018–12/2019`, for descriptions. */
  period: string;
  rows: TimelineRowGeometry[];
  markers: TimelineLineGeometry[];
  asOf?: TimelineLineGeometry & { date: string };
  legend: LegendItem[];
}

const margin = 8;
const gutter = 12;
const rowPadding = 4;
const markGap = 3;
const minBarWidth = 2;
const laneGap = 8;

interface Resolved {
  width: number;
  fontSize: number;
  labelsAbove: boolean;
  labelWidth: number;
  barHeight: number;
  fontFamily: string;
  lineHeight: number;
}

function resolveOptions(options: TimelineLayoutOptions): Resolved {
  const width = options.width ?? 1120;
  const fontSize = options.fontSize ?? 11;
  const labelsAbove = options.labels === 'above';
  return {
    width,
    fontSize,
    labelsAbove,
    labelWidth: options.labelWidth ?? (labelsAbove ? width - margin * 2 : Math.round(width * 0.36)),
    barHeight: options.barHeight ?? 14,
    fontFamily: options.fontFamily ?? defaultFontFamily,
    lineHeight: round2(fontSize * 1.3),
  };
}

/** Baseline that centres one line of text on `centreY`. */
const baselineAt = (centreY: number, fontSize: number) => round2(centreY + fontSize * 0.35);

/** The "?" after the shape, or before it, or inside its end when the shape touches both edges. */
function placeMark(x0: number, x1: number, cy: number, plot: Rect, o: Resolved): PositionedText {
  const markWidth = estimateTextWidth(tentativeMark, o.fontSize, true);
  const y = baselineAt(cy, o.fontSize);
  if (x1 + markGap + markWidth <= plot.x + plot.width)
    return { text: tentativeMark, x: round2(x1 + markGap), y, anchor: 'start' };
  if (x0 - markGap - markWidth >= plot.x)
    return { text: tentativeMark, x: round2(x0 - markGap), y, anchor: 'end' };
  return { text: tentativeMark, x: round2(x1 - markGap), y, anchor: 'end' };
}

/** The plot area and its month width: everything needed to turn months into x. */
interface Frame {
  plot: Rect;
  monthWidth: number;
}

function layoutRow(
  row: TimelineRow,
  index: number,
  top: number,
  frame: Frame,
  o: Resolved,
): TimelineRowGeometry {
  const lines = wrapText(row.label, o.labelWidth, { fontSize: o.fontSize });
  const textHeight = lines.length * o.lineHeight;
  const shapeHeight = o.barHeight + 6;
  // Above: the label's lines, then the bar under them. Beside: both centred on the row.
  const height = round2(
    (o.labelsAbove ? textHeight + shapeHeight : Math.max(textHeight, shapeHeight)) + rowPadding * 2,
  );
  const cy = o.labelsAbove ? top + rowPadding + textHeight + shapeHeight / 2 : top + height / 2;
  const textTop = o.labelsAbove ? top + rowPadding : cy - textHeight / 2;
  const xAt = (months: number) => frame.plot.x + months * frame.monthWidth;
  const base = {
    id: row.id,
    label: row.label,
    kind: row.kind,
    when: row.when,
    ...(row.note !== undefined && { note: row.note }),
    tentative: row.tentative,
    estimate: row.estimate,
    continuous: row.continuous,
    y: round2(top),
    height,
    striped: index % 2 === 1,
    labelLines: lines.map(
      (text, line): PositionedText => ({
        text,
        x: margin,
        y: baselineAt(textTop + (line + 0.5) * o.lineHeight, o.fontSize),
        anchor: 'start',
      }),
    ),
  };
  if (row.kind === 'milestone') {
    const cx = xAt(row.start);
    const r = o.barHeight / 2 + 1;
    const milestone = { cx: round2(cx), cy: round2(cy), r: round2(r) };
    if (!row.tentative) return { ...base, milestone };
    return { ...base, milestone, mark: placeMark(cx - r, cx + r, cy, frame.plot, o) };
  }
  const x0 = xAt(row.start);
  const x1 = Math.max(xAt(row.end), x0 + minBarWidth);
  const bar = { x: round2(x0), y: round2(cy - o.barHeight / 2), width: round2(x1 - x0), height: o.barHeight };
  if (!row.tentative) return { ...base, bar };
  return { ...base, bar, mark: placeMark(x0, x1, cy, frame.plot, o) };
}

interface LaneItem {
  id: string;
  x: number;
  text: string;
  tentative: boolean;
  when: string;
}

/**
 * Labels of the vertical lines go under the plot, centred on their line where the chart's edges
 * allow, and stacked into extra lanes when two would overlap (elections next to "as of").
 */
function layoutLineLabels(items: readonly LaneItem[], top: number, frame: Frame, o: Resolved) {
  const laneEnds: number[] = [];
  const right = o.width - margin;
  const placed = [...items]
    .sort((a, b) => a.x - b.x || a.id.localeCompare(b.id))
    .map((item) => {
      const textWidth = estimateTextWidth(item.text, o.fontSize);
      const start = Math.min(Math.max(item.x - textWidth / 2, frame.plot.x), right - textWidth);
      let lane = laneEnds.findIndex((end) => end + laneGap <= start);
      if (lane === -1) lane = laneEnds.push(0) - 1;
      laneEnds[lane] = start + textWidth;
      const laneTop = top + lane * o.lineHeight;
      const line: TimelineLineGeometry = {
        id: item.id,
        x: round2(item.x),
        y1: frame.plot.y,
        y2: round2(laneTop + 1),
        tentative: item.tentative,
        when: item.when,
        label: {
          text: item.text,
          x: round2(start),
          y: baselineAt(laneTop + o.lineHeight / 2 + 1, o.fontSize),
          anchor: 'start',
        },
      };
      return line;
    });
  return { lines: placed, height: laneEnds.length * o.lineHeight };
}

/** Only the styles that appear in this chart get a legend entry; "as of" comes last. */
function legendKinds(model: TimelineModel): LegendKind[] {
  const spans = model.rows.filter((row) => row.kind === 'span');
  const present: Record<LegendKind, boolean> = {
    confirmed: spans.some((row) => !row.estimate && !row.tentative),
    estimate: model.rows.some((row) => row.estimate),
    tentative: model.rows.some((row) => row.tentative) || model.markers.some((marker) => marker.tentative),
    milestone: model.rows.some((row) => row.kind === 'milestone'),
    'as-of': model.asOf !== undefined,
  };
  return (Object.keys(present) as LegendKind[]).filter((kind) => present[kind]);
}

function layoutLegend(
  kinds: readonly LegendKind[],
  labels: Record<LegendKind, string>,
  top: number,
  o: Resolved,
) {
  const swatchWidth = 18;
  const swatchHeight = 10;
  const itemGap = 18;
  let x = margin;
  let y = top;
  const items = kinds.map((kind): LegendItem => {
    const text = labels[kind];
    const itemWidth = swatchWidth + 5 + estimateTextWidth(text, o.fontSize);
    if (x > margin && x + itemWidth > o.width - margin) {
      x = margin;
      y += o.lineHeight;
    }
    const cy = y + o.lineHeight / 2;
    const item: LegendItem = {
      kind,
      swatch: { x: round2(x), y: round2(cy - swatchHeight / 2), width: swatchWidth, height: swatchHeight },
      label: { text, x: round2(x + swatchWidth + 5), y: baselineAt(cy, o.fontSize), anchor: 'start' },
    };
    x += itemWidth + itemGap;
    return item;
  });
  return { items, height: kinds.length === 0 ? 0 : y + o.lineHeight - top };
}

function formatMonth(month: { year: number; month: number } | undefined): string {
  return month ? `${month.month}/${month.year}` : '';
}

/** Text of a vertical line: `Maakuntavaalit 10/2018 ?`, without doubling a "?" already written. */
function lineText(label: string, when: string, tentative: boolean): string {
  const text = `${label} ${when}`;
  return tentative && !label.trim().endsWith(tentativeMark) ? `${text} ${tentativeMark}` : text;
}

export function layoutTimeline(model: TimelineModel, options: TimelineLayoutOptions = {}): TimelineGeometry {
  const o = resolveOptions(options);
  const plotX = o.labelsAbove ? margin : margin + o.labelWidth + gutter;
  const plotWidth = Math.max(o.width - margin - plotX, 1);
  const headerRow = round2(o.fontSize * 1.7);
  const axis = monthAxis(model.months, plotX, plotWidth, o.fontSize);
  // Unrounded, so that bars far to the right do not drift by the accumulated rounding.
  const monthWidth = plotWidth / Math.max(model.months.length, 1);
  const headerHeight = axis.unit === 'year' ? headerRow : headerRow * 2;
  const plotTop = round2(margin + headerHeight);
  const frame: Frame = {
    plot: { x: plotX, y: plotTop, width: round2(plotWidth), height: 0 },
    monthWidth,
  };

  let y = plotTop;
  const rows = model.rows.map((row, index) => {
    const geometry = layoutRow(row, index, y, frame, o);
    y += geometry.height;
    return geometry;
  });
  const plot: Rect = { ...frame.plot, height: round2(y - plotTop) };
  const withPlot: Frame = { ...frame, plot };

  const words = chartWords[options.language ?? 'fi'];
  const asOfText = options.asOfLabel ?? (model.asOf ? words.asOf(model.asOf.date) : '');
  const laneItems: LaneItem[] = [
    ...model.markers.map((marker) => ({
      id: marker.id,
      x: plotX + marker.at * monthWidth,
      text: lineText(marker.label, marker.when, marker.tentative),
      tentative: marker.tentative,
      when: marker.when,
    })),
    ...(model.asOf
      ? [
          {
            id: 'as-of',
            x: plotX + model.asOf.at * monthWidth,
            text: asOfText,
            tentative: false,
            when: '',
          },
        ]
      : []),
  ];
  const lanesTop = y + 4;
  const lanes = layoutLineLabels(laneItems, lanesTop, withPlot, o);
  const asOfLine = lanes.lines.find((line) => line.id === 'as-of');
  const markers = lanes.lines.filter((line) => line !== asOfLine);

  const legendTop = lanesTop + lanes.height + (lanes.height > 0 ? 8 : 4);
  const legend = layoutLegend(legendKinds(model), { ...words.legend, 'as-of': asOfText }, legendTop, o);

  return {
    id: model.id,
    title: model.title,
    width: o.width,
    height: round2(legendTop + legend.height + margin),
    fontSize: o.fontSize,
    fontFamily: o.fontFamily,
    labels: o.labelsAbove ? 'above' : 'beside',
    labelColumn: { x: margin, width: o.labelWidth },
    plot,
    header: {
      y: margin,
      yearBaseline: baselineAt(margin + headerRow / 2, o.fontSize),
      ...(axis.unit !== 'year' && { tickBaseline: baselineAt(margin + headerRow * 1.5, o.fontSize) }),
    },
    axis,
    period: `${formatMonth(model.months[0])}–${formatMonth(model.months.at(-1))}`,
    rows,
    markers,
    ...(asOfLine && model.asOf && { asOf: { ...asOfLine, date: model.asOf.date } }),
    legend: legend.items,
  };
}
