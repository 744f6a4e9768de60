/**
 * The rendering half of tagging: as pdfmake's renderer draws each placed item, its content is
 * marked for the element it was stamped with (`content-marker.ts`), a line's runs one by one so
 * that a link's words and annotations go into a `Link`; after the last page the structure tree is
 * written (`write-structure.ts`) and, when the document qualifies, PDF/UA-1 is claimed.
 */

import type { PdfmakeClasses } from '../upstream.ts';
import { ContentMarker, type LinkedRun, linkTarget, type MarkingDocument } from './content-marker.ts';
import { laidOut, ownerKey, type Stamped, wrapFor } from './pdfmake-hooks.ts';
import { artifacts, type Owner, type PdfReference } from './structure.ts';
import { type StructureDocument, writeStructure } from './write-structure.ts';

interface PdfDocument extends MarkingDocument, StructureDocument {
  options: { tagged?: boolean; lang?: string; displayTitle?: boolean };
  info: { Title?: unknown };
  version: number;
  appendXML(xml: string): void;
  page: { dictionary: PdfReference; height: number; structParentTreeKey: number };
}

interface PlacedLine extends Stamped {
  inlines: (LinkedRun & { text: string })[];
}

interface PlacedBox extends Stamped {
  x: number;
  y: number;
  _width: number;
  _height: number;
}

/** The marker of the document being rendered; rendering is synchronous, so one at a time. */
let rendering: { doc: PdfDocument; marker: ContentMarker } | undefined;
/** The line being drawn, its owner, and the index of its run drawn next. */
let drawing: { line: PlacedLine; owner: Owner; index: number } | undefined;
/** The words of the link run being drawn: the description of the annotation it makes. */
let annotationText: string | undefined;

const ownerOf = (item: Stamped | undefined, doc: PdfDocument): Owner =>
  item?.[ownerKey] ?? laidOut.get(doc) ?? artifacts.Layout;

const wrap = wrapFor('render-hooks.ts');

export function installRenderHooks(classes: PdfmakeClasses): void {
  const renderer = classes.Renderer.prototype;
  wrap(
    renderer,
    'renderPages',
    (original) =>
      function (this: { pdfDocument: PdfDocument }, ...args: never[]) {
        const doc = this.pdfDocument;
        const root = laidOut.get(doc);
        if (!root) return original.apply(this as never, args);
        const marker = new ContentMarker(doc);
        const previous = rendering;
        rendering = { doc, marker };
        try {
          const result = original.apply(this as never, args);
          marker.close();
          writeStructure(doc, root);
          if (identifiesAsPdfUa(doc)) doc.appendXML(pdfUaIdentification);
          return result;
        } finally {
          rendering = previous;
          laidOut.delete(doc);
        }
      },
  );
  wrap(
    renderer,
    'renderLine',
    (original) =>
      function (this: { pdfDocument: PdfDocument }, ...args: never[]) {
        if (!rendering) return original.apply(this as never, args);
        const line = args[0] as unknown as PlacedLine;
        drawing = { line, owner: ownerOf(line, rendering.doc), index: 0 };
        try {
          return original.apply(this as never, args);
        } finally {
          drawing = undefined;
          annotationText = undefined;
        }
      },
  );
  // pdfkit's own methods, on pdfmake's document class: replacing them on each document object
  // would change its shape on every line and slow every later property access on it.
  const document = classes.PDFDocument.prototype;
  wrap(
    document,
    'text',
    (original) =>
      function (this: PdfDocument, ...args: never[]) {
        // pdfmake draws a line's runs one `text` call each, in order: each is marked as it is drawn.
        if (drawing && rendering?.doc === this) {
          const index = drawing.index++;
          const run = drawing.line.inlines[index];
          if (run) {
            rendering.marker.text(drawing.owner, run);
            annotationText = linkText(drawing.line, index);
          }
        }
        return original.apply(this as never, args);
      },
  );
  wrap(
    document,
    'addPage',
    (original) =>
      function (this: PdfDocument, ...args: never[]) {
        if (rendering?.doc === this) rendering.marker.close();
        return original.apply(this as never, args);
      },
  );
  wrap(
    document,
    'annotate',
    (original) =>
      function (this: PdfDocument, ...args: never[]) {
        const options = args[4] as unknown as Record<string, unknown>;
        const parent =
          rendering?.doc === this && options.Subtype === 'Link'
            ? rendering.marker.annotationParent()
            : undefined;
        if (parent) {
          options.structParent = parent;
          options.Contents ??= new String(annotationText ?? '');
        }
        return original.apply(this as never, args);
      },
  );
  wrap(
    renderer,
    'renderVector',
    (original) =>
      function (this: unknown, ...args: never[]) {
        if (rendering) rendering.marker.decoration(ownerOf(args[0] as unknown as Stamped, rendering.doc));
        return original.apply(this as never, args);
      },
  );
  for (const name of ['renderImage', 'renderSVG']) {
    wrap(
      renderer,
      name,
      (original) =>
        function (this: unknown, ...args: never[]) {
          if (rendering) {
            const box = args[0] as unknown as PlacedBox;
            const owner = ownerOf(box, rendering.doc);
            if (owner.kind === 'element' && owner.role === 'Figure' && !owner.bbox) {
              const height = rendering.doc.page.height;
              owner.bbox = [box.x, height - box.y - box._height, box.x + box._width, height - box.y].map(
                (value) => Math.round(value * 100) / 100,
              ) as [number, number, number, number];
            }
            rendering.marker.use(
              owner.kind === 'element' && owner.role !== 'Figure' ? artifacts.Layout : owner,
            );
          }
          return original.apply(this as never, args);
        },
    );
  }
  for (const name of ['beginClip', 'endClip', 'beginVerticalAlignment', 'endVerticalAlignment']) {
    wrap(
      renderer,
      name,
      (original) =>
        function (this: unknown, ...args: never[]) {
          // A marked-content sequence may not straddle the graphics state these save and restore.
          rendering?.marker.close();
          return original.apply(this as never, args);
        },
    );
  }
  wrap(
    renderer,
    'renderWatermark',
    (original) =>
      function (this: unknown, ...args: never[]) {
        rendering?.marker.use(artifacts.Pagination);
        return original.apply(this as never, args);
      },
  );
  const decorator = classes.TextDecorator.prototype;
  for (const [name, drawn] of [
    ['drawBackground', (run: Record<string, unknown>) => run.background !== undefined],
    ['drawDecorations', (run: Record<string, unknown>) => run.decoration !== undefined],
  ] as const) {
    wrap(
      decorator,
      name,
      (original) =>
        function (this: unknown, ...args: never[]) {
          const line = args[0] as unknown as { inlines: Record<string, unknown>[] };
          if (rendering && line.inlines.some(drawn)) rendering.marker.use(artifacts.Layout);
          return original.apply(this as never, args);
        },
    );
  }
}

/** The text of the link run a line's run `index` belongs to, on that line: the annotation's description. */
function linkText(line: PlacedLine, index: number): string | undefined {
  const run = line.inlines[index];
  const target = run && linkTarget(run);
  if (target === undefined) return undefined;
  const same = (other: LinkedRun | undefined) => other !== undefined && linkTarget(other) === target;
  let start = index;
  while (start > 0 && same(line.inlines[start - 1])) start -= 1;
  let end = index;
  while (end + 1 < line.inlines.length && same(line.inlines[end + 1])) end += 1;
  const words = line.inlines
    .slice(start, end + 1)
    .map((part) => part.text)
    .join('')
    .trim();
  return words || target.slice(target.indexOf(':') + 1);
}

/**
 * PDF/UA-1 identification (ISO 14289-1, XMP `pdfuaid:part`), beside PDF/A's. Claimed only for a
 * PDF 1.7 document whose every part this module tags, with its language, a title and the title shown;
 * `@valmistelu/pdf-verify` and the tests read the other requirements back from the file.
 */
const pdfUaIdentification = `
        <rdf:Description xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/" rdf:about="">
            <pdfuaid:part>1</pdfuaid:part>
        </rdf:Description>
        `;

function identifiesAsPdfUa(doc: PdfDocument): boolean {
  const title = doc.info.Title;
  return (
    // PDF/UA-1 builds on PDF 1.7, and pdfkit writes XMP metadata only from PDF 1.4 on.
    doc.version >= 1.7 &&
    Boolean(doc.options.lang) &&
    doc.options.displayTitle === true &&
    typeof title === 'string' &&
    title.trim() !== ''
  );
}
