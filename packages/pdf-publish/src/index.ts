/**
 * `@valmistelu/pdf-publish`: every PDF of a content folder written at its published path, the
 * meeting packs and the members' edition one at a time, and a group report alone. Documents are
 * `@valmistelu/pdf`'s; here they become jobs, rendered in a worker pool when there are enough of
 * them and copied from the PDF cache when their inputs are unchanged.
 */
export { type BuildAllPdfsOptions, buildAllPdfs, type PdfProgress } from './build-all-pdfs.ts';
export {
  type BuildMeetingPackOptions,
  buildMeetingPack,
  buildMembersEdition,
  membersEditionFiles,
} from './build-meeting-pdfs.ts';
export { type BuildReportPdfOptions, buildReportPdf } from './build-report-pdf.ts';
export { pdfCacheDir } from './pdf-cache.ts';
export type { BuildPdfsOptions, BuildPdfsResult } from './pdf-output.ts';
export {
  openRemotePdfCache,
  parseCacheUrl,
  type RemoteCacheLocation,
  type RemotePdfCache,
} from './remote-cache.ts';
