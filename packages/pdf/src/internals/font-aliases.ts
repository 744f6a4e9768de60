/**
 * A font that a document opens again under a second name is remembered under that name.
 *
 * Why: pdfmake opens each font under its own name, and the text of a chart (SVG, drawn by
 * svg-to-pdfkit) asks pdfkit for the same font by its file's path, once per `<text>`. pdfkit's
 * `font()` then opens the file again (fontkit probes and decodes its tables), finds an equal font
 * already open under the same PostScript name (comparing name tables through JSON), uses that one,
 * and never remembers the path as a name for it: the next `<text>` does it all again. The meeting
 * pack's organisation chart has a label for every group (3,200 at 100× the default organisation).
 *
 * pdfkit numbers its fonts by the opens it makes, the dropped ones too, so a remembered name still
 * counts one: every PDF keeps its bytes (a test renders documents both ways and compares).
 */

import { speedUpSwitch } from './speed-up-switch.ts';
import type { PdfmakeClasses } from './upstream.ts';
import { wrap } from './wrap.ts';

const file = 'font-aliases.ts';

interface FontDocument {
  _registeredFonts: Record<string, unknown>;
  _fontFamilies: Record<string, object>;
  _fontCount: number;
  _font: object;
}

type FontMethod = (this: FontDocument, src: unknown, family?: unknown, size?: unknown) => FontDocument;

/** The names each document's fonts were remembered under here. */
const aliases = new WeakMap<FontDocument, Set<string>>();
const speedUp = speedUpSwitch();

/** The name pdfkit's `font()` looks the font up by. */
function nameOf(doc: FontDocument, src: unknown, family: unknown): string | undefined {
  if (typeof src === 'string' && doc._registeredFonts[src]) return src;
  const name = (typeof family === 'number' ? null : family) || src;
  return typeof name === 'string' ? name : undefined;
}

export function installFontAliases(classes: PdfmakeClasses): void {
  wrap<FontMethod>(
    classes.PDFDocument.prototype,
    'font',
    file,
    (font) =>
      function fontRememberingAliases(src, family, size) {
        const name = nameOf(this, src, family);
        const known = aliases.get(this);
        // The open pdfkit made, and dropped, before this name was remembered.
        if (name !== undefined && known?.has(name)) this._fontCount += 1;
        const result = font.call(this, src, family, size);
        if (speedUp.on && name !== undefined && !(name in this._fontFamilies)) {
          // pdfkit took an equal font open under another name: that font is this name's too.
          this._fontFamilies[name] = this._font;
          if (known) known.add(name);
          else aliases.set(this, new Set([name]));
        }
        return result;
      },
  );
}

/** Runs `render` with pdfkit's own `font()`, for tests that compare the two. */
export const withoutFontAliases = speedUp.without;
