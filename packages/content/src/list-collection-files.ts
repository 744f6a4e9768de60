/**
 * The files of a collection folder. Anything named like content is listed whatever its type (a
 * link, a pipe), so that reading it can say why it is refused rather than skipping it silently.
 * `readdir` does not descend into links to folders; those are returned with what to tell the
 * preparer instead.
 */
import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Severity } from './messages.ts';
import { isInside, outsideMessage } from './resolve-content-file.ts';

export interface FolderLink {
  path: string;
  severity: Severity;
  message: string;
}

/** @param realContentDir the content folder with its own links resolved (`realpath`). */
export async function listCollectionFiles(
  folder: string,
  extension: string,
  realContentDir: string,
): Promise<{ files: string[]; folderLinks: FolderLink[] }> {
  let entries: Dirent[];
  try {
    entries = await readdir(folder, { recursive: true, withFileTypes: true });
  } catch {
    return { files: [], folderLinks: [] };
  }
  const files: string[] = [];
  const links: string[] = [];
  for (const entry of entries) {
    const path = join(entry.parentPath, entry.name);
    if (entry.name.endsWith(extension) && !entry.isDirectory()) files.push(path);
    else if (entry.isSymbolicLink()) links.push(path);
  }
  const folderLinks = await Promise.all(links.sort().map((link) => judgeFolderLink(link, realContentDir)));
  return { files: files.sort(), folderLinks: folderLinks.filter((link) => link !== undefined) };
}

/** A link to a folder is never followed; one leading outside is an error like a linked file. */
async function judgeFolderLink(link: string, realContentDir: string): Promise<FolderLink | undefined> {
  if (!(await stat(link).catch(() => undefined))?.isDirectory()) return undefined;
  const real = await realpath(link).catch(() => link);
  if (!isInside(realContentDir, real))
    return { path: link, severity: 'error', message: outsideMessage(real) };
  return {
    path: link,
    severity: 'warning',
    message: 'symbolista linkkiä kansioon ei seurata: sen tiedostoja ei lueta; siirrä ne tähän kansioon',
  };
}
