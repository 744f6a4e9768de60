/**
 * `@valmistelu/pdf`: the organisation chart, the timelines, a PDF per group report and a pack per
 * steering-group meeting, on pdfmake, from the content model and the reports' MDX trees.
 */
export { type BuildAllPdfsOptions, buildAllPdfs, type PdfProgress } from './build-all-pdfs.ts';
export {
  type BuildMeetingPackOptions,
  buildMeetingPack,
  buildMembersEdition,
  membersEditionFiles,
} from './build-meeting-pdfs.ts';
export { type BuildReportPdfOptions, buildReportPdf } from './build-report-pdf.ts';
export { organisationChartDocument, timelineDocument } from './documents/chart-documents.ts';
export type { Edition } from './documents/edition.ts';
export { meetingPackDocument } from './documents/meeting-pack.ts';
export { minutesDocument } from './documents/minutes.ts';
export { type BuiltDocument, reportDocument } from './documents/report-document.ts';
export type { ReportInput } from './documents/report-parts.ts';
export {
  embeddedFonts,
  type FontFamily,
  findUndrawableCharacters,
  type GlyphCoverage,
  type UndrawableCharacter,
  undrawableCharacterMessages,
} from './glyph-check.ts';
export { type LoadedImages, loadImages } from './load-images.ts';
export {
  type BodyOptions,
  type ContentLookup,
  type LocatedMessage,
  mdastToPdfmake,
  type RenderedBody,
} from './mdast/index.ts';
export type { PdfMessage } from './messages.ts';
export { pdfCacheDir } from './pdf-cache.ts';
export type { BuildPdfsOptions, BuildPdfsResult } from './pdf-output.ts';
export { renderPdf } from './render-pdf.ts';
export { loadReportInputs } from './report-inputs.ts';
