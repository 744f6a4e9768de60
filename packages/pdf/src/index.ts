/**
 * `@valmistelu/pdf`: the document definitions of the organisation chart, the timelines, the group
 * reports, the meeting packs and the minutes, on pdfmake, from the content model and the
 * reports' MDX trees, and `renderPdf`, which turns a definition into the same bytes every time.
 * Writing them at their published paths, the cache and the worker pool are
 * `@valmistelu/pdf-publish`'s; reading PDFs back is `@valmistelu/pdf-verify`'s.
 */
export { type ContentOrigin, originOf } from './content-origin.ts';
export { pageFooter, pageMargins, runningHeader } from './documents/base.ts';
export { organisationChartDocument, timelineDocument } from './documents/chart-documents.ts';
export { withCoverIdentity } from './documents/cover-identity.ts';
export type { Edition } from './documents/edition.ts';
export { meetingPackDocument } from './documents/meeting-pack.ts';
export { minutesDocument } from './documents/minutes.ts';
export { type BuiltDocument, reportDocument } from './documents/report-document.ts';
export type { ReportInput } from './documents/report-parts.ts';
export { fontSize } from './documents/styles.ts';
export {
  embeddedFonts,
  type FontFamily,
  findUndrawableCharacters,
  type GlyphCoverage,
  type UndrawableCharacter,
  undrawableCharacterMessages,
} from './glyph-check.ts';
export { type LoadedImages, loadImages } from './load-images.ts';
export { locateRenderFailure } from './locate-render-failure.ts';
export {
  type BodyOptions,
  type ContentLookup,
  type LocatedMessage,
  mdastToPdfmake,
  type RenderedBody,
} from './mdast/index.ts';
export type { PdfMessage } from './messages.ts';
export type { PdfContent } from './pdfmake-types.ts';
export { renderPdf } from './render-pdf.ts';
export {
  actionsOf,
  loadReportInputs,
  type PdfSources,
  type PdfTranslation,
  pdfSourcesOf,
  type ReportTree,
  slimPdfSources,
  translatedReportIds,
  translatedReportKey,
  treesOf,
  withTrees,
} from './report-inputs.ts';
