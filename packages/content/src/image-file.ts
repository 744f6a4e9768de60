/**
 * Reads the file an image address in a body names, refusing anything that is not a whole PNG or
 * JPEG file inside the content folder: no web addresses, no paths out of the folder, not even
 * through a link. One rule for `check`, the site and the PDFs, so that an image one of them
 * accepts the others show.
 *
 * A relative address is read from the body's own folder; one starting with `/` from the content
 * folder (`/kuvat/kaavio.png` is `<content>/kuvat/kaavio.png`).
 */
import { readFile, realpath } from 'node:fs/promises';
import { dirname, extname, resolve } from 'node:path';
import { jpegProblem, pngProblem } from './image-check.ts';
import { isInside } from './resolve-content-file.ts';

export type ImageMime = 'image/png' | 'image/jpeg';

export type ImageFile<Mime extends string = ImageMime> =
  /** `path`: the file as the address names it, inside the content folder. */
  { ok: true; path: string; bytes: Buffer; mime: Mime } | { ok: false; message: string };

export const maxImageBytes = 10 * 1024 * 1024;

/** A kind of file an image may be, and how to tell that one is whole. */
export interface ImageFormat<Mime extends string> {
  extensions: string[];
  mime: Mime;
  problem: (bytes: Buffer) => string | undefined;
}

export const pngFormat: ImageFormat<'image/png'> = {
  extensions: ['.png'],
  mime: 'image/png',
  problem: pngProblem,
};

/** What a body may show. */
const bodyFormats: ImageFormat<ImageMime>[] = [
  pngFormat,
  { extensions: ['.jpg', '.jpeg'], mime: 'image/jpeg', problem: jpegProblem },
];

/** The file a local address names, or undefined for a bad percent escape. */
function imagePath(url: string, bodyFile: string, contentDir: string): string | undefined {
  try {
    const decoded = decodeURI(url.replace(/[?#].*$/, ''));
    return decoded.startsWith('/') ? resolve(contentDir, `.${decoded}`) : resolve(dirname(bodyFile), decoded);
  } catch {
    return undefined;
  }
}

/**
 * @param url the address as written in the body.
 * @param bodyFile absolute path of the MDX file the address is in.
 * @param contentDir absolute path of the content folder.
 */
export function readImageFile(url: string, bodyFile: string, contentDir: string): Promise<ImageFile> {
  return readImageFileOf(url, bodyFile, contentDir, bodyFormats, 'PNG- tai JPEG-kuvaa');
}

/**
 * As `readImageFile`, for other kinds of image (the logo may be SVG).
 * @param formatNames the formats for "käytä …", e.g. `SVG- tai PNG-kuvaa`.
 */
export async function readImageFileOf<Mime extends string>(
  url: string,
  bodyFile: string,
  contentDir: string,
  formats: readonly ImageFormat<Mime>[],
  formatNames: string,
): Promise<ImageFile<Mime>> {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) {
    return {
      ok: false,
      message: `kuvan "${url}" pitää olla tiedosto sisältökansiossa: verkko-osoitteista ei haeta kuvia`,
    };
  }
  const path = imagePath(url, bodyFile, contentDir);
  if (!path) return { ok: false, message: `kuvan osoite "${url}" ei ole kelvollinen` };
  if (!isInside(contentDir, path))
    return { ok: false, message: `kuva "${url}" on sisältökansion ulkopuolella` };
  const type = formats.find((format) => format.extensions.includes(extname(path).toLowerCase()));
  if (!type) return { ok: false, message: `kuvan "${url}" muoto ei käy: käytä ${formatNames}` };
  let bytes: Buffer;
  try {
    // A symbolic link inside the folder may still point out of it.
    if (!isInside(await realpath(contentDir), await realpath(path)))
      return { ok: false, message: `kuva "${url}" on sisältökansion ulkopuolella` };
    bytes = await readFile(path);
  } catch {
    return { ok: false, message: `kuvatiedostoa "${url}" ei löydy` };
  }
  if (bytes.length > maxImageBytes) return { ok: false, message: `kuva "${url}" on yli 10 Mt` };
  const problem = type.problem(bytes);
  if (problem) return { ok: false, message: `kuvatiedosto "${url}" ${problem}` };
  return { ok: true, path, bytes, mime: type.mime };
}
