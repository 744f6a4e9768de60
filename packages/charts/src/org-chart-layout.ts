/**
 * Organisation-chart geometry: bodies in rows on top, each preparation line as a column under the
 * body it reports to, its groups stacked beneath it and sub-groups indented under their group.
 * Long columns (TL1's fifteen groups) are split side by side until the chart is about as wide as
 * a landscape A-series page, so it fits A4 or A3 without a row of 33 tiny boxes.
 */
import type { OrgNode, OrgNodeKind } from '@valmistelu/domain/org-tree';
import { balancedSplit } from './balanced-split.ts';
import type { Point, PositionedText } from './geometry-types.ts';
import { defaultFontFamily } from './palette.ts';
import { round2 } from './round.ts';
import { wrapText } from './wrap-text.ts';

export interface OrgChartLayoutOptions {
  /** Width of one group column in px (a line spans one or more). Default 210. */
  columnWidth?: number;
  /** Width of a body box in px. Default 220. */
  bodyWidth?: number;
  /** Font size of box titles in px. Default 11. */
  fontSize?: number;
  /** Font size of the detail line (composition, change director, responsible preparer). Default 9.5. */
  detailFontSize?: number;
  /** Horizontal space between columns. Default 16. */
  columnGap?: number;
  /** Vertical space between rows of bodies and above the lines. Default 32. */
  rowGap?: number;
  /** Vertical space between stacked groups. Default 8. */
  stackGap?: number;
  /** How far groups sit right of their line, and sub-groups right of their group. Default 16. */
  indent?: number;
  /** Width ÷ height the column splitting aims at. Default √2, a landscape A-series page. */
  targetAspect?: number;
  fontFamily?: string;
  /**
   * One column for a phone's narrow screen, `width` px wide (default 320): every box under the
   * one before, indented under its parent, bodies as well as lines and groups.
   */
  stacked?: boolean;
  width?: number;
}

export interface OrgBox {
  id: string;
  kind: OrgNodeKind;
  /** Nesting below the box's column head: 0 for bodies and lines, 1 for groups, 2 for sub-groups. */
  depth: number;
  label: string;
  detail?: string;
  x: number;
  y: number;
  width: number;
  height: number;
  labelLines: PositionedText[];
  detailLines: PositionedText[];
}

export interface OrgConnector {
  from: string;
  to: string;
  /** An orthogonal polyline from the parent's edge to the child's edge. */
  points: Point[];
}

export interface OrgChartLayout {
  width: number;
  height: number;
  fontSize: number;
  detailFontSize: number;
  fontFamily: string;
  boxes: OrgBox[];
  connectors: OrgConnector[];
  counts: { bodies: number; lines: number; groups: number };
}

interface Resolved {
  columnWidth: number;
  bodyWidth: number;
  fontSize: number;
  detailFontSize: number;
  columnGap: number;
  rowGap: number;
  stackGap: number;
  indent: number;
  targetAspect: number;
  fontFamily: string;
}

const margin = 10;
const padding = 6;
/** Extra space between two lines' columns, so a split line still reads as one. */
const headGapFactor = 1.5;
/** Successive buses of different owner bodies are offset so that they never overlap. */
const busOffset = 6;

function resolveOptions(options: OrgChartLayoutOptions): Resolved {
  return {
    columnWidth: options.columnWidth ?? 210,
    bodyWidth: options.bodyWidth ?? 220,
    fontSize: options.fontSize ?? 11,
    detailFontSize: options.detailFontSize ?? 9.5,
    columnGap: options.columnGap ?? 16,
    rowGap: options.rowGap ?? 32,
    stackGap: options.stackGap ?? 8,
    indent: options.indent ?? 16,
    targetAspect: options.targetAspect ?? Math.SQRT2,
    fontFamily: options.fontFamily ?? defaultFontFamily,
  };
}

/** Bodies and lines are centred headings; groups are left-aligned list items. */
const isCentred = (kind: OrgNodeKind) => kind !== 'group';

interface Measured {
  node: OrgNode;
  depth: number;
  width: number;
  height: number;
  label: string[];
  detail: string[];
}

function measure(node: OrgNode, depth: number, width: number, o: Resolved): Measured {
  const textWidth = width - padding * 2;
  const label = wrapText(node.label, textWidth, { fontSize: o.fontSize, bold: isCentred(node.kind) });
  const detail = node.detail ? wrapText(node.detail, textWidth, { fontSize: o.detailFontSize }) : [];
  const height =
    padding * 2 +
    label.length * o.fontSize * 1.25 +
    (detail.length > 0 ? 2 + detail.length * o.detailFontSize * 1.25 : 0);
  return { node, depth, width, height: round2(height), label, detail };
}

/** Places a measured box; `height` may be larger than measured to even out a row. */
function place(m: Measured, x: number, y: number, o: Resolved, height = m.height): OrgBox {
  const centred = isCentred(m.node.kind);
  const textX = round2(centred ? x + m.width / 2 : x + padding);
  const anchor = centred ? 'middle' : 'start';
  const contentHeight = m.height - padding * 2;
  let cursor = y + (height - contentHeight) / 2;
  const lines = (texts: string[], fontSize: number) =>
    texts.map((text): PositionedText => {
      const baseline = cursor + fontSize * 1.25 * 0.5 + fontSize * 0.35;
      cursor += fontSize * 1.25;
      return { text, x: textX, y: round2(baseline), anchor };
    });
  const labelLines = lines(m.label, o.fontSize);
  cursor += 2;
  const detailLines = lines(m.detail, o.detailFontSize);
  return {
    id: m.node.id,
    kind: m.node.kind,
    depth: m.depth,
    label: m.node.label,
    ...(m.node.detail !== undefined && { detail: m.node.detail }),
    x: round2(x),
    y: round2(y),
    width: round2(m.width),
    height: round2(height),
    labelLines,
    detailLines,
  };
}

/** A top-level group with its sub-groups: kept together when a line is split into columns. */
type Block = Measured[];

function blocksOf(head: OrgNode, o: Resolved): Block[] {
  const entries = (node: OrgNode, depth: number): Measured[] => [
    measure(node, depth, o.columnWidth - o.indent * depth, o),
    ...node.children.flatMap((child) => entries(child, depth + 1)),
  ];
  return head.children.map((child) => entries(child, 1));
}

const stackHeight = (entries: readonly Measured[], o: Resolved) =>
  entries.reduce((sum, entry) => sum + entry.height, 0) + o.stackGap * Math.max(entries.length - 1, 0);
const runHeight = (blocks: readonly Block[], o: Resolved) => stackHeight(blocks.flat(), o);

interface Head {
  node: OrgNode;
  /** The body the line reports to; undefined for a line given as a root. */
  owner?: string;
  blocks: Block[];
}

interface Structure {
  /** Bodies by depth, each row in tree order. */
  bodyRows: { node: OrgNode; parent?: string }[][];
  heads: Head[];
}

function collect(tree: readonly OrgNode[], o: Resolved): Structure {
  const bodyRows: Structure['bodyRows'] = [];
  const heads: Head[] = [];
  const visit = (node: OrgNode, depth: number, parent?: string) => {
    if (node.kind !== 'body') {
      heads.push({ node, ...(parent !== undefined && { owner: parent }), blocks: blocksOf(node, o) });
      return;
    }
    const row = bodyRows[depth] ?? [];
    bodyRows[depth] = row;
    row.push({ node, ...(parent !== undefined && { parent }) });
    for (const child of node.children) visit(child, child.kind === 'body' ? depth + 1 : depth, node.id);
  };
  for (const root of tree) visit(root, 0);
  return { bodyRows, heads };
}

interface Drawn {
  boxes: OrgBox[];
  connectors: OrgConnector[];
}

const centreX = (box: OrgBox) => box.x + box.width / 2;
const bottom = (box: OrgBox) => box.y + box.height;

/** The lines' columns, with their left edge at x = 0 and top at `top`; returns their width too. */
function layoutColumns(heads: readonly Head[], splits: readonly number[], top: number, o: Resolved) {
  const columns = heads.map((head, index) =>
    balancedSplit(head.blocks, splits[index] ?? 1, (run) => runHeight(run, o)),
  );
  const headMeasures = heads.map((head, index) => {
    const count = Math.max(columns[index]?.length ?? 1, 1);
    return measure(head.node, 0, count * o.columnWidth + (count - 1) * o.columnGap, o);
  });
  const headHeight = Math.max(0, ...headMeasures.map((m) => m.height));
  const drawn: Drawn = { boxes: [], connectors: [] };
  let x = 0;
  heads.forEach((_head, index) => {
    const m = headMeasures[index] as Measured;
    const headBox = place(m, x, top, o, headHeight);
    drawn.boxes.push(headBox);
    (columns[index] ?? []).forEach((run, column) => {
      const columnX = x + column * (o.columnWidth + o.columnGap);
      let y = top + headHeight + o.stackGap * 2;
      const parents: OrgBox[] = [headBox];
      for (const entry of run.flat()) {
        const box = place(entry, columnX + o.indent * entry.depth, y, o);
        parents.length = entry.depth;
        const parent = parents[entry.depth - 1] ?? headBox;
        // Column heads spanning several columns send a spine down each column's own left edge.
        const spineX = parent === headBox ? columnX + o.indent / 2 : parent.x + o.indent / 2;
        const midY = box.y + box.height / 2;
        drawn.connectors.push({
          from: parent.id,
          to: box.id,
          points: [
            { x: round2(spineX), y: round2(bottom(parent)) },
            { x: round2(spineX), y: round2(midY) },
            { x: box.x, y: round2(midY) },
          ],
        });
        drawn.boxes.push(box);
        parents.push(box);
        y += box.height + o.stackGap;
      }
    });
    x += m.width + o.columnGap * headGapFactor;
  });
  const width = heads.length > 0 ? x - o.columnGap * headGapFactor : 0;
  const height = Math.max(0, ...drawn.boxes.map((box) => bottom(box) - top));
  return { drawn, width, height, headHeight };
}

/** x of each box in a row: centred, or split around an owner's spine so the bus passes between. */
function rowPositions(count: number, o: Resolved, centre: number, spine: number | undefined): number[] {
  const step = o.bodyWidth + o.columnGap;
  if (spine === undefined) {
    const start = centre - (count * step - o.columnGap) / 2;
    return Array.from({ length: count }, (_, index) => start + index * step);
  }
  const left = Math.floor(count / 2);
  return Array.from({ length: count }, (_, index) =>
    index < left
      ? spine - o.columnGap / 2 - (left - index) * step + o.columnGap
      : spine + o.columnGap / 2 + (index - left) * step,
  );
}

function elbow(from: Point, to: Point, midY: number): Point[] {
  return [
    { x: round2(from.x), y: round2(from.y) },
    { x: round2(from.x), y: round2(midY) },
    { x: round2(to.x), y: round2(midY) },
    { x: round2(to.x), y: round2(to.y) },
  ];
}

function shift(drawn: Drawn, dx: number): Drawn {
  const moveText = (line: PositionedText) => ({ ...line, x: round2(line.x + dx) });
  return {
    boxes: drawn.boxes.map((box) => ({
      ...box,
      x: round2(box.x + dx),
      labelLines: box.labelLines.map(moveText),
      detailLines: box.detailLines.map(moveText),
    })),
    connectors: drawn.connectors.map((connector) => ({
      ...connector,
      points: connector.points.map((point) => ({ x: round2(point.x + dx), y: point.y })),
    })),
  };
}

function layoutWithSplits(structure: Structure, splits: readonly number[], o: Resolved) {
  const rows = structure.bodyRows.map((row) => row.map((entry) => measure(entry.node, 0, o.bodyWidth, o)));
  const rowHeights = rows.map((row) => Math.max(0, ...row.map((m) => m.height)));
  const bodiesHeight =
    rowHeights.reduce((sum, height) => sum + height, 0) + o.rowGap * Math.max(rows.length - 1, 0);
  const busSpace = rows.length > 0 && structure.heads.length > 0 ? o.rowGap * 1.25 : 0;
  const columnsTop = margin + bodiesHeight + busSpace;
  const columns = layoutColumns(structure.heads, splits, columnsTop, o);

  const owners = [
    ...new Set(structure.heads.flatMap((head) => (head.owner === undefined ? [] : [head.owner]))),
  ];
  const bodyBoxes = new Map<string, OrgBox>();
  const drawn: Drawn = { boxes: [], connectors: [] };
  let spine: number | undefined;
  let y = margin;
  structure.bodyRows.forEach((row, rowIndex) => {
    const height = rowHeights[rowIndex] ?? 0;
    const xs = rowPositions(row.length, o, columns.width / 2, spine);
    row.forEach((entry, index) => {
      const box = place(rows[rowIndex]?.[index] as Measured, xs[index] ?? 0, y, o, height);
      bodyBoxes.set(box.id, box);
      drawn.boxes.push(box);
      const parent = entry.parent === undefined ? undefined : bodyBoxes.get(entry.parent);
      if (parent) {
        drawn.connectors.push({
          from: parent.id,
          to: box.id,
          points: elbow(
            { x: centreX(parent), y: bottom(parent) },
            { x: centreX(box), y: box.y },
            y - o.rowGap / 2,
          ),
        });
      }
    });
    const owner = row.find((entry) => owners.includes(entry.node.id));
    if (spine === undefined && owner) spine = centreX(bodyBoxes.get(owner.node.id) as OrgBox);
    y += height + o.rowGap;
  });

  const headBoxes = columns.drawn.boxes.filter((box) => box.depth === 0);
  structure.heads.forEach((head, index) => {
    const owner = head.owner === undefined ? undefined : bodyBoxes.get(head.owner);
    const headBox = headBoxes[index];
    if (!owner || !headBox) return;
    const busY = columnsTop - busSpace / 2 + owners.indexOf(owner.id) * busOffset;
    drawn.connectors.push({
      from: owner.id,
      to: headBox.id,
      points: elbow({ x: centreX(owner), y: bottom(owner) }, { x: centreX(headBox), y: headBox.y }, busY),
    });
  });

  const all: Drawn = {
    boxes: [...drawn.boxes, ...columns.drawn.boxes],
    connectors: [...drawn.connectors, ...columns.drawn.connectors],
  };
  const xs = [
    ...all.boxes.map((box) => box.x),
    ...all.connectors.flatMap((c) => c.points.map((point) => point.x)),
  ];
  const shifted = shift(all, xs.length > 0 ? margin - Math.min(...xs) : 0);
  const width = Math.max(0, ...shifted.boxes.map((box) => box.x + box.width)) + margin;
  const height = Math.max(margin, ...shifted.boxes.map(bottom)) + margin;
  return { drawn: shifted, width: round2(width), height: round2(height) };
}

/** The height of each line's tallest column when split into `splits[i]` columns. */
function tallestColumns(structure: Structure, splits: readonly number[], o: Resolved): number[] {
  return structure.heads.map((head, index) =>
    Math.max(
      0,
      ...balancedSplit(head.blocks, splits[index] ?? 1, (run) => runHeight(run, o)).map((run) =>
        runHeight(run, o),
      ),
    ),
  );
}

/**
 * Splits the tallest lines into more columns while the chart, fitted into a page of the target
 * aspect ratio, keeps getting a larger scale (larger text on paper).
 */
function chooseSplits(structure: Structure, o: Resolved): number[] {
  const fitScale = (layout: { width: number; height: number }) =>
    Math.min(o.targetAspect / layout.width, 1 / Math.max(layout.height, 1));
  let splits = structure.heads.map(() => 1);
  let current = layoutWithSplits(structure, splits, o);
  for (let step = 0; step < 100; step++) {
    const tallest = tallestColumns(structure, splits, o);
    const highest = Math.max(0, ...tallest);
    const next = splits.map((count, index) =>
      (tallest[index] ?? 0) >= highest - 0.5 && (structure.heads[index]?.blocks.length ?? 0) > count
        ? count + 1
        : count,
    );
    if (next.every((count, index) => count === splits[index])) break;
    const candidate = layoutWithSplits(structure, next, o);
    if (fitScale(candidate) <= fitScale(current)) break;
    splits = next;
    current = candidate;
  }
  return splits;
}

/** The tree as one indented column, depth first, each box as wide as its indent leaves. */
function layoutStacked(tree: readonly OrgNode[], width: number, o: Resolved) {
  const drawn: Drawn = { boxes: [], connectors: [] };
  let y = margin;
  const visit = (node: OrgNode, indent: number, parent: OrgBox | undefined) => {
    const x = margin + indent * o.indent;
    // `depth` keeps its meaning of nesting below a line, which the description reads.
    const depth = node.kind === 'group' ? (parent?.depth ?? 0) + 1 : 0;
    const box = place(measure(node, depth, width - margin - x, o), x, y, o);
    if (parent) {
      const spineX = round2(parent.x + o.indent / 2);
      const midY = round2(box.y + box.height / 2);
      drawn.connectors.push({
        from: parent.id,
        to: box.id,
        points: [
          { x: spineX, y: round2(bottom(parent)) },
          { x: spineX, y: midY },
          { x: box.x, y: midY },
        ],
      });
    }
    drawn.boxes.push(box);
    y += box.height + o.stackGap;
    for (const child of node.children) visit(child, indent + 1, box);
  };
  for (const root of tree) visit(root, 0, undefined);
  return { drawn, width, height: round2(Math.max(y - o.stackGap, margin) + margin) };
}

export function layoutOrgChart(
  tree: readonly OrgNode[],
  options: OrgChartLayoutOptions = {},
): OrgChartLayout {
  const o = resolveOptions(options);
  const structure = collect(tree, o);
  const { drawn, width, height } = options.stacked
    ? layoutStacked(tree, options.width ?? 320, o)
    : layoutWithSplits(structure, chooseSplits(structure, o), o);
  return {
    width,
    height,
    fontSize: o.fontSize,
    detailFontSize: o.detailFontSize,
    fontFamily: o.fontFamily,
    boxes: drawn.boxes,
    connectors: drawn.connectors,
    counts: {
      bodies: drawn.boxes.filter((box) => box.kind === 'body').length,
      lines: structure.heads.length,
      groups: drawn.boxes.filter((box) => box.kind === 'group').length,
    },
  };
}
