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
 * - layout (`layout-hooks.ts`: `LayoutBuilder.tryLayoutDocument`, `processNode`, `addHeadersAndFooters`,
 *   `addBackground`) builds the tree as plain data (`layout-structure.ts`) and the writer's
 *   `addLine`, `addImage`, `addSVG`, `addVector` stamp what they place with its owner. pdfmake
 *   copies placed items with their own properties when it moves a block or repeats a table's
 *   header rows, so the stamp is a property; a repeated header row is re-stamped an artifact
 *   (`addFragment` of a repeatable), so a reader meets the header cells once.
 * - rendering (`render-hooks.ts`: `Renderer.renderPages`, `renderLine`, `renderVector`, `renderImage`, `renderSVG`,
 *   clips, watermark, `TextDecorator`) marks each item for its owner (`content-marker.ts`); a line's
 *   runs are marked one by one, so a link's words go into a `Link` element with its annotation.
 *   After the last page the tree is written (`write-structure.ts`).
 *
 * A document with `tagged: false` takes pdfmake's path untouched. To drop this when pdfmake tags
 * by itself: remove `installTagging()` from `../install.ts`; the definitions' `tag`, `alt` and
 * `lang` properties are plain data pdfmake ignores.
 */

import type { PdfmakeClasses } from '../upstream.ts';
import { installLayoutHooks } from './layout-hooks.ts';
import type { HeadingStyles } from './node-roles.ts';
import { installRenderHooks } from './render-hooks.ts';

/**
 * Installs tagging on the given classes; `installInternals` calls it once per process.
 * `headingStyles` names the styles that make a text a heading, with its level, for nodes that
 * carry no `tag` of their own.
 */
export function installTagging(classes: PdfmakeClasses, headingStyles: HeadingStyles): void {
  installLayoutHooks(classes, headingStyles);
  installRenderHooks(classes);
}
