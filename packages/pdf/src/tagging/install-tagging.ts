/**
 * Tagged PDF from pdfmake 0.3, which has no tagging of its own, by wrapping a few of its methods.
 *
 * Why wrappers rather than a patch of pdfmake's files: pdfmake's layout already visits the nodes
 * of a document definition in reading order (`LayoutBuilder.processNode`) and its writer places
 * every line, image and vector through a handful of methods; its renderer draws each of them with
 * pdfkit, which can mark content (`markStructureContent`) and keeps the parent tree. Wrapping
 * those methods carries the structure from the definition to the marked content without copying
 * or changing any of pdfmake's own code, as `linear-text-layout.ts` does for the text layout:
 *
 * - layout (`LayoutBuilder.tryLayoutDocument`, `processNode`, `addHeadersAndFooters`,
 *   `addBackground`) builds the tree as plain data (`layout-structure.ts`) and the writer's
 *   `addLine`, `addImage`, `addSVG`, `addVector` stamp what they place with its owner. pdfmake
 *   copies placed items with their own properties when it moves a block or repeats a table's
 *   header rows, so the stamp is a property; a repeated header row is re-stamped an artifact
 *   (`addFragment` of a repeatable), so a reader meets the header cells once.
 * - rendering (`Renderer.renderPages`, `renderLine`, `renderVector`, `renderImage`, `renderSVG`,
 *   clips, watermark, `TextDecorator`) marks each item for its owner (`content-marker.ts`); a line's
 *   runs are marked one by one, so a link's words go into a `Link` element with its annotation.
 *   After the last page the tree is written (`write-structure.ts`).
 *
 * A document with `tagged: false` takes pdfmake's path untouched. To drop this when pdfmake tags
 * by itself: remove `installTagging()` from `render-pdf.ts`; the definitions' `tag`, `alt` and
 * `lang` properties are plain data pdfmake ignores.
 */
import { createRequire } from 'node:module';
import { ContentMarker, type LinkedRun, linkTarget, type MarkingDocument } from './content-marker.ts';
import { LayoutStructure } from './layout-structure.ts';
import type { HeadingStyles } from './node-roles.ts';
import { artifacts, type Owner, type PdfReference, type StructElement } from './structure.ts';
import { type StructureDocument, writeStructure } from './write-structure.ts';

const requireFromPdfmake = createRequire(createRequire(import.meta.url).resolve('pdfmake'));
type Method = (this: never, ...args: never[]) => unknown;
type Prototype = Record<string, Method>;
const prototypeOf = (file: string) =>
  (requireFromPdfmake(file) as { default: { prototype: Prototype } }).default.prototype;

/** Where a placed item's owner is kept; a string key, since pdfmake copies items by their keys. */
const ownerKey = '_valmisteluOwner';
type Stamped = { [ownerKey]?: Owner };

interface PdfDocument extends MarkingDocument, StructureDocument {
  options: { tagged?: boolean; lang?: string; displayTitle?: boolean };
  info: { Title?: unknown };
  version: number;
  appendXML(xml: string): void;
  page: { dictionary: PdfReference; height: number };
  text(...args: unknown[]): unknown;
  addPage(...args: unknown[]): unknown;
  annotate(x: number, y: number, w: number, h: number, options: Record<string, unknown>): unknown;
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

/** The tree of the document being laid out; layout is synchronous, so one at a time. */
let layout: LayoutStructure | undefined;
/** Trees laid out and waiting for their document's rendering. */
const laidOut = new WeakMap<object, StructElement>();
/** The marker of the document being rendered; rendering is synchronous too. */
let rendering: { doc: PdfDocument; marker: ContentMarker } | undefined;

const stamp = (item: Stamped, owner: Owner | undefined) => {
  if (owner) item[ownerKey] = owner;
};

function wrap(prototype: Prototype, name: string, replacement: (original: Method) => Method): void {
  const original = prototype[name];
  if (!original) throw new Error(`pdfmake has no method ${name}: check tagging when upgrading pdfmake`);
  prototype[name] = replacement(original);
}

function installLayout(headingStyles: HeadingStyles): void {
  const builder = prototypeOf('./LayoutBuilder.js');
  wrap(
    builder,
    'tryLayoutDocument',
    (original) =>
      function (this: unknown, ...args: never[]) {
        const pdfDocument = args[1] as unknown as PdfDocument;
        const previous = layout;
        layout = pdfDocument.options.tagged ? new LayoutStructure(headingStyles) : undefined;
        try {
          const result = original.apply(this as never, args);
          if (layout) laidOut.set(pdfDocument, layout.root);
          return result;
        } finally {
          layout = previous;
        }
      },
  );
  wrap(
    builder,
    'processNode',
    (original) =>
      function (this: unknown, ...args: never[]) {
        if (!layout) return original.apply(this as never, args);
        const structure = layout;
        structure.enter(args[0] as unknown as object);
        try {
          return original.apply(this as never, args);
        } finally {
          structure.exit();
        }
      },
  );
  for (const [name, artifact] of [
    ['addHeadersAndFooters', artifacts.Pagination],
    ['addBackground', artifacts.Background],
  ] as const) {
    wrap(
      builder,
      name,
      (original) =>
        function (this: unknown, ...args: never[]) {
          if (!layout) return original.apply(this as never, args);
          const structure = layout;
          structure.enterArtifact(artifact);
          try {
            return original.apply(this as never, args);
          } finally {
            structure.exit();
          }
        },
    );
  }

  const writer = prototypeOf('./ElementWriter.js');
  wrap(
    writer,
    'addLine',
    (original) =>
      function (this: unknown, ...args: never[]) {
        const line = args[0] as unknown as PlacedLine;
        if (layout) stamp(line, layout.ownerOfLine(line.inlines[0]));
        return original.apply(this as never, args);
      },
  );
  for (const name of ['addImage', 'addSVG', 'addVector', 'addQr']) {
    wrap(
      writer,
      name,
      (original) =>
        function (this: unknown, ...args: never[]) {
          if (layout) stamp(args[0] as unknown as Stamped, layout.current());
          return original.apply(this as never, args);
        },
    );
  }
  wrap(
    writer,
    'addFragment',
    (original) =>
      function (
        this: { context(): { getCurrentPage(): { items: { item: Stamped }[] } | null } },
        ...args: never[]
      ) {
        const block = args[0] as unknown as { insertedOnPages?: unknown };
        // Only a repeatable (a table's header rows on a following page) has `insertedOnPages`.
        const page = layout && block.insertedOnPages !== undefined ? this.context().getCurrentPage() : null;
        const before = page ? new Set(page.items) : undefined;
        const result = original.apply(this as never, args);
        if (page && before)
          for (const placed of page.items) if (!before.has(placed)) stamp(placed.item, artifacts.Pagination);
        return result;
      },
  );
}

const ownerOf = (item: Stamped | undefined, doc: PdfDocument): Owner =>
  item?.[ownerKey] ?? laidOut.get(doc) ?? artifacts.Layout;

function installRendering(): void {
  const renderer = prototypeOf('./Renderer.js');
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
        const { addPage, annotate } = doc;
        doc.addPage = function (this: PdfDocument, ...pageArgs: unknown[]) {
          marker.close();
          return addPage.apply(this, pageArgs);
        };
        doc.annotate = function (this: PdfDocument, x, y, w, h, options) {
          const parent = options.Subtype === 'Link' ? marker.annotationParent() : undefined;
          if (parent) {
            options.structParent = parent;
            options.Contents ??= new String(annotationText ?? '');
          }
          return annotate.call(this, x, y, w, h, options);
        };
        try {
          const result = original.apply(this as never, args);
          marker.close();
          writeStructure(doc, root);
          if (identifiesAsPdfUa(doc)) doc.appendXML(pdfUaIdentification);
          return result;
        } finally {
          rendering = previous;
          laidOut.delete(doc);
          Reflect.deleteProperty(doc, 'addPage');
          Reflect.deleteProperty(doc, 'annotate');
        }
      },
  );
  wrap(
    renderer,
    'renderLine',
    (original) =>
      function (this: { pdfDocument: PdfDocument }, ...args: never[]) {
        if (!rendering) return original.apply(this as never, args);
        const { doc, marker } = rendering;
        const line = args[0] as unknown as PlacedLine;
        const owner = ownerOf(line, doc);
        const { text } = doc;
        let index = 0;
        // pdfmake draws a line's runs one `text` call each, in order: each is marked as it is drawn.
        doc.text = function (this: PdfDocument, ...textArgs: unknown[]) {
          const run = line.inlines[index++];
          if (run) {
            marker.text(owner, run);
            annotationText = linkText(line, index - 1);
          }
          return text.apply(this, textArgs);
        };
        try {
          return original.apply(this as never, args);
        } finally {
          Reflect.deleteProperty(doc, 'text');
          annotationText = undefined;
        }
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
  const decorator = prototypeOf('./TextDecorator.js');
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
let annotationText: string | undefined;
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
 * `verify/` and the tests read the other requirements back from the file.
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

const installed = Symbol.for('valmistelu.tagging');
const holder = globalThis as { [installed]?: boolean };

/**
 * Installs tagging for this process; later calls do nothing. `headingStyles` names the styles
 * that make a text a heading, with its level, for nodes that carry no `tag` of their own.
 */
export function installTagging(headingStyles: HeadingStyles): void {
  if (holder[installed]) return;
  holder[installed] = true;
  installLayout(headingStyles);
  installRendering();
}
