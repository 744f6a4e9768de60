/**
 * What every PDF entry point shares: its options and result, and writing a rendered document at
 * its published path (`urls.*Pdf`) under the output folder. Content problems come back as
 * messages, never thrown.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { LoadedContent } from '@valmistelu/content';
import type { BuiltDocument, PdfMessage, PdfSources } from '@valmistelu/pdf';
import { type JobTarget, type RenderedJob, renderBuilt, withIdentity } from './pdf-jobs.ts';

export interface BuildPdfsOptions {
  loaded: LoadedContent;
  /** The site's output folder; PDFs go under its `pdf/`. */
  outDir: string;
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
  /** Of `buildAllPdfs`' documents, those rendered by this build (neither in a cache nor fetched). */
  rendered?: number;
}

/** Where a document published at `sitePath` lies under the output folder. */
export function outputFile(outDir: string, sitePath: string): string {
  return join(outDir, ...sitePath.split('/').filter(Boolean));
}

/** Writes one rendered document at its published path; a document that failed writes nothing. */
export async function write(outDir: string, { sitePath, bytes }: RenderedJob): Promise<string[]> {
  if (!bytes) return [];
  const file = outputFile(outDir, sitePath);
  await mkdir(dirname(file), { recursive: true });
  // Written beside and renamed, so a reader never sees half a PDF when `pdf` or `pack` runs alone.
  const partial = `${file}.${process.pid}.partial`;
  await writeFile(partial, bytes);
  await rename(partial, file);
  return [file];
}

/** Renders one document and writes it; its messages once each. */
export async function renderAndWrite(
  loaded: PdfSources,
  outDir: string,
  target: JobTarget,
  build: () => BuiltDocument,
): Promise<BuildPdfsResult> {
  const rendered = await renderBuilt(target, () => withIdentity(build(), loaded));
  return { files: await write(outDir, rendered), messages: dedupe(rendered.messages) };
}

/** The messages once each, in their order. */
export function dedupe(messages: readonly PdfMessage[]): PdfMessage[] {
  const seen = new Set<string>();
  return messages.filter((message) => {
    const key = `${message.file}:${message.line}:${message.column}:${message.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
