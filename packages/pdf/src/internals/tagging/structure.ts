/**
 * The structure tree of a tagged PDF as plain data: built while pdfmake lays a document out
 * (`layout-structure.ts`), filled with marked content while it renders (`content-marker.ts`),
 * and written into the PDF after the last page (`write-structure.ts`).
 */

/** pdfkit's indirect object: its dictionary, written when ended. */
export interface PdfReference {
  data: Record<string, unknown>;
  end(): void;
}

/** Running headers and footers, page numbers, repeated table headers. */
export type ArtifactType = 'Pagination' | 'Layout' | 'Background';

export interface Artifact {
  kind: 'artifact';
  type: ArtifactType;
}

export const artifacts: Readonly<Record<ArtifactType, Artifact>> = {
  Pagination: { kind: 'artifact', type: 'Pagination' },
  Layout: { kind: 'artifact', type: 'Layout' },
  Background: { kind: 'artifact', type: 'Background' },
};

/** A marked-content sequence on a page, by its MCID. */
export interface MarkedContent {
  kind: 'content';
  page: PdfReference;
  mcid: number;
}

/** A link annotation, with its key in the parent tree. */
export interface AnnotationContent {
  kind: 'annotation';
  annotation: PdfReference;
  page: PdfReference;
  key: number;
}

export interface TableCellAttributes {
  scope?: 'Row' | 'Column' | 'Both';
  rowSpan?: number;
  colSpan?: number;
}

export interface StructElement {
  kind: 'element';
  /** A standard structure type of PDF 1.7: `P`, `H2`, `Table`, `Link`, … */
  role: string;
  children: (StructElement | MarkedContent | AnnotationContent)[];
  alt?: string;
  lang?: string;
  table?: TableCellAttributes;
  /** A figure's box on its first page, in PDF coordinates: left, bottom, right, top. */
  bbox?: [number, number, number, number];
  /** A linked figure's link, which its annotation joins. */
  link?: StructElement;
  /** The last link its text ran into, continued by the next run with the same target. */
  openLink?: { target: string; element: StructElement };
}

/** What drawn content belongs to. */
export type Owner = StructElement | Artifact;

export function structElement(
  role: string,
  parent: StructElement | undefined,
  details: Partial<Pick<StructElement, 'alt' | 'lang' | 'table' | 'link'>> = {},
): StructElement {
  const created: StructElement = { kind: 'element', role, children: [], ...details };
  parent?.children.push(created);
  return created;
}

export function isElement(owner: Owner | undefined): owner is StructElement {
  return owner?.kind === 'element';
}
