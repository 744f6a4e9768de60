/**
 * The structure tree as pdfmake lays a document out. pdfmake processes the nodes of a document
 * definition depth first, in reading order; `enter` and `exit` follow it with a stack of frames,
 * each naming the element the node's drawn content belongs to (its owner). Every line, image,
 * SVG and vector pdfmake places is stamped with the owner current at that moment, so that the
 * renderer can mark it, wherever on which page it lands.
 *
 * Where a node sits gives it a role of its own: an item of a list is `LI` with its number as `Lbl`
 * and its content as `LBody`; a cell of a data table is `TD`, or `TH` in a header row or when
 * tagged so, inside a `TR` per row; a row of a table of contents is `TOCI`. A text that is only
 * a paragraph by default does not open a `P` inside such a slot: its text is the slot's content.
 */
import { type HeadingStyles, type LayoutNode, nodeRole } from './node-roles.ts';
import {
  type Artifact,
  artifacts,
  isElement,
  type Owner,
  type StructElement,
  structElement,
} from './structure.ts';

interface TableFrame {
  kind: 'data' | 'toc' | 'layout';
  owner: Owner;
  cells: Map<object, { row: number }>;
  headerRows: number;
  rows: StructElement[];
}

interface Frame {
  node: object | undefined;
  owner: Owner;
  /** The items of a list node, to recognise them as they are entered. */
  listItems?: Set<object>;
  table?: TableFrame;
  /** A table of contents' own table, laid out after its title. */
  tocTable?: object;
  /** A list item's number and the label element it is drawn into. */
  marker?: { inline: unknown; label: StructElement };
}

export class LayoutStructure {
  readonly root: StructElement = structElement('Document', undefined);
  private readonly frames: Frame[] = [{ node: undefined, owner: this.root }];
  /** List items on the stack whose number is still to be drawn. */
  private openMarkers = 0;

  private readonly headingStyles: HeadingStyles;

  constructor(headingStyles: HeadingStyles) {
    this.headingStyles = headingStyles;
  }

  private top(): Frame {
    return this.frames[this.frames.length - 1] as Frame;
  }

  /** The owner of what is drawn now. */
  current(): Owner {
    return this.top().owner;
  }

  /** Everything drawn until the matching `exit` is an artifact (headers, footers, backgrounds). */
  enterArtifact(artifact: Artifact): void {
    this.frames.push({ node: undefined, owner: artifact });
  }

  exit(): void {
    const frame = this.frames.pop();
    if (frame?.marker) this.openMarkers -= 1;
  }

  enter(input: object): void {
    const node = input as LayoutNode;
    const parent = this.top();
    if (!isElement(parent.owner) || node._span) {
      this.frames.push({ node, owner: parent.owner });
      return;
    }
    const frame: Frame = { node, owner: parent.owner };
    let slot: StructElement | undefined;
    if (parent.listItems?.has(node)) {
      const item = structElement('LI', parent.owner);
      const inline = node.listMarker?._inlines?.[0];
      if (inline !== undefined) {
        frame.marker = { inline, label: structElement('Lbl', item) };
        this.openMarkers += 1;
      }
      slot = structElement('LBody', item);
    } else if (parent.table) {
      slot = this.cellSlot(parent.table, node);
    }
    if (slot) frame.owner = slot;

    const role = nodeRole(node, this.headingStyles);
    if (role.kind === 'artifact') {
      frame.owner = artifacts[role.type];
    } else if (
      role.kind === 'element' &&
      // A list item's or cell's text is its slot's own, unless it is in another language.
      !(slot && role.inferred && role.role === 'P' && role.lang === undefined)
    ) {
      const parentElement = frame.owner as StructElement;
      // A linked picture is a figure inside a link, which the annotation joins.
      const link =
        role.role === 'Figure' && (node.link !== undefined || node.linkToDestination !== undefined)
          ? structElement('Link', parentElement)
          : undefined;
      frame.owner = structElement(role.role, link ?? parentElement, {
        ...(role.alt !== undefined && { alt: role.alt }),
        ...(role.lang !== undefined && { lang: role.lang }),
        ...(link && { link }),
      });
    }
    this.prepareChildren(frame, node, parent);
    this.frames.push(frame);
  }

  private cellSlot(table: TableFrame, node: LayoutNode): StructElement | undefined {
    const cell = table.cells.get(node);
    if (!cell || table.kind === 'layout' || !isElement(table.owner)) return undefined;
    let row = table.rows[cell.row];
    if (!row) {
      row = structElement(table.kind === 'toc' ? 'TOCI' : 'TR', table.owner);
      table.rows[cell.row] = row;
    }
    if (table.kind === 'toc') return row;
    const header = cell.row < table.headerRows;
    const spans = {
      ...(node.rowSpan !== undefined && node.rowSpan > 1 && { rowSpan: node.rowSpan }),
      ...(node.colSpan !== undefined && node.colSpan > 1 && { colSpan: node.colSpan }),
    };
    if (header || node.tag === 'TH')
      return structElement('TH', row, {
        table: { scope: header ? 'Column' : (node.scope ?? 'Row'), ...spans },
      });
    return structElement('TD', row, Object.keys(spans).length ? { table: spans } : {});
  }

  private prepareChildren(frame: Frame, node: LayoutNode, parent: Frame): void {
    const items = node.ul ?? node.ol;
    if (items) frame.listItems = new Set(items);
    if (node.toc?._table) frame.tocTable = node.toc._table;
    if (node.table) {
      const isToc = parent.tocTable === node;
      if (isToc && isElement(frame.owner)) frame.owner = structElement('TOC', frame.owner);
      const kind = isToc ? 'toc' : isElement(frame.owner) && frame.owner.role === 'Table' ? 'data' : 'layout';
      const cells = new Map<object, { row: number }>();
      if (kind !== 'layout')
        node.table.body.forEach((row, index) => {
          for (const cell of row)
            if (typeof cell === 'object' && cell !== null) cells.set(cell, { row: index });
        });
      frame.table = { kind, owner: frame.owner, cells, headerRows: node.table.headerRows ?? 0, rows: [] };
    }
  }

  /** The owner of a line: a list item's number is its label, other lines the current owner's. */
  ownerOfLine(firstInline: unknown): Owner {
    if (this.openMarkers > 0) {
      for (let index = this.frames.length - 1; index >= 0; index -= 1) {
        const marker = this.frames[index]?.marker;
        if (marker && marker.inline === firstInline) return marker.label;
      }
    }
    return this.current();
  }
}
