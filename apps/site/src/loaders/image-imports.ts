/**
 * The image files the published bodies show, as a module that imports each one: Astro's image
 * pipeline takes a local image only as an import (its `ImageMetadata`, with the file emitted into
 * the build), and `lib/body-images.ts` hands those to `getImage()`. Only files `@valmistelu/content`
 * has checked get here: PNG or JPEG files inside the content folder, of items the build
 * publishes; content itself never names a file for the build to import (`reserved-strings.ts`).
 *
 * Astro's content layer writes its own image imports to `.astro/content-assets.mjs`, one file
 * for every build of the site package: a build of another content folder running at the same
 * time would replace it between this build's sync and its bundling. This module lies in Astro's
 * cache folder instead, which a build or a preview holds alone (the site cache's lock, a build's
 * scratch folder, a preview's own), named for the content folder and how it is read
 * (`imageImportsFile`). The site's Vite plugin (`integrations/content-folder.ts`) serves it as
 * `virtual:valmistelu/content-images`.
 *
 * The module imports copies of the files, not the files where the content has them: a path is
 * an import specifier, where `?` starts a query, `#` a fragment and `%` an escape, and the
 * content folder may sit in any folder a user can make. Each copy is named by the file's digest
 * and keeps the file's own name (what Astro names the published sizes by) but for those
 * characters. The folder holds one read's module and copies: each write removes the rest.
 */
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, sep } from 'node:path';
import type { BodyImage, LoadedContent } from '@valmistelu/content';
import type { ContentReading } from '../integrations/content-folder.ts';

/** The collections whose items have an MDX body with images (and, for news, a picture of their own). */
const bodyCollections = ['reports', 'news'] as const;

/** The folder of the copies, beside the module. */
const copiesFolder = 'files';

/** An image's id: its path in the content folder, with `/` whatever the system. */
export function imageId(image: BodyImage, contentDir: string): string {
  return relative(contentDir, image.path).split(sep).join('/');
}

/**
 * Where the image imports of one content folder, read one way, are written.
 * @param cacheDir Astro's cache folder of the build or preview (`cacheDir` in its config).
 */
export function imageImportsFile(cacheDir: string, contentDir: string, reading: ContentReading = {}): string {
  const key = createHash('sha256')
    .update(JSON.stringify([contentDir, reading.today ?? null, reading.publication ?? null]))
    .digest('hex')
    .slice(0, 16);
  return join(cacheDir, 'valmistelu-images', `${key}.mjs`);
}

/** Where the module imports `image` from: a name no import specifier reads as anything else. */
export function imageCopyPath(image: BodyImage, moduleFile: string): string {
  const name = basename(image.path).replace(/[#?%\\]/g, '-');
  return join(dirname(moduleFile), copiesFolder, image.digest.slice(0, 32), name);
}

/** The images of the published bodies by id, ids sorted. */
function bodyImages(loaded: LoadedContent): [string, BodyImage][] {
  const images = new Map<string, BodyImage>();
  for (const name of bodyCollections) {
    for (const source of loaded.sources[name]) {
      for (const image of source.images ?? []) images.set(imageId(image, loaded.contentDir), image);
      if (source.leadImage) images.set(imageId(source.leadImage, loaded.contentDir), source.leadImage);
    }
  }
  return [...images].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The module's code: a Map from image id to the imported copy of the image. */
export function imageImportsModule(loaded: LoadedContent, moduleFile: string): string {
  const images = bodyImages(loaded);
  const specifier = (image: BodyImage) =>
    JSON.stringify(
      `./${relative(dirname(moduleFile), imageCopyPath(image, moduleFile)).split(sep).join('/')}`,
    );
  const imports = images.map(([, image], index) => `import image${index} from ${specifier(image)};\n`);
  const entries = images.map(([id], index) => `[${JSON.stringify(id)}, image${index}]`);
  return `// The content loader's image imports (apps/site/src/loaders/image-imports.ts).\n${imports.join('')}export default new Map([${entries.join(', ')}]);\n${passGetImage}`;
}

/** Astro's `getImage`, passed on with the images (see `integrations/content-folder.ts` for why). */
const passGetImage = "export { getImage } from 'astro:assets';\n";

/** The module before the loader has written one: no images. */
export const noImagesModule = `export default new Map();\n${passGetImage}`;

/** Copies `image` where the module imports it from, unless a copy of the same bytes is there. */
async function copyImage(image: BodyImage, moduleFile: string): Promise<string> {
  const copy = imageCopyPath(image, moduleFile);
  if (
    await stat(copy).then(
      () => true,
      () => false,
    )
  )
    return copy;
  await mkdir(dirname(copy), { recursive: true });
  const partial = `${copy}.${process.pid}.tmp`;
  await copyFile(image.path, partial);
  await rename(partial, copy);
  return copy;
}

/** Removes what an earlier read left beside the module: other modules, copies it does not import. */
async function removeOthers(moduleFile: string, copies: readonly string[]): Promise<void> {
  const folder = dirname(moduleFile);
  const keptCopies = new Set(copies.map((copy) => basename(dirname(copy))));
  const remove = (path: string) => rm(path, { recursive: true, force: true });
  const names = await readdir(folder).catch(() => [] as string[]);
  await Promise.all(
    names
      .filter((name) => name !== basename(moduleFile) && name !== copiesFolder)
      .map((name) => remove(join(folder, name))),
  );
  const copyFolders = await readdir(join(folder, copiesFolder)).catch(() => [] as string[]);
  await Promise.all(
    copyFolders
      .filter((name) => !keptCopies.has(name))
      .map((name) => remove(join(folder, copiesFolder, name))),
  );
}

/**
 * Writes the copies, then the module whole (a reader never sees half of it), and the module only
 * when it changes: under `pnpm dev` a new file makes Vite load the module again.
 */
export async function writeImageImports(loaded: LoadedContent, moduleFile: string): Promise<void> {
  const copies = await Promise.all(bodyImages(loaded).map(([, image]) => copyImage(image, moduleFile)));
  const code = imageImportsModule(loaded, moduleFile);
  if ((await readFile(moduleFile, 'utf8').catch(() => undefined)) !== code) {
    await mkdir(dirname(moduleFile), { recursive: true });
    const partial = `${moduleFile}.${process.pid}.tmp`;
    await writeFile(partial, code);
    await rename(partial, moduleFile);
  }
  await removeOthers(moduleFile, copies);
}
