/**
 * Loads the images an MDX body uses, by the content's own rule (`@valmistelu/content/image-file`):
 * whole PNG or JPEG files inside the content folder, no URLs, no paths out of the folder, not
 * even through a link. What the rule refuses comes back as the message to show in its place.
 */
import { relative, resolve } from 'node:path';
import { imageUses } from '@valmistelu/content/body-images';
import { readImageFile } from '@valmistelu/content/image-file';
import type { Root } from 'mdast';
import type { ImageResolution } from './mdast/context.ts';

export interface LoadedImages {
  /** pdfmake's `images` dictionary: key → data URL. */
  images: Record<string, string>;
  resolveImage(url: string): ImageResolution;
}

export async function loadImages(
  tree: Root,
  options: { file: string; contentDir: string },
): Promise<LoadedImages> {
  const contentDir = resolve(options.contentDir);
  const images: Record<string, string> = {};
  const results = new Map<string, ImageResolution>();
  for (const { url } of imageUses(tree)) {
    if (results.has(url)) continue;
    const loaded = await readImageFile(url, options.file, contentDir);
    if (!loaded.ok) {
      results.set(url, { ok: false, message: loaded.message });
      continue;
    }
    const key = `kuva:${relative(contentDir, loaded.path)}`;
    images[key] = `data:${loaded.mime};base64,${loaded.bytes.toString('base64')}`;
    results.set(url, { ok: true, key });
  }
  return {
    images,
    resolveImage: (url) => results.get(url) ?? { ok: false, message: `kuvaa "${url}" ei ladattu` },
  };
}
