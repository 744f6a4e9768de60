/**
 * Keys of what a PDF job reads, so that an unchanged document is copied from the cache without
 * building its definition: at 100× the organisation, building and hashing the definitions of
 * every pack costs more than a whole incremental site build.
 *
 * A job's document is a pure function of the code, the public model without report bodies (what
 * `slimPdfSources` keeps: every item, the actions, the content folder and the run's date as
 * `site.asOf`), and, for each report whose body it renders, that body, the line it starts on in
 * its file and the bytes of its images (their digests). The tree the body gives also depends on
 * which reports are withheld from publication, and those are the reports the model lacks.
 * The input key hashes exactly these, so equal keys give equal documents. The code is this
 * package's, the renderer's and that of every package the model and the trees come from.
 */
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { keyJson } from '@valmistelu/content/key-json';
import { hashPackageSources, packageFolderOf } from '@valmistelu/content/source-hash';
import type { PdfSources } from '@valmistelu/pdf';
import { type PdfJob, reportIdsOf } from './pdf-jobs.ts';

const packageDir = fileURLToPath(new URL('..', import.meta.url));

/**
 * A module of each package whose code decides what a document shows, besides this one: listed in
 * this package's dependencies for this lookup, so that the key covers their code.
 */
const modelPackages = [
  '@valmistelu/pdf',
  '@valmistelu/charts',
  '@valmistelu/content',
  '@valmistelu/domain/schema',
  '@valmistelu/markdown/parse',
] as const;

/** This package's source and that of the model's packages, and the lockfile (pdfmake, fonts, parsers). */
async function hashCode(): Promise<string> {
  const models = await Promise.all(
    modelPackages.map((specifier) => packageFolderOf(fileURLToPath(import.meta.resolve(specifier)))),
  );
  return hashPackageSources([packageDir, ...models]);
}

let codeHash: Promise<string> | undefined;

/** Gives each job of one build its input key. */
export type JobInputKey = (job: PdfJob) => string;

/**
 * The keys of one build's jobs.
 * @param loaded the build's sources, bodies and report sources included.
 * @param slim the same without trees and bodies (`slimPdfSources`), hashed once for every job.
 */
export async function jobInputKeys(loaded: PdfSources, slim: PdfSources): Promise<JobInputKey> {
  codeHash ??= hashCode();
  const base = createHash('sha256')
    .update(await codeHash)
    .update(keyJson(slim))
    .digest('hex');
  const reportIndex = new Map(loaded.content.reports.map((report, index) => [report.id, index]));
  return (job) => {
    const hash = createHash('sha256').update(base).update(keyJson(job));
    for (const id of reportIdsOf(loaded.content, job)) {
      const index = reportIndex.get(id);
      const report = index === undefined ? undefined : loaded.content.reports[index];
      const source = index === undefined ? undefined : loaded.sources.reports[index];
      hash.update(keyJson([id, report?.body, source?.bodyLineOffset]));
      for (const image of source?.images ?? []) hash.update(keyJson([image.url, image.digest]));
    }
    return hash.digest('hex');
  };
}
