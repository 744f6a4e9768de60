/**
 * What `buildAllPdfs` makes, one job per file, and how a job becomes PDF bytes. Jobs are plain
 * data, so the same function renders them in this thread or in a worker (`render-worker.ts`).
 */
import { join } from 'node:path';
import type { Content as Model } from '@valmistelu/domain/schema';
import { urls } from '@valmistelu/domain/urls';
import { organisationChartDocument, timelineDocument } from './documents/chart-documents.ts';
import { meetingPackDocument } from './documents/meeting-pack.ts';
import { reportDocument } from './documents/report-document.ts';
import type { ReportInput } from './documents/report-parts.ts';
import type { PdfMessage } from './messages.ts';
import type { TDocumentDefinitions } from './pdfmake-types.ts';
import { renderPdf } from './render-pdf.ts';
import type { PdfSources } from './report-inputs.ts';

export type PdfJob =
  | { kind: 'organisation-chart' }
  | { kind: 'timeline'; id: string }
  | { kind: 'report'; id: string }
  | { kind: 'meeting-pack'; id: string };

/** Organisation chart, every timeline, a PDF per report and a pack per steering-body meeting. */
export function listPdfJobs(content: Model): PdfJob[] {
  const reportIds = new Set(content.reports.map((report) => report.id));
  return [
    { kind: 'organisation-chart' },
    ...content.timelines.map((timeline): PdfJob => ({ kind: 'timeline', id: timeline.id })),
    ...[...reportIds].map((id): PdfJob => ({ kind: 'report', id })),
    ...content.meetings
      .filter((meeting) => meeting.body === content.site.steeringBody)
      .map((meeting): PdfJob => ({ kind: 'meeting-pack', id: meeting.id })),
  ];
}

/** The reports whose bodies a job renders: its own for a report, the agenda's for a pack. */
export function reportIdsOf(content: Model, job: PdfJob): string[] {
  if (job.kind === 'report') return [job.id];
  if (job.kind !== 'meeting-pack') return [];
  const meeting = content.meetings.find((candidate) => candidate.id === job.id);
  return meeting ? meeting.agenda.flatMap((item) => item.reports) : [];
}

export interface JobDocument {
  /** Where the site publishes it (`urls.*Pdf`). */
  sitePath: string;
  /** The content file that problems with the document point at. */
  source: string;
  doc: TDocumentDefinitions;
  messages: PdfMessage[];
}

export function jobDocument(
  loaded: PdfSources,
  inputs: ReadonlyMap<string, ReportInput>,
  job: PdfJob,
): JobDocument | undefined {
  const { content } = loaded;
  const source = (...path: string[]) => join(loaded.contentDir, ...path);
  switch (job.kind) {
    case 'organisation-chart':
      return {
        sitePath: urls.organisationChartPdf(),
        source: source('bodies.yaml'),
        doc: organisationChartDocument(content),
        messages: [],
      };
    case 'timeline': {
      const timeline = content.timelines.find((candidate) => candidate.id === job.id);
      if (!timeline) return undefined;
      return {
        sitePath: urls.timelinePdf(timeline.id),
        source: source('timelines', `${timeline.id}.yaml`),
        doc: timelineDocument(content, timeline),
        messages: [],
      };
    }
    case 'report': {
      const input = inputs.get(job.id);
      if (!input) return undefined;
      const built = reportDocument(content, input);
      return { sitePath: urls.reportPdf(job.id), source: input.file, ...built };
    }
    case 'meeting-pack': {
      const meeting = content.meetings.find((candidate) => candidate.id === job.id);
      if (!meeting) return undefined;
      // A report's own problems are reported once, by its own PDF, so the pack's are not added.
      const built = meetingPackDocument(content, meeting, inputs);
      return {
        sitePath: urls.meetingPackPdf(meeting.id),
        source: source('meetings', `${meeting.id}.yaml`),
        doc: built.doc,
        messages: [],
      };
    }
  }
}

export interface RenderedJob {
  sitePath: string;
  /** Absent when pdfmake could not render the document; `messages` then says why. */
  bytes?: Uint8Array;
  messages: PdfMessage[];
}

/**
 * pdfmake throws on what slipped past the checks (a font glyph table it cannot read, say); that
 * becomes a message about the source file, and other documents are still written.
 */
export async function renderJobDocument({
  sitePath,
  source,
  doc,
  messages,
}: JobDocument): Promise<RenderedJob> {
  try {
    return { sitePath, bytes: await renderPdf(doc), messages };
  } catch (problem) {
    const reason = problem instanceof Error ? problem.message : String(problem);
    return {
      sitePath,
      messages: [
        ...messages,
        {
          file: source,
          line: 1,
          column: 1,
          message: `PDF:ää ${sitePath} ei voitu luoda: ${reason}`,
          severity: 'error',
          ruleId: 'pdf/render',
        },
      ],
    };
  }
}

/** Renders one job in this thread; `undefined` when the job names nothing in the content. */
export async function renderJob(
  loaded: PdfSources,
  inputs: ReadonlyMap<string, ReportInput>,
  job: PdfJob,
): Promise<RenderedJob | undefined> {
  const document = jobDocument(loaded, inputs, job);
  return document && renderJobDocument(document);
}
