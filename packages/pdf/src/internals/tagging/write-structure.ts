/**
 * Writes the structure tree into the PDF once every page is drawn: one `StructElem` per element,
 * its kids in reading order (marked content by MCID, child elements, link annotations as `OBJR`),
 * the parent tree that maps each page's MCIDs and each annotation back to its element, and the
 * `Document` element as the root's only kid.
 *
 * Before writing, elements that received no content are dropped (an empty paragraph, a heading
 * with no text), except the cells and rows a table needs to keep its grid, and heading levels are
 * made to follow the outline: a heading is at most one level below the one before it, so that a
 * reader never meets a skipped level.
 */
import type { PdfReference, StructElement } from './structure.ts';

/** The part of pdfkit's document the writer uses. */
export interface StructureDocument {
  ref(data: Record<string, unknown>): PdfReference;
  getStructTreeRoot(): PdfReference;
  getStructParentTree(): { get(key: number): unknown; add(key: number, value: unknown): void };
}

const keptEmpty = new Set(['Table', 'TR', 'TH', 'TD', 'TOC', 'TOCI', 'L', 'LI', 'LBody', 'Document']);

/** Drops elements without content; returns whether `element` keeps any. */
function prune(element: StructElement): boolean {
  element.children = element.children.filter((child) => child.kind !== 'element' || prune(child));
  return element.children.length > 0 || keptEmpty.has(element.role);
}

const headingLevel = (role: string) => (/^H[1-6]$/.test(role) ? Number(role.slice(1)) : undefined);

function normalizeHeadings(root: StructElement): void {
  let previous = 0;
  const visit = (element: StructElement) => {
    const level = headingLevel(element.role);
    if (level !== undefined) {
      const fitted = Math.min(level, previous + 1);
      element.role = `H${fitted}`;
      previous = fitted;
    }
    for (const child of element.children) if (child.kind === 'element') visit(child);
  };
  visit(root);
}

function attributes(element: StructElement): Record<string, unknown> | undefined {
  if (element.table) {
    const { scope, rowSpan, colSpan } = element.table;
    return {
      O: 'Table',
      ...(scope && { Scope: scope }),
      ...(rowSpan && { RowSpan: rowSpan }),
      ...(colSpan && { ColSpan: colSpan }),
    };
  }
  if (element.bbox) return { O: 'Layout', Placement: 'Block', BBox: element.bbox };
  return undefined;
}

function writeElement(doc: StructureDocument, element: StructElement, parent: PdfReference): PdfReference {
  const reference = doc.ref({ Type: 'StructElem', S: element.role, P: parent });
  const parentTree = doc.getStructParentTree();
  const kids: unknown[] = [];
  let page: PdfReference | undefined;
  for (const child of element.children) {
    if (child.kind === 'element') {
      kids.push(writeElement(doc, child, reference));
    } else if (child.kind === 'content') {
      page ??= child.page;
      kids.push(child.page === page ? child.mcid : { Type: 'MCR', Pg: child.page, MCID: child.mcid });
      const mcids = parentTree.get(child.page.data.StructParents as number) as unknown[];
      mcids[child.mcid] = reference;
    } else {
      kids.push({ Type: 'OBJR', Obj: child.annotation, Pg: child.page });
      parentTree.add(child.key, reference);
    }
  }
  const data = reference.data;
  data.K = kids;
  if (page) data.Pg = page;
  if (element.alt !== undefined) data.Alt = new String(element.alt);
  if (element.lang !== undefined) data.Lang = new String(element.lang);
  const attributeDictionary = attributes(element);
  if (attributeDictionary) data.A = attributeDictionary;
  reference.end();
  return reference;
}

export function writeStructure(doc: StructureDocument, root: StructElement): void {
  prune(root);
  normalizeHeadings(root);
  const treeRoot = doc.getStructTreeRoot();
  treeRoot.data.K = [writeElement(doc, root, treeRoot)];
}
