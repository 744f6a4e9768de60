/**
 * What `buildAllPdfs` makes, one job per file, and how a job becomes PDF bytes. Jobs are plain
 * data, so the same function renders them in this thread or in a worker (`render-worker.ts`).
 */
import { join } from 'node:path';
import type { ContentModel, Language } from '@valmistelu/domain/schema';
import { urls } from '@valmistelu/domain/urls';
import type { ContentOrigin, PdfMessage, PdfTranslation, ReportInput } from '@valmistelu/pdf';
import {
  actionsOf,
  type BuiltDocument,
  locateRenderFailure,
  meetingPackDocument,
  minutesDocument,
  organisationChartDocument,
  type PdfSources,
  renderPdf,
  reportDocument,
  timelineDocument,
  translatedReportIds,
  translatedReportKey,
  withCoverIdentity,
} from '@valmistelu/pdf';
import { documentKey, type PdfCache, readCachedPdf, writeCachedPdf } from './pdf-cache.ts';

export type PdfJob =
  /** In another language when some body, line or group is translated into it. */
  | { kind: 'organisation-chart'; language?: Language }
  /** In another language for a translated timeline. */
  | { kind: 'timeline'; id: string; language?: Language }
  /** In another language for a report with a translated body. */
  | { kind: 'report'; id: string; language?: Language }
  | { kind: 'meeting-pack'; id: string; language?: Language }
  /** In the main language when `language` is absent; in another from its translation. */
  | { kind: 'minutes'; id: string; language?: Language };

/**
 * The other languages' documents: the organisation chart where some of it is translated, each
 * translated timeline, each report with a translated body, and of each meeting translated into the language, a pack when it is the
 * steering body's and the minutes when it has them.
 */
function translatedJobs(content: ContentModel, translations: PdfSources['translations']): PdfJob[] {
  const published = new Set(content.reports.map((report) => report.id));
  return Object.entries(translations ?? {}).flatMap(([code, translation]) => {
    const language = code as Language;
    const translated = new Set(translation?.translated.meetings);
    const meetings = (translation?.content.meetings ?? []).filter((meeting) => translated.has(meeting.id));
    const steeringBody = translation?.content.site.steeringBody;
    const ids = translation?.translated;
    const chartTranslated = [ids?.bodies, ids?.lines, ids?.groups].some((list) => (list?.length ?? 0) > 0);
    return [
      ...(chartTranslated ? [{ kind: 'organisation-chart', language } as const] : []),
      // Only a report the main language publishes: a withheld one is withheld in every language.
      ...translatedReportIds(translation)
        .filter((id) => published.has(id))
        .map((id): PdfJob => ({ kind: 'report', id, language })),
      ...(ids?.timelines ?? []).map((id): PdfJob => ({ kind: 'timeline', id, language })),
      ...meetings
        .filter((meeting) => meeting.body === steeringBody)
        .map((meeting): PdfJob => ({ kind: 'meeting-pack', id: meeting.id, language })),
      ...meetings
        .filter((meeting) => meeting.minutes !== undefined)
        .map((meeting): PdfJob => ({ kind: 'minutes', id: meeting.id, language })),
    ];
  });
}

/**
 * Organisation chart, every timeline, a PDF per report, a pack per steering-body meeting and the
 * minutes of every meeting that has them; then the translated ones in each translation's language
 * (`translatedJobs`; `translations`: the site's other languages).
 */
export function listPdfJobs(content: ContentModel, translations?: PdfSources['translations']): PdfJob[] {
  const reportIds = new Set(content.reports.map((report) => report.id));
  return [
    { kind: 'organisation-chart' },
    ...content.timelines.map((timeline): PdfJob => ({ kind: 'timeline', id: timeline.id })),
    ...[...reportIds].map((id): PdfJob => ({ kind: 'report', id })),
    ...content.meetings
      .filter((meeting) => meeting.body === content.site.steeringBody)
      .map((meeting): PdfJob => ({ kind: 'meeting-pack', id: meeting.id })),
    ...content.meetings
      .filter((meeting) => meeting.minutes !== undefined)
      .map((meeting): PdfJob => ({ kind: 'minutes', id: meeting.id })),
    ...translatedJobs(content, translations),
  ];
}

/** The content a job's document is made from: the main language's, or its language's translation. */
function translationOf(loaded: PdfSources, job: PdfJob): PdfTranslation | undefined {
  return job.language ? loaded.translations?.[job.language] : undefined;
}

/** The reports whose bodies a job renders: its own for a report, the agenda's for a pack. */
export function reportIdsOf(content: ContentModel, job: PdfJob): string[] {
  if (job.kind === 'report') return [job.id];
  if (job.kind !== 'meeting-pack') return [];
  const meeting = content.meetings.find((candidate) => candidate.id === job.id);
  return meeting ? meeting.agenda.flatMap((item) => item.reports) : [];
}

/** Where the site publishes a job's document (`urls.*Pdf`), whether or not the content has it. */
export function publishedPath(job: PdfJob): string {
  switch (job.kind) {
    case 'organisation-chart':
      return urls.organisationChartPdf();
    case 'timeline':
      return urls.timelinePdf(job.id);
    case 'report':
      return urls.reportPdf(job.id);
    case 'meeting-pack':
      return urls.meetingPackPdf(job.id, job.language);
    case 'minutes':
      return urls.minutesPdf(job.id, job.language);
  }
}

/** A document's published path and the content file that problems with it point at. */
export interface JobTarget {
  /** Where the site publishes it (`urls.*Pdf`). */
  sitePath: string;
  /** The content file that problems with the document point at. */
  source: string;
}

export interface JobDocument extends JobTarget, BuiltDocument {}

/** What a job makes and from which file; `undefined` when the job names nothing in the content. */
export function jobTarget(
  loaded: PdfSources,
  inputs: ReadonlyMap<string, ReportInput>,
  job: PdfJob,
): JobTarget | undefined {
  const { content } = loaded;
  const source = (...path: string[]) => join(loaded.contentDir, ...path);
  switch (job.kind) {
    case 'organisation-chart':
      if (!job.language) return { sitePath: urls.organisationChartPdf(), source: source('bodies.yaml') };
      return translationOf(loaded, job)
        ? {
            sitePath: urls.organisationChartPdf(job.language),
            source: source(`bodies.${job.language}.yaml`),
          }
        : undefined;
    case 'timeline':
      if (!content.timelines.some((timeline) => timeline.id === job.id)) return undefined;
      if (!job.language)
        return { sitePath: urls.timelinePdf(job.id), source: source('timelines', `${job.id}.yaml`) };
      return translationOf(loaded, job)?.translated.timelines?.includes(job.id)
        ? {
            sitePath: urls.timelinePdf(job.id, job.language),
            source: source('timelines', `${job.id}.${job.language}.yaml`),
          }
        : undefined;
    case 'report': {
      const input = inputs.get(job.language ? translatedReportKey(job.language, job.id) : job.id);
      return input && { sitePath: urls.reportPdf(job.id, job.language), source: input.file };
    }
    case 'meeting-pack': {
      if (!content.meetings.some((meeting) => meeting.id === job.id)) return undefined;
      if (!job.language)
        return { sitePath: urls.meetingPackPdf(job.id), source: source('meetings', `${job.id}.yaml`) };
      return translationOf(loaded, job)?.translated.meetings.includes(job.id)
        ? {
            sitePath: urls.meetingPackPdf(job.id, job.language),
            source: source('meetings', `${job.id}.${job.language}.yaml`),
          }
        : undefined;
    }
    case 'minutes': {
      if (!content.meetings.some((meeting) => meeting.id === job.id && meeting.minutes)) return undefined;
      if (!job.language)
        return { sitePath: urls.minutesPdf(job.id), source: source('meetings', `${job.id}.yaml`) };
      return translationOf(loaded, job)?.translated.meetings.includes(job.id)
        ? {
            sitePath: urls.minutesPdf(job.id, job.language),
            source: source('meetings', `${job.id}.${job.language}.yaml`),
          }
        : undefined;
    }
  }
}

/**
 * A built document with the organisation's identity on its cover (`documents/cover-identity.ts`),
 * named in the document's language when `content` is a translation's.
 */
export function withIdentity(
  built: BuiltDocument,
  loaded: PdfSources,
  content = loaded.content,
): BuiltDocument {
  return { ...built, doc: withCoverIdentity(built.doc, content, loaded.logo) };
}

function buildJob(loaded: PdfSources, inputs: ReadonlyMap<string, ReportInput>, job: PdfJob): BuiltDocument {
  return withIdentity(buildJobDocument(loaded, inputs, job), loaded, translationOf(loaded, job)?.content);
}

/** A job's document definition; the job must name something in the content (`jobTarget`). */

function buildJobDocument(
  loaded: PdfSources,
  inputs: ReadonlyMap<string, ReportInput>,
  job: PdfJob,
): BuiltDocument {
  const { content } = loaded;
  const found = <T extends { id: string }>(items: readonly T[], id: string): T => {
    const item = items.find((candidate) => candidate.id === id);
    if (!item) throw new Error(`${job.kind} ${id} puuttuu`);
    return item;
  };
  switch (job.kind) {
    case 'organisation-chart': {
      const translation = translationOf(loaded, job);
      if (!translation || !job.language) return { doc: organisationChartDocument(content), messages: [] };
      return {
        doc: organisationChartDocument(translation.content, {
          language: job.language,
          translated: translation.translated,
        }),
        messages: [],
      };
    }
    case 'timeline': {
      const translation = translationOf(loaded, job);
      if (!translation || !job.language)
        return { doc: timelineDocument(content, found(content.timelines, job.id)), messages: [] };
      return {
        doc: timelineDocument(
          translation.content,
          found(translation.content.timelines, job.id),
          job.language,
        ),
        messages: [],
      };
    }
    case 'report': {
      const translation = translationOf(loaded, job);
      const input = inputs.get(job.language ? translatedReportKey(job.language, job.id) : job.id);
      if (!input) throw new Error(`report ${job.id} puuttuu`);
      return translation && job.language
        ? reportDocument(translation.content, input, job.language, translation.translated)
        : reportDocument(content, input);
    }
    case 'meeting-pack': {
      // A report's own problems are reported once, by its own PDF, so the pack's are not added.
      const translation = translationOf(loaded, job);
      const packContent = translation?.content ?? content;
      return {
        doc: meetingPackDocument(packContent, found(packContent.meetings, job.id), inputs, {
          actions: actionsOf(loaded),
          ...(translation && job.language && { language: job.language }),
        }).doc,
        messages: [],
      };
    }
    case 'minutes': {
      const translation = translationOf(loaded, job);
      if (!translation)
        return minutesDocument(content, found(content.meetings, job.id), { edition: 'public' });
      return minutesDocument(translation.content, found(translation.content.meetings, job.id), {
        edition: 'public',
        ...(job.language && { language: job.language }),
        untranslated: translation.untranslatedMeetingTexts?.[job.id] ?? [],
      });
    }
  }
}

export interface RenderedJob {
  sitePath: string;
  /** Absent when the document could not be built or rendered; `messages` then says why. */
  bytes?: Uint8Array;
  messages: PdfMessage[];
  /** The key the document is cached under (`pdf-cache.ts`), so that the build keeps it. */
  cacheKey?: string;
}

/**
 * The message for a document that could not be made. What the library threw (an English
 * TypeError about its internals) means nothing to the person who wrote the content, so it is left
 * out; the message names the document and points at the part that failed when it can be found.
 */
function failure(target: JobTarget, origin: ContentOrigin | undefined): PdfMessage {
  const located = origin?.line !== undefined;
  return {
    file: origin?.file ?? target.source,
    line: origin?.line ?? 1,
    column: origin?.column ?? 1,
    message: located
      ? `PDF:ää ${target.sitePath} ei voitu luoda: PDF-kirjasto ei pystynyt käsittelemään tätä kohtaa`
      : `PDF:ää ${target.sitePath} ei voitu luoda: PDF-kirjasto ei pystynyt käsittelemään tämän tiedoston sisältöä`,
    severity: 'error',
    ruleId: 'pdf/render',
  };
}

/**
 * Renders a built document, or copies it from `cache` when the same definition was rendered
 * before. pdfmake throws on what slipped past the checks; that becomes a located message about
 * the content, and the other documents are still written.
 */
export async function renderJobDocument(
  { sitePath, source, doc, messages }: JobDocument,
  cache?: PdfCache,
): Promise<RenderedJob> {
  // Keyed before rendering: pdfmake writes into the definition it lays out.
  const cacheKey = cache && (await documentKey(doc));
  if (cache && cacheKey) {
    const cached = await readCachedPdf(cache, cacheKey);
    if (cached) return { sitePath, bytes: cached, messages, cacheKey };
  }
  try {
    const bytes = await renderPdf(doc);
    if (cache && cacheKey) await writeCachedPdf(cache, cacheKey, bytes);
    return { sitePath, bytes, messages, ...(cacheKey && { cacheKey }) };
  } catch (problem) {
    const origin = await locateRenderFailure(doc, renderPdf, problem);
    return { sitePath, messages: [...messages, failure({ sitePath, source }, origin)] };
  }
}

/** Builds and renders a document; a failure to build it is a message like a failure to render. */
export async function renderBuilt(
  target: JobTarget,
  build: () => BuiltDocument,
  cache?: PdfCache,
): Promise<RenderedJob> {
  let built: BuiltDocument;
  try {
    built = build();
  } catch {
    return { sitePath: target.sitePath, messages: [failure(target, undefined)] };
  }
  return renderJobDocument({ ...target, ...built }, cache);
}

/** Renders one job in this thread; `undefined` when the job names nothing in the content. */
export async function renderJob(
  loaded: PdfSources,
  inputs: ReadonlyMap<string, ReportInput>,
  job: PdfJob,
  cache?: PdfCache,
): Promise<RenderedJob | undefined> {
  const target = jobTarget(loaded, inputs, job);
  return target && renderBuilt(target, () => buildJob(loaded, inputs, job), cache);
}
