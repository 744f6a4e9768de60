/**
 * Start-up of everything in this folder: the installed versions are checked against the ones the
 * wrappers were written for, then each wrapper is installed on pdfmake's classes, in the order
 * rendering has always used. Either step throws `InternalsMismatch`, naming the file to revisit,
 * before a document is rendered.
 */

import { installBatchedStreamWrites } from './batched-stream-writes.ts';
import { installEarlyPageBreaks } from './early-page-breaks.ts';
import { installFontAliases } from './font-aliases.ts';
import { installLinearTextLayout } from './linear-text-layout.ts';
import { installMeasureOnce } from './measure-once.ts';
import { installMeasureStyleLookup } from './measure-style-lookup.ts';
import { shareParsedFonts } from './shared-fonts.ts';
import { installSvgMeasureOnce } from './svg-measure-once.ts';
import { installTagging } from './tagging/install-tagging.ts';
import type { HeadingStyles } from './tagging/node-roles.ts';
import { installedVersions, type Library, type PdfmakeClasses, pdfmakeClasses } from './upstream.ts';
import { checkVersions } from './versions.ts';
import { installWidthCache } from './width-cache.ts';
import { installXmpInfoEscape } from './xmp-info-escape.ts';

export interface InternalsOptions {
  /** The font files shared by every document (`shared-fonts.ts`). */
  fontPaths: Iterable<string>;
  /** pdfmake's virtual file system, where the fonts' handles go. */
  virtualfs: { writeFileSync(name: string, content: Buffer): void };
  /** The styles that make a text a heading, for tagging. */
  headingStyles: HeadingStyles;
  /** The classes to install on; pdfmake's own unless a test hands in others. */
  classes?: PdfmakeClasses;
  /** The versions installed; read from their package.json unless a test hands in others. */
  versions?: Record<Library, string>;
}

// On the global object, so that a second copy of this module (a test runner re-importing it)
// does not wrap the same classes twice.
const installedKey = Symbol.for('valmistelu.pdfInternals');
const holder = globalThis as { [installedKey]?: WeakSet<object> };

/** Checks the versions and installs every wrapper on `classes`; later calls for the same classes do nothing. */
export function installInternals(options: InternalsOptions): void {
  checkVersions(options.versions ?? installedVersions());
  const classes = options.classes ?? pdfmakeClasses();
  holder[installedKey] ??= new WeakSet();
  if (holder[installedKey].has(classes.PDFDocument)) return;
  shareParsedFonts(classes, options.fontPaths, options.virtualfs);
  installLinearTextLayout(classes);
  installMeasureStyleLookup(classes);
  installMeasureOnce(classes);
  installEarlyPageBreaks(classes);
  installSvgMeasureOnce(classes);
  installFontAliases(classes);
  installWidthCache(classes);
  installBatchedStreamWrites(classes);
  installXmpInfoEscape(classes);
  installTagging(classes, options.headingStyles);
  holder[installedKey].add(classes.PDFDocument);
}
