/**
 * The edge: builds every document of a content folder and writes each at its published path
 * (`urls.*Pdf`) under the output folder. Content problems come back as messages, never thrown.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { LoadedContent } from '@valmistelu/content';
import { urls } from '@valmistelu/domain/urls';
import { organisationChartDocument, timelineDocument } from './documents/chart-documents.ts';
import { meetingPackDocument } from './documents/meeting-pack.ts';
import { reportDocument } from './documents/report-document.ts';
import type { PdfMessage } from './messages.ts';
import type { TDocumentDefinitions } from './pdfmake-types.ts';
import { renderPdf } from './render-pdf.ts';
import { loadReportInputs } from './report-inputs.ts';

export interface BuildPdfsOptions {
  loaded: LoadedContent;
  /** The site's output folder; PDFs go under its `pdf/`. */
  outDir: string;
}

export interface BuildPdfsResult {
  /** Absolute paths of the files written, in the order written. */
  files: string[];
  messages: PdfMessage[];
}

/**
 * Renders and writes one document. pdfmake throws on what slipped past the checks (a font glyph
 * table it cannot read, say); that becomes a message about the source file, and other documents
 * are still written.
 */
async function write(
  outDir: string,
  sitePath: string,
  doc: TDocumentDefinitions,
  source: string,
  messages: PdfMessage[],
): Promise<string[]> {
  const file = join(outDir, ...sitePath.split('/').filter(Boolean));
  let bytes: Buffer;
  try {
    bytes = await renderPdf(doc);
  } catch (problem) {
    const reason = problem instanceof Error ? problem.message : String(problem);
    messages.push({
      file: source,
      line: 1,
      column: 1,
      message: `PDF:ää ${sitePath} ei voitu luoda: ${reason}`,
      severity: 'error',
      ruleId: 'pdf/render',
    });
    return [];
  }
  await mkdir(dirname(file), { recursive: true });
  // Written beside and renamed, so a reader never sees half a PDF when `pdf` or `pack` runs alone.
  const partial = `${file}.${process.pid}.partial`;
  await writeFile(partial, bytes);
  await rename(partial, file);
  return [file];
}

/** Organisation chart, every timeline, a PDF per report and a pack per steering-body meeting. */
export async function buildAllPdfs({ loaded, outDir }: BuildPdfsOptions): Promise<BuildPdfsResult> {
  const { content } = loaded;
  const files: string[] = [];
  const messages: PdfMessage[] = [];
  const inputs = await loadReportInputs(loaded);
  const source = (...path: string[]) => join(loaded.contentDir, ...path);
  files.push(
    ...(await write(
      outDir,
      urls.organisationChartPdf(),
      organisationChartDocument(content),
      source('bodies.yaml'),
      messages,
    )),
  );
  for (const timeline of content.timelines) {
    const doc = timelineDocument(content, timeline);
    files.push(
      ...(await write(
        outDir,
        urls.timelinePdf(timeline.id),
        doc,
        source('timelines', `${timeline.id}.yaml`),
        messages,
      )),
    );
  }
  for (const input of inputs.values()) {
    const built = reportDocument(content, input);
    messages.push(...built.messages);
    files.push(...(await write(outDir, urls.reportPdf(input.report.id), built.doc, input.file, messages)));
  }
  for (const meeting of content.meetings.filter(
    (candidate) => candidate.body === content.site.steeringBody,
  )) {
    // A report's own problems are reported once, by its own PDF, so the pack's are not added.
    const built = meetingPackDocument(content, meeting, inputs);
    files.push(
      ...(await write(
        outDir,
        urls.meetingPackPdf(meeting.id),
        built.doc,
        source('meetings', `${meeting.id}.yaml`),
        messages,
      )),
    );
  }
  return { files, messages: dedupe(messages) };
}

export interface BuildMeetingPackOptions extends BuildPdfsOptions {
  meetingId: string;
}

/** One meeting's pack; an unknown meeting id is a message, with no file written. */
export async function buildMeetingPack({
  loaded,
  meetingId,
  outDir,
}: BuildMeetingPackOptions): Promise<BuildPdfsResult> {
  const meeting = loaded.content.meetings.find((candidate) => candidate.id === meetingId);
  if (!meeting) {
    const known = loaded.content.meetings.map((candidate) => candidate.id).join(', ') || 'ei kokouksia';
    return {
      files: [],
      messages: [
        {
          file: join(loaded.contentDir, 'meetings'),
          line: 1,
          column: 1,
          message: `tuntematon kokous "${meetingId}" (kokoukset: ${known})`,
          severity: 'error',
          ruleId: 'pdf/meeting',
        },
      ],
    };
  }
  const ids = meeting.agenda.flatMap((item) => item.reports);
  const inputs = await loadReportInputs(loaded, ids);
  const built = meetingPackDocument(loaded.content, meeting, inputs);
  const messages = [...built.messages];
  const source = join(loaded.contentDir, 'meetings', `${meeting.id}.yaml`);
  const files = await write(outDir, urls.meetingPackPdf(meeting.id), built.doc, source, messages);
  return { files, messages: dedupe(messages) };
}

function dedupe(messages: readonly PdfMessage[]): PdfMessage[] {
  const seen = new Set<string>();
  return messages.filter((message) => {
    const key = `${message.file}:${message.line}:${message.column}:${message.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

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
  const built = reportDocument(loaded.content, input);
  const messages = [...built.messages];
  const files = await write(outDir, urls.reportPdf(reportId), built.doc, input.file, messages);
  return { files, messages: dedupe(messages) };
}
