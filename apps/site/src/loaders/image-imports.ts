/**
 * The image files the published bodies show, as a module that imports each one: Astro's image
 * pipeline takes a local image only as an import (its `ImageMetadata`, with the file emitted into
 * the build), and `lib/body-images.ts` hands those to `getImage()`. Only files `@valmistelu/content`
 * has checked get here: PNG or JPEG files inside the content folder, of items the build
 * publishes; content itself never names a file for the build to import (`reserved-strings.ts`).
 *
 * Astro's content layer writes its own image imports to `.astro/content-assets.mjs`, one file
 * for every build of the site package: a build of another content folder running at the same
 * time would replace it between this build's sync and its bundling. This module's file is named
 * for the folder and how it is read instead (`imageImportsFile`), so builds of different content
 * never share one, and builds of the same content write the same bytes. The site's Vite plugin
 * (`integrations/content-folder.ts`) serves it as `virtual:valmistelu/content-images`.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import type { BodyImage, LoadedContent } from '@valmistelu/content';
import type { ContentReading } from '../integrations/content-folder.ts';

/** The collections whose items have an MDX body with images (and, for news, a picture of their own). */
const bodyCollections = ['reports', 'news'] as const;

/** An image's id: its path in the content folder, with `/` whatever the system. */
export function imageId(image: BodyImage, contentDir: string): string {
  return relative(contentDir, image.path).split(sep).join('/');
}

/**
 * Where the image imports of one content folder, read one way, are written: under the site's
 * `.astro/` (git-ignored, inside Vite's root, so that `pnpm dev` sees it change).
 * @param root The site's root folder.
 */
export function imageImportsFile(root: string, contentDir: string, reading: ContentReading = {}): string {
  const key = createHash('sha256')
    .update(JSON.stringify([contentDir, reading.today ?? null, reading.publication ?? null]))
    .digest('hex')
    .slice(0, 16);
  return join(root, '.astro', 'valmistelu-images', `${key}.mjs`);
}

/** The module's code: a Map from image id to the imported image, ids sorted. */
export function imageImportsModule(loaded: LoadedContent, moduleFile: string): string {
  const files = new Map<string, string>();
  for (const name of bodyCollections) {
    for (const source of loaded.sources[name]) {
      for (const image of source.images ?? []) files.set(imageId(image, loaded.contentDir), image.path);
      if (source.leadImage) files.set(imageId(source.leadImage, loaded.contentDir), source.leadImage.path);
    }
  }
  const ids = [...files.keys()].sort();
  const specifier = (path: string) => {
    const relativePath = relative(dirname(moduleFile), path).split(sep).join('/');
    return JSON.stringify(relativePath.startsWith('.') ? relativePath : `./${relativePath}`);
  };
  const imports = ids.map((id, index) => `import image${index} from ${specifier(files.get(id) ?? '')};\n`);
  const entries = ids.map((id, index) => `[${JSON.stringify(id)}, image${index}]`);
  return `// The content loader's image imports (apps/site/src/loaders/image-imports.ts).\n${imports.join('')}export default new Map([${entries.join(', ')}]);\n${passGetImage}`;
}

/** Astro's `getImage`, passed on with the images (see `integrations/content-folder.ts` for why). */
const passGetImage = "export { getImage } from 'astro:assets';\n";

/** The module before the loader has written one: no images. */
export const noImagesModule = `export default new Map();\n${passGetImage}`;

/**
 * Writes the module whole (a reader never sees half of it), and only when it changes: under
 * `pnpm dev` a new file makes Vite load the module again.
 */
export async function writeImageImports(loaded: LoadedContent, moduleFile: string): Promise<void> {
  const code = imageImportsModule(loaded, moduleFile);
  if ((await readFile(moduleFile, 'utf8').catch(() => undefined)) === code) return;
  await mkdir(dirname(moduleFile), { recursive: true });
  const partial = `${moduleFile}.${process.pid}.tmp`;
  await writeFile(partial, code);
  await rename(partial, moduleFile);
}
