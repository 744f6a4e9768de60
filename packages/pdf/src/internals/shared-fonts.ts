/**
 * Font files parsed once per process (once per worker thread) and shared by every document.
 *
 * Why a font format rather than an option: pdfkit 0.19 takes a font only as a path or bytes
 * (`PDFFontSource`) and hands the bytes to `fontkit.create` whenever a document opens a font, so
 * every document re-parsed its fonts (about 8 ms each before the first line is measured), and chart
 * text in SVG, which pdfkit opens by path, read and parsed a whole file again for every `<text>`.
 * Neither pdfkit nor pdfmake 0.3 has an option that takes a parsed font. fontkit's exported
 * `registerFormat` is the one public seam between them: documents receive a small handle instead
 * of the TTF bytes (pdfmake from its virtual file system, SVG text through pdfkit's `registerFont`),
 * and the format registered here answers `fontkit.create(handle)` with the parsed font.
 *
 * Each open gets its own view of the parsed font, sharing the decoded tables but with an empty
 * glyph cache, as a fresh parse had: a glyph's code points (written to the ToUnicode map) then come
 * from the document itself, so a PDF's bytes never depend on which documents the process rendered
 * before it.
 */
import { readFileSync } from 'node:fs';
import { fontkit, type PdfmakeClasses } from './upstream.ts';
import { wrap } from './wrap.ts';

interface DecodeStream {
  buffer: Uint8Array;
}
type ParsedFont = object;
interface PdfkitFonts {
  initFonts(...args: unknown[]): void;
  registerFont(name: string, src: Uint8Array): void;
}
interface VirtualFileSystem {
  writeFileSync(name: string, content: Buffer): void;
}

const prefix = 'valmistelu-parsed-font:';

interface SharedFontState {
  parsed: Map<string, ParsedFont>;
  parseCount: number;
  /** How many times a document opened a font (each open gets a view). */
  openCount: number;
  /** Whether pdfmake's documents get the shared fonts (`shareParsedFonts`). */
  shared: boolean;
}

// Kept on the global object rather than in this module, so that a second copy of this module (a
// test runner re-importing it) finds the fonts and the override the first one installed.
const stateKey = Symbol.for('valmistelu.sharedFonts');
const holder = globalThis as { [stateKey]?: SharedFontState };

function sharedState(): SharedFontState {
  holder[stateKey] ??= { parsed: new Map(), parseCount: 0, openCount: 0, shared: false };
  return holder[stateKey];
}

function pathOfHandle(bytes: Uint8Array): string | undefined {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  return text.startsWith(prefix) ? text.slice(prefix.length) : undefined;
}

/**
 * The font file at `path`, parsed once per process. Only for reading the font (its character
 * map, as `undrawable-characters.ts` does); documents get views of it (`viewOf`).
 */
export function parsedFont(path: string): ParsedFont {
  const state = sharedState();
  let font = state.parsed.get(path);
  if (!font) {
    font = fontkit().create(readFileSync(path));
    state.parsed.set(path, font);
    state.parseCount += 1;
  }
  return font;
}

function viewOf(path: string): ParsedFont {
  sharedState().openCount += 1;
  // Lazily cached fontkit getters (`_layoutEngine`, `bbox`) land on the view, never on the shared font.
  return Object.assign(Object.create(parsedFont(path)) as ParsedFont, { _glyphs: {} });
}

class ParsedFontHandle {
  static probe(bytes: Uint8Array): boolean {
    return pathOfHandle(bytes) !== undefined;
  }

  constructor(stream: DecodeStream) {
    const path = pathOfHandle(stream.buffer);
    if (path === undefined) throw new Error('not a parsed-font handle');
    // biome-ignore lint/correctness/noConstructorReturn: fontkit constructs formats with `new`; this one hands back the shared font.
    return viewOf(path);
  }
}

/**
 * Puts a handle for each font file in pdfmake's virtual file system under the file's path, and
 * registers the same handles on every pdfmake document so that SVG text opening a font by path
 * gets it too. Call once, before rendering; later calls do nothing.
 */
export function shareParsedFonts(
  classes: PdfmakeClasses,
  paths: Iterable<string>,
  virtualfs: VirtualFileSystem,
): void {
  const state = sharedState();
  if (state.shared) return;
  state.shared = true;
  const handles = new Map([...paths].map((path) => [path, Buffer.from(`${prefix}${path}`)] as const));
  wrap<PdfkitFonts['initFonts']>(
    classes.PDFDocument.prototype,
    'initFonts',
    'shared-fonts.ts',
    (initFonts) =>
      function initSharedFonts(this: PdfkitFonts, ...args: unknown[]) {
        initFonts.apply(this, args);
        for (const [path, handle] of handles) this.registerFont(path, handle);
      },
  );
  fontkit().registerFormat(ParsedFontHandle);
  for (const [path, handle] of handles) virtualfs.writeFileSync(path, handle);
}

/** How many font files this process has parsed; tests use it to see that documents share them. */
export function parsedFontCount(): number {
  return sharedState().parseCount;
}

/** How many times documents opened a font; tests use it to see that a document opens each once. */
export function openedFontCount(): number {
  return sharedState().openCount;
}
