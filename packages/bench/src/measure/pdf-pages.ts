/**
 * Counts PDF pages with poppler's `pdfinfo`, so the count comes from a real PDF parser.
 */
import { execFile } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export async function listPdfs(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.pdf'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

export async function countHtmlPages(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).length;
}

/** Pages of one PDF; undefined when pdfinfo is missing or cannot read it. */
export async function pdfPages(file: string): Promise<number | undefined> {
  try {
    const { stdout } = await run('pdfinfo', [file]);
    const match = /^Pages:\s+(\d+)/m.exec(stdout);
    return match?.[1] === undefined ? undefined : Number(match[1]);
  } catch {
    return undefined;
  }
}

/** Total pages of the given PDFs, read two at a time to match the two cores. */
export async function totalPdfPages(files: readonly string[]): Promise<number> {
  let total = 0;
  for (let at = 0; at < files.length; at += 2) {
    const counts = await Promise.all(files.slice(at, at + 2).map(pdfPages));
    for (const count of counts) total += count ?? 0;
  }
  return total;
}
