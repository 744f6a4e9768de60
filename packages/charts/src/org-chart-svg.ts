/**
 * Draws an `OrgChartLayout` as one SVG string for the site and the PDFs: connectors first, then
 * boxes, each box with a tooltip `<title>`. Box kinds differ by fill and outline style.
 */
import type { OrgNodeKind } from '@valmistelu/domain/org-tree';
import type { Language } from '@valmistelu/domain/schema';
import { chartWords } from './chart-labels.ts';
import type { OrgBox, OrgChartLayout } from './org-chart-layout.ts';
import { colours } from './palette.ts';
import { svgRoot, svgText } from './svg-text.ts';
import { element, pathData, textElement } from './xml.ts';

export interface OrgChartSvgOptions {
  /** The SVG's `<title>`. Default `Valmisteluorganisaatio`. */
  title?: string;
  /** Prefix of the `<title>`/`<desc>` ids; set it when one page shows two charts. */
  idPrefix?: string;
  /** The language of the default title and of the description. Default Finnish. */
  language?: Language;
}

interface BoxStyle {
  fill: string;
  stroke: string;
  dash?: string;
  ink: string;
  detailInk: string;
  bold: boolean;
}

const boxStyles: Record<OrgNodeKind, BoxStyle> = {
  body: {
    fill: colours.bodyFill,
    stroke: colours.bodyFill,
    ink: colours.bodyInk,
    detailInk: colours.bodyDetailInk,
    bold: true,
  },
  line: {
    fill: colours.lineFill,
    stroke: colours.lineFill,
    ink: colours.lineInk,
    detailInk: colours.lineDetailInk,
    bold: true,
  },
  // Cross-cutting preparation serves every line, so it is drawn apart: light, with a dashed edge.
  'cross-cutting': {
    fill: colours.crossCuttingFill,
    stroke: colours.crossCuttingOutline,
    dash: '5 3',
    ink: colours.ink,
    detailInk: colours.mutedInk,
    bold: true,
  },
  group: {
    fill: colours.groupFill,
    stroke: colours.groupOutline,
    ink: colours.ink,
    detailInk: colours.mutedInk,
    bold: false,
  },
};

function drawBox(box: OrgBox, layout: OrgChartLayout): string {
  const style = boxStyles[box.kind];
  return element('g', {}, [
    textElement('title', {}, box.detail ? `${box.label} – ${box.detail}` : box.label),
    element('rect', {
      x: box.x,
      y: box.y,
      width: box.width,
      height: box.height,
      rx: 3,
      fill: style.fill,
      stroke: style.stroke,
      'stroke-width': box.kind === 'cross-cutting' ? 1.5 : 1,
      'stroke-dasharray': style.dash,
    }),
    ...box.labelLines.map((line) =>
      svgText(line, {
        fontFamily: layout.fontFamily,
        fontSize: layout.fontSize,
        fill: style.ink,
        bold: style.bold,
      }),
    ),
    ...box.detailLines.map((line) =>
      svgText(line, {
        fontFamily: layout.fontFamily,
        fontSize: layout.detailFontSize,
        fill: style.detailInk,
      }),
    ),
  ]);
}

/** A spoken outline: the counts, the bodies, then each line with its groups and sub-groups. */
function describe(layout: OrgChartLayout, language: Language): string {
  const children = new Map<string, string[]>();
  for (const connector of layout.connectors)
    children.set(connector.from, [...(children.get(connector.from) ?? []), connector.to]);
  const labelOf = new Map(layout.boxes.map((box) => [box.id, box.label]));
  const outline = (id: string): string => {
    const below = (children.get(id) ?? []).map(outline);
    return below.length > 0 ? `${labelOf.get(id)} (${below.join(', ')})` : (labelOf.get(id) ?? id);
  };
  const bodies = layout.boxes.filter((box) => box.kind === 'body').map((box) => box.label);
  const heads = layout.boxes
    .filter((box) => box.kind !== 'body' && box.depth === 0)
    .map((box) => outline(box.id));
  return [
    chartWords[language].orgChartDescription(layout.counts),
    bodies.length > 0 && `${bodies.join('; ')}.`,
    heads.length > 0 && `${heads.join('; ')}.`,
  ]
    .filter(Boolean)
    .join(' ');
}

export function renderOrgChartSvg(layout: OrgChartLayout, options: OrgChartSvgOptions = {}): string {
  const connectors = layout.connectors.map((connector) =>
    element('path', {
      d: pathData(connector.points),
      fill: 'none',
      stroke: colours.connector,
      'stroke-width': 1.25,
    }),
  );
  return svgRoot(
    layout,
    options.idPrefix ?? 'organisaatiokaavio',
    options.title ?? chartWords[options.language ?? 'fi'].orgChartTitle,
    describe(layout, options.language ?? 'fi'),
    [
      element('rect', { x: 0, y: 0, width: layout.width, height: layout.height, fill: colours.background }),
      ...connectors,
      ...layout.boxes.map((box) => drawBox(box, layout)),
    ],
  );
}
