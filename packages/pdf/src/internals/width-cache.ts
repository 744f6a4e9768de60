/**
 * Text widths computed once per font, size and text.
 *
 * Why: pdfmake measures every word of every text node (`TextInlines.widthOfText`), a word that
 * does not fit again while it is cut, and pdfkit measures each word once more as pdfmake draws it
 * (`_line` moves its cursor by the width). pdfkit keeps the shaped glyphs of each space-separated
 * piece of text per font, but every measurement still splits the text again, looks its pieces up
 * and adds their widths up: in the 90-page report of the benchmark 70,000 measurements, of which
 * 1,400 were of a text the font had not measured at that size before. Neither pdfmake nor pdfkit has an option for it.
 *
 * The width is kept per pdfkit font object, and so per document: each document opens its own
 * fonts. Only the first measurement of a text reaches pdfkit's own `widthOfString`, whose glyph
 * cache would have answered every later one, so the same glyphs are shaped in the same order and
 * the bytes of every PDF stay the same (a test renders documents both ways and compares). Text
 * with OpenType features set takes pdfkit's path, which pdfkit does not cache either.
 */
import type { PdfmakeClasses } from './upstream.ts';
import { method, wrap } from './wrap.ts';

type WidthOfString = (this: object, text: string, size: number, features?: unknown) => number;

interface FontPrototype {
  widthOfString: WidthOfString;
  layoutCached?: unknown;
}

type ProvideFont = (this: object, ...args: unknown[]) => object;

const file = 'width-cache.ts';

// On the global object, so that a second copy of this module (a test runner re-importing it)
// finds the work done.
const stateKey = Symbol.for('valmistelu.widthCache');
const holder = globalThis as {
  [stateKey]?: { font?: { prototype: FontPrototype; original: WidthOfString; cached: WidthOfString } };
};

/** Widths by font object, then font size, then text; a font lives as long as its document. */
const widths = new WeakMap<object, Map<number, Map<string, number>>>();

/** `widthOfString` answering a text the font has measured at that size before from memory. */
function remembering(original: WidthOfString): WidthOfString {
  return function cachedWidthOfString(text, size, features) {
    if (features) return original.call(this, text, size, features);
    let bySize = widths.get(this);
    if (!bySize) {
      bySize = new Map();
      widths.set(this, bySize);
    }
    let byText = bySize.get(size);
    if (!byText) {
      byText = new Map();
      bySize.set(size, byText);
    }
    let width = byText.get(text);
    if (width === undefined) {
      width = original.call(this, text, size, features);
      byText.set(text, width);
    }
    return width;
  };
}

/**
 * Remembers the widths measured in pdfkit's embedded fonts, on the given classes; `installInternals`
 * calls it once per process. pdfkit does not export its font class, so it is patched through the first embedded
 * font a document provides.
 */
export function installWidthCache(classes: PdfmakeClasses): void {
  const state: NonNullable<(typeof holder)[typeof stateKey]> = {};
  holder[stateKey] = state;
  const documentPrototype = classes.PDFDocument.prototype as { provideFont: ProvideFont };
  const ownProvideFont = Object.hasOwn(documentPrototype, 'provideFont');
  wrap<ProvideFont>(
    documentPrototype,
    'provideFont',
    file,
    (provideFont) =>
      function firstFont(this: object, ...args: unknown[]) {
        const font = provideFont.apply(this, args);
        const prototype = Object.getPrototypeOf(font) as FontPrototype;
        // Only embedded fonts shape text; pdfkit's standard fonts add up widths from a table.
        if (!state.font && prototype.layoutCached) {
          const original = method<WidthOfString>(prototype, 'widthOfString', file);
          const cached = remembering(original);
          prototype.widthOfString = cached;
          state.font = { prototype, original, cached };
          if (ownProvideFont) documentPrototype.provideFont = provideFont;
          else delete (documentPrototype as Partial<typeof documentPrototype>).provideFont;
        }
        return font;
      },
  );
}

/** Runs `render` with pdfkit's own measuring of widths, for tests that compare the two. */
export async function withoutWidthCache<T>(render: () => Promise<T>): Promise<T> {
  const font = holder[stateKey]?.font;
  if (!font) return render();
  font.prototype.widthOfString = font.original;
  try {
    return await render();
  } finally {
    font.prototype.widthOfString = font.cached;
  }
}
