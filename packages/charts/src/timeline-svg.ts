/**
 * Draws a `TimelineGeometry` as one SVG string that the site inlines and pdfmake embeds. Only
 * plain elements with explicit attributes: svg-to-pdfkit ignores CSS, markers and clip paths.
 */
import type { Language } from '@valmistelu/domain/schema';
import { type ChartWords, chartWords } from './chart-labels.ts';
import type { Rect } from './geometry-types.ts';
import { hatchLines } from './hatch-lines.ts';
import { colours } from './palette.ts';
import { round2 } from './round.ts';
import { svgRoot, svgText, type TextStyle } from './svg-text.ts';
import type {
  LegendItem,
  TimelineGeometry,
  TimelineLineGeometry,
  TimelineRowGeometry,
} from './timeline-geometry.ts';
import { element, textElement } from './xml.ts';

export interface TimelineSvgOptions {
  /** The SVG's `<title>`. Default: the timeline's title. */
  title?: string;
  /** Replaces the "as of" text (line label and legend); the layout's `asOfLabel` reserves its space. */
  asOfLabel?: string;
  /** Prefix of the `<title>`/`<desc>` ids; set it when one page shows the same chart twice. */
  idPrefix?: string;
  /** The language of the tooltips and the description. Default Finnish. */
  language?: Language;
}

const tentativeDash = '4 3';
const markerDash = '6 3';
const hatchSpacing = 5;

interface BarStyle {
  tentative: boolean;
  estimate: boolean;
}

/** Confirmed: solid dark. Estimate: light and hatched. Tentative: white, dashed, with "?". */
function drawBar(rect: Rect, style: BarStyle): string[] {
  const fill = style.tentative
    ? colours.tentativeFill
    : style.estimate
      ? colours.estimateFill
      : colours.confirmedFill;
  const hatch = style.estimate
    ? hatchLines(rect, hatchSpacing).map((segment) =>
        element('line', { ...segment, stroke: colours.estimateHatch, 'stroke-width': 1 }),
      )
    : [];
  const outline = element('rect', {
    ...rect,
    fill: 'none',
    stroke: colours.barOutline,
    'stroke-width': style.tentative ? 1.5 : 1,
    'stroke-dasharray': style.tentative ? tentativeDash : undefined,
  });
  return [element('rect', { ...rect, fill }), ...hatch, outline];
}

function diamondPoints(cx: number, cy: number, r: number): string {
  return [
    [cx, cy - r],
    [cx + r, cy],
    [cx, cy + r],
    [cx - r, cy],
  ]
    .map(([x, y]) => `${round2(x ?? 0)},${round2(y ?? 0)}`)
    .join(' ');
}

function drawDiamond(cx: number, cy: number, r: number, style: BarStyle): string {
  return element('polygon', {
    points: diamondPoints(cx, cy, r),
    fill: style.tentative
      ? colours.tentativeFill
      : style.estimate
        ? colours.estimateFill
        : colours.milestoneFill,
    stroke: colours.milestoneFill,
    'stroke-width': style.tentative ? 1.5 : 1,
    'stroke-dasharray': style.tentative ? tentativeDash : undefined,
  });
}

/** Tooltip and spoken text of a row: `Label: 6/2018–9/2018 (arvio, epävarma)`. */
function rowSummary(row: TimelineRowGeometry, words: ChartWords): string {
  const flags = [row.estimate && words.flags.estimate, row.tentative && words.flags.tentative].filter(
    Boolean,
  );
  const suffix = flags.length > 0 ? ` (${flags.join(', ')})` : '';
  const note = row.note ? ` – ${row.note}` : '';
  return `${row.label}: ${row.when}${suffix}${note}`;
}

/**
 * Labels above the bars share their space with the grid and the vertical lines: a halo in the
 * row's own background keeps them readable where a line crosses them.
 */
function labelHalo(row: TimelineRowGeometry) {
  return {
    stroke: row.striped ? colours.rowStripe : colours.background,
    'stroke-width': 3,
    'stroke-linejoin': 'round',
    'paint-order': 'stroke',
  };
}

function drawRow(row: TimelineRowGeometry, text: TextStyle, labelsAbove: boolean, words: ChartWords): string {
  const shapes = row.bar
    ? drawBar(row.bar, row)
    : row.milestone
      ? [drawDiamond(row.milestone.cx, row.milestone.cy, row.milestone.r, row)]
      : [];
  const mark = row.mark ? [svgText(row.mark, { ...text, bold: true })] : [];
  return element('g', {}, [
    textElement('title', {}, rowSummary(row, words)),
    ...row.labelLines.map((line) => svgText(line, text, labelsAbove ? labelHalo(row) : {})),
    ...shapes,
    ...mark,
  ]);
}

function drawVerticalLine(
  line: TimelineLineGeometry,
  colour: string,
  width: number,
  dashed: boolean,
  g: TimelineGeometry,
) {
  return [
    element('line', {
      x1: line.x,
      y1: line.y1,
      x2: line.x,
      y2: line.y2,
      stroke: colour,
      'stroke-width': width,
      'stroke-dasharray': dashed ? markerDash : undefined,
    }),
    svgText(line.label, { fontFamily: g.fontFamily, fontSize: g.fontSize, fill: colour, bold: true }),
  ];
}

function drawLegendItem(item: LegendItem, g: TimelineGeometry): string[] {
  const { swatch } = item;
  const cx = swatch.x + swatch.width / 2;
  const cy = swatch.y + swatch.height / 2;
  const shape =
    item.kind === 'confirmed'
      ? drawBar(swatch, { tentative: false, estimate: false })
      : item.kind === 'estimate'
        ? drawBar(swatch, { tentative: false, estimate: true })
        : item.kind === 'tentative'
          ? drawBar(swatch, { tentative: true, estimate: false })
          : item.kind === 'milestone'
            ? [drawDiamond(cx, cy, swatch.height / 2 + 1, { tentative: false, estimate: false })]
            : [
                element('line', {
                  x1: cx,
                  y1: swatch.y - 2,
                  x2: cx,
                  y2: swatch.y + swatch.height + 2,
                  stroke: colours.asOf,
                  'stroke-width': 2,
                }),
              ];
  return [
    ...shape,
    svgText(item.label, { fontFamily: g.fontFamily, fontSize: g.fontSize, fill: colours.ink }),
  ];
}

function drawAxis(g: TimelineGeometry, text: TextStyle): string[] {
  const { plot, header, axis } = g;
  const gridColour = { month: colours.gridMonth, quarter: colours.gridQuarter, year: colours.gridYear };
  const grid = axis.grid.map((line) =>
    element('line', {
      x1: line.x,
      y1: line.weight === 'year' ? header.y : plot.y,
      x2: line.x,
      y2: plot.y + plot.height,
      stroke: gridColour[line.weight],
      'stroke-width': line.weight === 'year' ? 1 : 0.75,
    }),
  );
  const years = axis.years
    .filter((band) => band.label !== '')
    .map((band) =>
      svgText(
        { text: band.label, x: band.cx, y: header.yearBaseline, anchor: 'middle' },
        { ...text, bold: true },
      ),
    );
  const tickBaseline = header.tickBaseline;
  const ticks =
    tickBaseline === undefined
      ? []
      : axis.ticks.map((tick) =>
          svgText(
            { text: tick.label, x: tick.cx, y: tickBaseline, anchor: 'middle' },
            { ...text, fill: colours.mutedInk },
          ),
        );
  const baseline = element('line', {
    x1: plot.x,
    y1: plot.y,
    x2: plot.x + plot.width,
    y2: plot.y,
    stroke: colours.gridYear,
    'stroke-width': 1,
  });
  return [...grid, baseline, ...years, ...ticks];
}

function describe(g: TimelineGeometry, asOfText: string | undefined, words: ChartWords): string {
  const rows = g.rows.map((row) => rowSummary(row, words)).join('; ');
  const lines = g.markers.map((marker) => marker.label.text).join('; ');
  return [
    words.timelineDescription(g.rows.length, g.period),
    rows && `${rows}.`,
    lines && `${lines}.`,
    asOfText && `${asOfText}.`,
  ]
    .filter(Boolean)
    .join(' ');
}

export function renderTimelineSvg(geometry: TimelineGeometry, options: TimelineSvgOptions = {}): string {
  const g = geometry;
  const text: TextStyle = { fontFamily: g.fontFamily, fontSize: g.fontSize, fill: colours.ink };
  const words = chartWords[options.language ?? 'fi'];
  const asOfText = options.asOfLabel ?? g.asOf?.label.text;
  const withAsOfText = <T extends { text: string }>(label: T): T =>
    options.asOfLabel === undefined ? label : { ...label, text: options.asOfLabel };

  const stripes = g.rows
    .filter((row) => row.striped)
    .map((row) =>
      element('rect', { x: 0, y: row.y, width: g.width, height: row.height, fill: colours.rowStripe }),
    );
  const asOf = g.asOf
    ? drawVerticalLine({ ...g.asOf, label: withAsOfText(g.asOf.label) }, colours.asOf, 2, false, g)
    : [];
  const labelsAbove = g.labels === 'above';
  const verticalLines = [
    ...g.markers.flatMap((marker) => drawVerticalLine(marker, colours.marker, 1.5, marker.tentative, g)),
    ...asOf,
  ];
  const legend = g.legend.flatMap((item) =>
    drawLegendItem(item.kind === 'as-of' ? { ...item, label: withAsOfText(item.label) } : item, g),
  );

  return svgRoot(
    g,
    options.idPrefix ?? `aikajana-${g.id}`,
    options.title ?? g.title,
    describe(g, asOfText, words),
    [
      element('rect', { x: 0, y: 0, width: g.width, height: g.height, fill: colours.background }),
      ...stripes,
      ...drawAxis(g, text),
      // Above the bars, the labels are drawn over the vertical lines rather than crossed by them.
      ...(labelsAbove ? verticalLines : []),
      ...g.rows.map((row) => drawRow(row, text, labelsAbove, words)),
      ...(labelsAbove ? [] : verticalLines),
      ...legend,
    ],
  );
}
