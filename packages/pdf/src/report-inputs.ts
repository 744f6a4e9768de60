/** Pairs each report with its parsed body and loads the body's images: the async part of reports. */
import type { ItemSource, LoadedContent } from '@valmistelu/content';
import type { Root } from 'mdast';
import type { ReportInput } from './documents/report-parts.ts';
import { loadImages } from './load-images.ts';

/** The part of `LoadedContent` the PDFs read: plain data, so it can be sent to a worker thread. */
export interface PdfSources {
  content: LoadedContent['content'];
  contentDir: string;
  sources: { reports: readonly Pick<ItemSource, 'file' | 'tree'>[] };
}

/** Only the PDFs' part of `loaded`, leaving out what a worker does not need (YAML documents). */
export function pdfSourcesOf(loaded: PdfSources): PdfSources {
  const reports = loaded.sources.reports.map(({ file, tree }) => ({ file, tree }));
  return { content: loaded.content, contentDir: loaded.contentDir, sources: { reports } };
}

const emptyTree: Root = { type: 'root', children: [] };

export async function loadReportInputs(
  loaded: PdfSources,
  ids?: readonly string[],
): Promise<Map<string, ReportInput>> {
  const inputs = new Map<string, ReportInput>();
  for (const [index, report] of loaded.content.reports.entries()) {
    if (ids && !ids.includes(report.id)) continue;
    const source = loaded.sources.reports[index];
    const file = source?.file ?? report.id;
    const tree = source?.tree;
    const images = await loadImages(tree ?? emptyTree, { file, contentDir: loaded.contentDir });
    inputs.set(report.id, { report, tree, file, images });
  }
  return inputs;
}
