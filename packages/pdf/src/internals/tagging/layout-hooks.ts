/**
 * The layout half of tagging: while pdfmake lays a document out, the structure tree is built from
 * the nodes it visits (`layout-structure.ts`) and every line, image, SVG and vector it places is
 * stamped with the element it belongs to. Headers, footers and backgrounds are artifacts; a table's
 * header rows repeated on a later page are re-stamped as artifacts.
 */

import type { PdfmakeClasses } from '../upstream.ts';
import { LayoutStructure } from './layout-structure.ts';
import type { HeadingStyles } from './node-roles.ts';
import { laidOut, ownerKey, type Stamped, wrapFor } from './pdfmake-hooks.ts';
import { artifacts, type Owner } from './structure.ts';

interface LaidOutDocument {
  options: { tagged?: boolean };
}

interface PlacedLine extends Stamped {
  inlines: unknown[];
}

/** The tree of the document being laid out; layout is synchronous, so one at a time. */
let layout: LayoutStructure | undefined;

const stamp = (item: Stamped, owner: Owner | undefined) => {
  if (owner) item[ownerKey] = owner;
};

const wrap = wrapFor('layout-hooks.ts');

export function installLayoutHooks(classes: PdfmakeClasses, headingStyles: HeadingStyles): void {
  const builder = classes.LayoutBuilder.prototype;
  wrap(
    builder,
    'tryLayoutDocument',
    (original) =>
      function (this: unknown, ...args: never[]) {
        const pdfDocument = args[1] as unknown as LaidOutDocument;
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

  const writer = classes.ElementWriter.prototype;
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
