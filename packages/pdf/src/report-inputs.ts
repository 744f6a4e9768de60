/** Pairs each report with its parsed body and loads the body's images: the async part of reports. */
import type { LoadedContent } from '@valmistelu/content';
import type { Root } from 'mdast';
import type { ReportInput } from './documents/report-parts.ts';
import { loadImages } from './load-images.ts';

const emptyTree: Root = { type: 'root', children: [] };

export async function loadReportInputs(
  loaded: LoadedContent,
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
