/** One report's PDF, for the live preview. */
import { urls } from '@valmistelu/domain/urls';
import { loadReportInputs, reportDocument } from '@valmistelu/pdf';
import { type BuildPdfsOptions, type BuildPdfsResult, renderAndWrite } from './pdf-output.ts';

export interface BuildReportPdfOptions extends BuildPdfsOptions {
  reportId: string;
}

/** One report's PDF, for the live preview: regenerating a single report takes a fraction of a second. */
export async function buildReportPdf({
  loaded,
  reportId,
  outDir,
}: BuildReportPdfOptions): Promise<BuildPdfsResult> {
  const inputs = await loadReportInputs(loaded, [reportId]);
  const input = inputs.get(reportId);
  if (!input) return { files: [], messages: [] };
  const target = { sitePath: urls.reportPdf(reportId), source: input.file };
  return renderAndWrite(loaded, outDir, target, () => reportDocument(loaded.content, input));
}
