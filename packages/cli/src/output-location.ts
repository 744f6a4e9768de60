/**
 * Folders an output may never be, whatever the options: publishing replaces the whole output
 * folder, so an output that is or holds the content, the repository, the home folder, files
 * that git tracks or the filesystem root would delete it. Paths are compared after resolving symbolic links, so an
 * alias cannot slip past.
 */
import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, parse, relative, sep } from 'node:path';
import { firstTrackedFile } from './tracked-files.ts';

export interface ProtectedFolders {
  contentDir: string;
  repositoryRoot: string;
  homeDir: string;
}

/** The real path of `path`: symbolic links resolved in the part that exists, the rest appended. */
export async function realPathOf(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch (problem) {
    const parent = dirname(path);
    const { code } = problem as NodeJS.ErrnoException;
    // ENOTDIR: a file in the middle of the path; the caller finds it is no folder.
    if ((code !== 'ENOENT' && code !== 'ENOTDIR') || parent === path) throw problem;
    return join(await realPathOf(parent), basename(path));
  }
}

/** True when `path` is `folder` or lies inside it. */
export function isWithin(path: string, folder: string): boolean {
  const rest = relative(folder, path);
  // `..dist` is a name inside the folder; only a whole `..` step leads out of it.
  return rest === '' || (rest.split(sep)[0] !== '..' && !parse(rest).root);
}

/**
 * Why `outDir` (a real path) must not be an output folder, in Finnish, or undefined when it may.
 * Reads the file system only; writes nothing.
 */
export async function refusalForLocation(
  outDir: string,
  folders: ProtectedFolders,
): Promise<string | undefined> {
  const [content, repository, home] = await Promise.all(
    [folders.contentDir, folders.repositoryRoot, folders.homeDir].map((path) =>
      path ? realPathOf(path) : undefined,
    ),
  );
  if (outDir === parse(outDir).root) return 'se on tiedostojärjestelmän juuri';
  if (home && isWithin(home, outDir))
    return outDir === home ? 'se on kotikansiosi' : 'se sisältää kotikansiosi';
  if (content && isWithin(content, outDir))
    return outDir === content ? 'se on sisältökansio' : 'se sisältää sisältökansion';
  if (content && isWithin(outDir, content)) return 'se on sisältökansion sisällä';
  if (repository && isWithin(repository, outDir)) {
    return outDir === repository ? 'se on repositorion juuri' : 'se sisältää repositorion';
  }
  if (await exists(join(outDir, '.git'))) return 'se on git-repositorion juuri';
  const tracked = (await isFolder(outDir)) ? await firstTrackedFile(outDir) : undefined;
  if (tracked !== undefined) return `siinä on gitin seuraamia tiedostoja (esim. ${tracked})`;
  return undefined;
}

async function isFolder(path: string): Promise<boolean> {
  return stat(path).then(
    (info) => info.isDirectory(),
    () => false,
  );
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
