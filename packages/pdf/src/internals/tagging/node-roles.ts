/**
 * What a pdfmake node is in the structure tree, read from the node alone: its `tag`, or else its
 * kind (a text is a paragraph, a list is `L`, a table with header cells is a `Table`, an image or
 * SVG with a text equivalent is a `Figure`, a drawing is decoration), and for a text its style
 * when the style is a heading's (`headingStyles`). Where the node sits (a list item, a table
 * cell, a table-of-contents entry) is decided by `layout-structure.ts`.
 */
import type { ArtifactType } from './structure.ts';
import { svgTextEquivalent } from './svg-text-equivalent.ts';

/** The tags a document definition may put on a node (`tag: 'H2'`), besides what is inferred. */
export type StructureTag =
  | 'H1'
  | 'H2'
  | 'H3'
  | 'H4'
  | 'H5'
  | 'H6'
  | 'P'
  | 'Caption'
  | 'BlockQuote'
  | 'Code'
  | 'Div'
  | 'Sect'
  | 'Part'
  | 'Figure'
  | 'Note'
  | 'Quote'
  | 'Span'
  | 'TH'
  | 'Artifact';

/** The part of a pdfmake node (after pdfmake's preprocessing) that tagging reads. */
export interface LayoutNode {
  tag?: StructureTag;
  /** Alternate text of a figure; an SVG's own title and description when absent. */
  alt?: string;
  /** Language of the node's text when it differs from the document's. */
  lang?: string;
  /** A `TH` cell's scope; header rows are `Column`, other header cells `Row`. */
  scope?: 'Row' | 'Column' | 'Both';
  style?: string | string[];
  text?: unknown;
  stack?: unknown[];
  columns?: unknown[];
  section?: unknown;
  ul?: LayoutNode[];
  ol?: LayoutNode[];
  table?: { body: LayoutNode[][]; headerRows?: number };
  toc?: { _table?: LayoutNode; title?: LayoutNode };
  image?: unknown;
  svg?: unknown;
  canvas?: unknown;
  qr?: unknown;
  link?: string;
  linkToDestination?: string;
  rowSpan?: number;
  colSpan?: number;
  listMarker?: { _inlines?: unknown[] };
  _span?: boolean;
}

export type NodeRole =
  /** Its children and content belong to the element around it. */
  | { kind: 'transparent' }
  | { kind: 'artifact'; type: ArtifactType }
  | { kind: 'element'; role: string; alt?: string; lang?: string; inferred: boolean };

/** Heading level (1–6) of each style that sets a heading, by style name. */
export type HeadingStyles = Readonly<Record<string, number>>;

function headingOfStyle(style: LayoutNode['style'], headingStyles: HeadingStyles): number | undefined {
  const names = Array.isArray(style) ? style : style === undefined ? [] : [style];
  for (let index = names.length - 1; index >= 0; index -= 1) {
    const level = headingStyles[names[index] as string];
    if (level !== undefined) return level;
  }
  return undefined;
}

/** Whether a table holds data (it has header cells) rather than boxes laid out with a table. */
export function isDataTable(node: LayoutNode): boolean {
  const table = node.table;
  if (!table) return false;
  return (table.headerRows ?? 0) > 0 || table.body.some((row) => row.some((cell) => cell?.tag === 'TH'));
}

function figure(node: LayoutNode, alt: string | undefined): NodeRole {
  // A picture with no words for it is decoration, as `alt=""` is on the site.
  if (alt === undefined || alt.trim() === '') return { kind: 'artifact', type: 'Layout' };
  return { kind: 'element', role: 'Figure', alt: alt.trim(), inferred: node.tag === undefined };
}

export function nodeRole(node: LayoutNode, headingStyles: HeadingStyles): NodeRole {
  const lang = node.lang !== undefined ? { lang: node.lang } : {};
  if (node.tag === 'Artifact') return { kind: 'artifact', type: 'Layout' };
  if (node.image !== undefined || node.qr !== undefined) return figure(node, node.alt);
  if (node.svg !== undefined)
    return figure(node, node.alt ?? (typeof node.svg === 'string' ? svgTextEquivalent(node.svg) : undefined));
  if (node.tag === 'Figure') return figure(node, node.alt);
  if (node.tag !== undefined && node.tag !== 'TH')
    return { kind: 'element', role: node.tag, inferred: false, ...lang };
  if (node.ul !== undefined || node.ol !== undefined)
    return { kind: 'element', role: 'L', inferred: true, ...lang };
  if (node.table !== undefined)
    return isDataTable(node)
      ? { kind: 'element', role: 'Table', inferred: true, ...lang }
      : { kind: 'transparent' };
  if (node.canvas !== undefined) return { kind: 'artifact', type: 'Layout' };
  if (node.text !== undefined) {
    const level = headingOfStyle(node.style, headingStyles);
    return {
      kind: 'element',
      role: level === undefined ? 'P' : `H${level}`,
      inferred: level === undefined,
      ...lang,
    };
  }
  return node.lang !== undefined
    ? { kind: 'element', role: 'Div', inferred: false, ...lang }
    : { kind: 'transparent' };
}
