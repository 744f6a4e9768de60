/**
 * The edge of the generator: reads a content folder into `ContentFiles` and writes one back.
 * Image files (a news item's picture, a body's figures) travel in the same map of strings as
 * latin1 text, one character per byte, so that they come out byte for byte: read as UTF-8 they
 * came out broken, and `check` refused them.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { type ContentFiles, type GenerateOptions, generateContent } from './generate-content.ts';

const binaryFile = /\.(png|jpe?g|gif|webp|ico|pdf)$/i;
const encodingOf = (path: string): BufferEncoding => (binaryFile.test(path) ? 'latin1' : 'utf8');

export async function readContentFolder(dir: string): Promise<Map<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = new Map<string, string>();
  for (const entry of entries.filter((candidate) => candidate.isFile())) {
    const path = join(entry.parentPath, entry.name);
    files.set(relative(dir, path).split(sep).join('/'), await readFile(path, encodingOf(path)));
  }
  return files;
}

/** Replaces `dir` with exactly `files`. */
export async function writeContentFolder(dir: string, files: ContentFiles): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  for (const [path, text] of files) {
    const file = join(dir, ...path.split('/'));
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, text, encodingOf(path));
  }
}

export interface GenerateFolderOptions extends GenerateOptions {
  /** The organisation to copy, usually the repository's `content/`. */
  from: string;
  to: string;
}

/** Writes `scale` copies of the content in `from` into `to`; returns how many files. */
export async function generateContentFolder({
  from,
  to,
  ...options
}: GenerateFolderOptions): Promise<number> {
  const files = generateContent(await readContentFolder(from), options);
  await writeContentFolder(to, files);
  return files.size;
}
