/**
 * The edge: builds every document of a content folder and writes each at its published path
 * (`urls.*Pdf`) under the output folder. Content problems come back as messages, never thrown.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import type { LoadedContent } from '@valmistelu/content';
import { urls } from '@valmistelu/domain/urls';
import { meetingPackDocument } from './documents/meeting-pack.ts';
import { minutesDocument } from './documents/minutes.ts';
import { type BuiltDocument, reportDocument } from './documents/report-document.ts';
import { jobInputKeys } from './job-inputs.ts';
import type { PdfMessage } from './messages.ts';
import {
  cachedPdfStamp,
  copyCachedPdf,
  type InputEntry,
  pruneCachedPdfs,
  readInputIndex,
  writeInputIndex,
} from './pdf-cache.ts';
import {
  type JobTarget,
  listPdfJobs,
  type PdfJob,
  type RenderedJob,
  renderBuilt,
  renderJob,
  reportIdsOf,
  withIdentity,
} from './pdf-jobs.ts';
import { startRenderPool } from './render-pool.ts';
import {
  actionsOf,
  loadReportInputs,
  type PdfSources,
  pdfSourcesOf,
  slimPdfSources,
} from './report-inputs.ts';

export interface BuildPdfsOptions {
  loaded: LoadedContent;
  /** The site's output folder; PDFs go under its `pdf/`. */
  outDir: string;
}

export interface BuildAllPdfsOptions extends BuildPdfsOptions {
  /**
   * Worker threads rendering at once; 1 renders in this thread. Default: one per core once there
   * are enough documents to pay for starting them. The files are the same bytes either way.
   */
  threads?: number;
  /**
   * Where PDFs are kept between builds (`pdfCacheDir`): a document whose definition was rendered
   * before is copied from there, and the entries this build did not use are removed.
   */
  cacheDir?: string;
  /** Told of each document written, for a progress line. */
  onProgress?: (progress: PdfProgress) => void;
}

/** How far `buildAllPdfs` is: documents written of all, and the one just written. */
export interface PdfProgress {
  done: number;
  total: number;
  /** The published path of the document just written. */
  current?: string;
}

export interface BuildPdfsResult {
  /** Absolute paths of the files written, in the order of the documents. */
  files: string[];
  messages: PdfMessage[];
  /**
   * Of `buildAllPdfs`' documents, those whose inputs were those of a document of the last build:
   * copied from the cache without building their definitions.
   */
  unchanged?: number;
}

/** Where a document published at `sitePath` lies under the output folder. */
function outputFile(outDir: string, sitePath: string): string {
  return join(outDir, ...sitePath.split('/').filter(Boolean));
}

/** Writes one rendered document at its published path; a document that failed writes nothing. */
async function write(outDir: string, { sitePath, bytes }: RenderedJob): Promise<string[]> {
  if (!bytes) return [];
  const file = outputFile(outDir, sitePath);
  await mkdir(dirname(file), { recursive: true });
  // Written beside and renamed, so a reader never sees half a PDF when `pdf` or `pack` runs alone.
  const partial = `${file}.${process.pid}.partial`;
  await writeFile(partial, bytes);
  await rename(partial, file);
  return [file];
}

async function renderAndWrite(
  loaded: PdfSources,
  outDir: string,
  target: JobTarget,
  build: () => BuiltDocument,
): Promise<BuildPdfsResult> {
  const rendered = await renderBuilt(target, () => withIdentity(build(), loaded));
  return { files: await write(outDir, rendered), messages: dedupe(rendered.messages) };
}

/**
 * A worker costs about a second of CPU before its first PDF (loading the modules and fonts, and
 * a cold JIT), and the two cores of the benchmark machine give about 1.3× together, not 2×: the
 * default content (20 documents, 1.4 s in one thread) took 3 s in two workers, 10× the content
 * (164 documents) 22 s in one thread and 19 s in two. Below a few dozen documents one thread wins.
 */
const minJobsPerWorker = 32;

function defaultThreads(jobs: number): number {
  return Math.min(availableParallelism(), Math.floor(jobs / minJobsPerWorker));
}

/**
 * Organisation chart, every timeline, a PDF per report and a pack per steering-body meeting.
 * With a cache, a job whose inputs are those of a job of the last build is copied from there
 * first (`job-inputs.ts`); the rest are rendered. With more than one thread those render in a
 * worker pool while this thread writes the files; `files` and `messages` keep the documents'
 * order whichever worker finishes first.
 */
export async function buildAllPdfs({
  loaded: everything,
  outDir,
  threads,
  cacheDir,
  onProgress,
}: BuildAllPdfsOptions): Promise<BuildPdfsResult> {
  const loaded = pdfSourcesOf(everything);
  const jobs = listPdfJobs(loaded.content);
  const cache = cacheDir === undefined ? undefined : { dir: cacheDir };
  const slim = slimPdfSources(loaded);
  const inputKeyOf = cache && (await jobInputKeys(loaded, slim));
  const known = cache ? await readInputIndex(cache) : new Map<string, InputEntry>();
  const index = new Map<string, InputEntry>();
  const used = new Set<string>();
  const results: { files: string[]; messages: PdfMessage[] }[] = [];
  let done = 0;
  const counted = (result: { files: string[]; messages: PdfMessage[] }, current?: string) => {
    done += 1;
    onProgress?.({ done, total: jobs.length, ...(current && { current }) });
    return result;
  };
  onProgress?.({ done, total: jobs.length });

  const toRender: { job: PdfJob; position: number; inputKey?: string }[] = [];
  for (const [position, job] of jobs.entries()) {
    const inputKey = inputKeyOf?.(job);
    const entry = inputKey === undefined ? undefined : known.get(inputKey);
    const file = entry && outputFile(outDir, entry.sitePath);
    if (cache && inputKey && entry && file && (await copyCachedPdf(cache, entry, file))) {
      used.add(entry.document);
      index.set(inputKey, entry);
      results[position] = counted({ files: [file], messages: entry.messages }, entry.sitePath);
    } else toRender.push({ job, position, ...(inputKey && { inputKey }) });
  }

  // Counted once written, in the order the documents finish.
  const collect = async (task: (typeof toRender)[number], rendered: RenderedJob | undefined) => {
    if (rendered?.cacheKey) {
      used.add(rendered.cacheKey);
      const stamp = cache && (await cachedPdfStamp(cache, rendered.cacheKey));
      if (task.inputKey && rendered.bytes && stamp)
        index.set(task.inputKey, {
          document: rendered.cacheKey,
          sitePath: rendered.sitePath,
          messages: rendered.messages,
          stamp,
        });
    }
    results[task.position] = counted(
      rendered
        ? { files: await write(outDir, rendered), messages: rendered.messages }
        : { files: [], messages: [] },
      rendered?.sitePath,
    );
  };
  const size = Math.max(1, Math.min(threads ?? defaultThreads(toRender.length), toRender.length));
  if (size === 1) {
    const ids = new Set(toRender.flatMap(({ job }) => reportIdsOf(loaded.content, job)));
    const inputs = await loadReportInputs(loaded, [...ids]);
    for (const task of toRender) await collect(task, await renderJob(loaded, inputs, task.job, cache));
  } else {
    const pool = startRenderPool(loaded, size, { ...(cache && { cache }), slim });
    try {
      await Promise.all(toRender.map(async (task) => collect(task, await pool.render(task.job))));
    } finally {
      await pool.close();
    }
  }
  if (cache) {
    await writeInputIndex(cache, index);
    await pruneCachedPdfs(cache, used);
  }
  return {
    files: results.flatMap((result) => result.files),
    messages: dedupe(results.flatMap((result) => result.messages)),
    unchanged: jobs.length - toRender.length,
  };
}

export interface BuildMeetingPackOptions extends BuildPdfsOptions {
  meetingId: string;
}

function unknownMeeting(loaded: LoadedContent, meetingId: string): BuildPdfsResult {
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

/** The members' edition's file names: flat, so the folder is easy to hand over as it is. */
export const membersEditionFiles = {
  pack: (meetingId: string) => `${meetingId}-kokousaineisto-ei-julkinen.pdf`,
  minutes: (meetingId: string) => `${meetingId}-poytakirja-ei-julkinen.pdf`,
};

/**
 * The members' edition of a meeting: the pack and, when they are recorded, the minutes, from the
 * content given (the whole content, confidential items included), every page marked not public.
 * The caller chooses a folder outside the public output.
 */
export async function buildMembersEdition({
  loaded,
  meetingId,
  outDir,
}: BuildMeetingPackOptions): Promise<BuildPdfsResult> {
  const meeting = loaded.content.meetings.find((candidate) => candidate.id === meetingId);
  if (!meeting) return unknownMeeting(loaded, meetingId);
  const inputs = await loadReportInputs(
    loaded,
    meeting.agenda.flatMap((item) => item.reports),
  );
  const source = join(loaded.contentDir, 'meetings', `${meeting.id}.yaml`);
  const pack = await renderAndWrite(
    loaded,
    outDir,
    { sitePath: membersEditionFiles.pack(meeting.id), source },
    () =>
      meetingPackDocument(loaded.content, meeting, inputs, {
        edition: 'members',
        actions: actionsOf(loaded),
      }),
  );
  if (!meeting.minutes) return pack;
  const minutes = await renderAndWrite(
    loaded,
    outDir,
    { sitePath: membersEditionFiles.minutes(meeting.id), source },
    () => minutesDocument(loaded.content, meeting, { edition: 'members' }),
  );
  return {
    files: [...pack.files, ...minutes.files],
    messages: dedupe([...pack.messages, ...minutes.messages]),
  };
}

/** One meeting's pack; an unknown meeting id is a message, with no file written. */
export async function buildMeetingPack({
  loaded,
  meetingId,
  outDir,
}: BuildMeetingPackOptions): Promise<BuildPdfsResult> {
  const meeting = loaded.content.meetings.find((candidate) => candidate.id === meetingId);
  if (!meeting) return unknownMeeting(loaded, meetingId);
  const ids = meeting.agenda.flatMap((item) => item.reports);
  const inputs = await loadReportInputs(loaded, ids);
  const target = {
    sitePath: urls.meetingPackPdf(meeting.id),
    source: join(loaded.contentDir, 'meetings', `${meeting.id}.yaml`),
  };
  return renderAndWrite(loaded, outDir, target, () =>
    meetingPackDocument(loaded.content, meeting, inputs, { actions: actionsOf(loaded) }),
  );
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
  const target = { sitePath: urls.reportPdf(reportId), source: input.file };
  return renderAndWrite(loaded, outDir, target, () => reportDocument(loaded.content, input));
}
