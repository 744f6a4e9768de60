/**
 * The edge of the generator: reads a content folder into `ContentFiles` and writes one back.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { type ContentFiles, type GenerateOptions, generateContent } from './generate-content.ts';

export async function readContentFolder(dir: string): Promise<Map<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = new Map<string, string>();
  for (const entry of entries.filter((candidate) => candidate.isFile())) {
    const path = join(entry.parentPath, entry.name);
    files.set(relative(dir, path).split(sep).join('/'), await readFile(path, 'utf8'));
  }
  return files;
}

/** Replaces `dir` with exactly `files`. */
export async function writeContentFolder(dir: string, files: ContentFiles): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  for (const [path, text] of files) {
    const file = join(dir, ...path.split('/'));
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, text);
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
