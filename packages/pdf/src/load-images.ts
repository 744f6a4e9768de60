/**
 * Finds the images an MDX body uses and loads them, refusing anything that is not a PNG or JPEG
 * file inside the content folder: no URLs, no paths out of the folder, not even through a link.
 */
import { readFile, realpath } from 'node:fs/promises';
import { dirname, extname, isAbsolute, relative, resolve } from 'node:path';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { jpegProblem, pngProblem } from './image-check.ts';
import type { ImageResolution } from './mdast/context.ts';

export interface LoadedImages {
  /** pdfmake's `images` dictionary: key → data URL. */
  images: Record<string, string>;
  resolveImage(url: string): ImageResolution;
}

const maxImageBytes = 10 * 1024 * 1024;
const formats = [
  { extensions: ['.png'], mime: 'image/png', problem: pngProblem },
  { extensions: ['.jpg', '.jpeg'], mime: 'image/jpeg', problem: jpegProblem },
];

function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/** Every image address in the tree, including those of `![alt][label]` definitions. */
function imageUrls(tree: Root): Set<string> {
  const urls = new Set<string>();
  const referenced = new Set<string>();
  visit(tree, (node) => {
    if (node.type === 'image') urls.add(node.url);
    if (node.type === 'imageReference') referenced.add(node.identifier);
  });
  visit(tree, 'definition', (node) => {
    if (referenced.has(node.identifier)) urls.add(node.url);
  });
  return urls;
}

async function loadImage(
  url: string,
  file: string,
  contentDir: string,
): Promise<{ key: string; dataUrl: string } | { message: string }> {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) {
    return {
      message: `kuvan "${url}" pitää olla tiedosto sisältökansiossa: verkko-osoitteista ei haeta kuvia`,
    };
  }
  let path: string;
  try {
    const decoded = decodeURI(url.replace(/[?#].*$/, ''));
    path = decoded.startsWith('/') ? resolve(contentDir, `.${decoded}`) : resolve(dirname(file), decoded);
  } catch {
    return { message: `kuvan osoite "${url}" ei ole kelvollinen` };
  }
  if (!isInside(contentDir, path)) return { message: `kuva "${url}" on sisältökansion ulkopuolella` };
  const type = formats.find((format) => format.extensions.includes(extname(path).toLowerCase()));
  if (!type) return { message: `kuvan "${url}" muoto ei käy: käytä PNG- tai JPEG-kuvaa` };
  let bytes: Buffer;
  try {
    // A symbolic link inside the folder may still point out of it.
    if (!isInside(await realpath(contentDir), await realpath(path)))
      return { message: `kuva "${url}" on sisältökansion ulkopuolella` };
    bytes = await readFile(path);
  } catch {
    return { message: `kuvatiedostoa "${url}" ei löydy` };
  }
  if (bytes.length > maxImageBytes) return { message: `kuva "${url}" on yli 10 Mt` };
  const problem = type.problem(bytes);
  if (problem) return { message: `kuvatiedosto "${url}" ${problem}` };
  return {
    key: `kuva:${relative(contentDir, path)}`,
    dataUrl: `data:${type.mime};base64,${bytes.toString('base64')}`,
  };
}

export async function loadImages(
  tree: Root,
  options: { file: string; contentDir: string },
): Promise<LoadedImages> {
  const contentDir = resolve(options.contentDir);
  const images: Record<string, string> = {};
  const results = new Map<string, ImageResolution>();
  for (const url of imageUrls(tree)) {
    const loaded = await loadImage(url, options.file, contentDir);
    if ('message' in loaded) {
      results.set(url, { ok: false, message: loaded.message });
    } else {
      images[loaded.key] = loaded.dataUrl;
      results.set(url, { ok: true, key: loaded.key });
    }
  }
  return {
    images,
    resolveImage: (url) => results.get(url) ?? { ok: false, message: `kuvaa "${url}" ei ladattu` },
  };
}
