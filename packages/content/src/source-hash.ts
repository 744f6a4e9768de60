/**
 * A hash of the code that made a cache entry: the `src/` files and `package.json` of the given
 * packages, and the workspace's lockfile (the versions of everything they import). Each of the
 * caches (parsed files, pages, PDFs) keys its entries with the hash of the packages whose code
 * decides them, so that changed code is never served an entry the old code made. Paths enter
 * the hash relative to the workspace, so two checkouts of one commit give the same hash.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** The nearest folder at or above `dir` that holds `name`. */
async function folderHolding(dir: string, name: string): Promise<string> {
  let folder = dir;
  while (!(await readdir(folder)).includes(name)) {
    const parent = dirname(folder);
    if (parent === folder) throw new Error(`no ${name} at or above ${dir}`);
    folder = parent;
  }
  return folder;
}

/** The folder of the package a module belongs to: the nearest one above it with a package.json. */
export function packageFolderOf(moduleFile: string): Promise<string> {
  return folderHolding(dirname(moduleFile), 'package.json');
}

/** @param packageFolders absolute folders of workspace packages, each with `src/` and `package.json`. */
export async function hashPackageSources(packageFolders: readonly string[]): Promise<string> {
  const [first] = packageFolders;
  if (first === undefined) throw new Error('no packages to hash');
  const workspace = await folderHolding(first, 'pnpm-lock.yaml');
  const hash = createHash('sha256');
  for (const folder of packageFolders) {
    const sources = (await readdir(join(folder, 'src'), { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .sort();
    for (const file of [join(folder, 'package.json'), ...sources]) {
      hash
        .update(`${file.slice(workspace.length)}\n`)
        .update(await readFile(file))
        .update('\n');
    }
  }
  return hash.update(await readFile(join(workspace, 'pnpm-lock.yaml'))).digest('hex');
}
