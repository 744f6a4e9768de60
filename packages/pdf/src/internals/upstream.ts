/**
 * The one place that loads pdfmake's, pdfkit's and fontkit's files by path: pdfmake's classes
 * (which it does not export), the fontkit instance pdfkit calls, pdfmake's bundled fonts, and the
 * installed versions. Everything else reaches those libraries through what this module hands out,
 * so an upgrade has one list of files to revisit (`README.md`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const requireFromHere = createRequire(import.meta.url);
const requireFromPdfmake = createRequire(requireFromHere.resolve('pdfmake'));

/** A class of pdfmake's or pdfkit's as the wrappers see it: its prototype and its own statics. */
export interface UpstreamClass {
  readonly name: string;
  readonly prototype: object;
}

/** The pdfmake classes the wrappers touch, by their file in pdfmake's `js/`. */
export interface PdfmakeClasses {
  LayoutBuilder: UpstreamClass;
  ElementWriter: UpstreamClass;
  Renderer: UpstreamClass;
  /** pdfmake's document, a subclass of pdfkit's: pdfkit's methods are reached through it. */
  PDFDocument: UpstreamClass;
  TextDecorator: UpstreamClass;
  TextInlines: UpstreamClass;
  Line: UpstreamClass;
  StyleContextStack: UpstreamClass;
  DocMeasure: UpstreamClass;
  SVGMeasure: UpstreamClass;
}

const classFiles: (keyof PdfmakeClasses)[] = [
  'LayoutBuilder',
  'ElementWriter',
  'Renderer',
  'PDFDocument',
  'TextDecorator',
  'TextInlines',
  'Line',
  'StyleContextStack',
  'DocMeasure',
  'SVGMeasure',
];

let loadedClasses: PdfmakeClasses | undefined;

/** pdfmake's classes, loaded on first use (loading them loads pdfkit, which `check` never needs). */
export function pdfmakeClasses(): PdfmakeClasses {
  loadedClasses ??= Object.fromEntries(
    classFiles.map((name) => [
      name,
      (requireFromPdfmake(`./${name}.js`) as { default: UpstreamClass }).default,
    ]),
  ) as unknown as PdfmakeClasses;
  return loadedClasses;
}

export interface Fontkit {
  create(bytes: Uint8Array): object;
  registerFormat(format: {
    probe(bytes: Uint8Array): boolean;
    new (stream: { buffer: Uint8Array }): object;
  }): void;
}

let loadedFontkit: Fontkit | undefined;

/**
 * The fontkit that pdfmake's pdfkit loads, not a copy of our own: a format must be registered on
 * the instance pdfkit calls. Loaded on first use; resolving it does not load pdfkit.
 */
export function fontkit(): Fontkit {
  loadedFontkit ??= createRequire(requireFromPdfmake.resolve('pdfkit'))('fontkit') as Fontkit;
  return loadedFontkit;
}

/** A font file bundled with pdfmake, e.g. `Roboto/Roboto-Regular.ttf`. */
export function pdfmakeFontFile(file: string): string {
  return requireFromHere.resolve(`pdfmake/fonts/${file}`);
}

export type Library = 'pdfmake' | 'pdfkit' | 'fontkit';

/** The `version` of the package.json above `entry` that names `library`. */
function versionAbove(entry: string, library: Library): string {
  for (let folder = path.dirname(entry); folder !== path.dirname(folder); folder = path.dirname(folder)) {
    const file = path.join(folder, 'package.json');
    if (!existsSync(file)) continue;
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
    if (manifest.name === library && manifest.version) return manifest.version;
  }
  throw new Error(`no package.json of ${library} above ${entry}`);
}

/** The versions installed: pdfmake ours, pdfkit pdfmake's, fontkit pdfkit's. */
export function installedVersions(): Record<Library, string> {
  const pdfkitEntry = requireFromPdfmake.resolve('pdfkit');
  return {
    pdfmake: versionAbove(requireFromHere.resolve('pdfmake'), 'pdfmake'),
    pdfkit: versionAbove(pdfkitEntry, 'pdfkit'),
    fontkit: versionAbove(createRequire(pdfkitEntry).resolve('fontkit'), 'fontkit'),
  };
}
