/**
 * The organisation's logo (`identity.logo` in `site.yaml`): an SVG or PNG file inside the content
 * folder, read by the same rule as a body's images, with its intrinsic size, as plain data that
 * the site and the PDFs (in their worker threads and child processes) can each take.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { type ImageFormat, pngFormat, readImageFileOf } from './image-file.ts';
import { inspectSvg, svgProblem } from './svg-check.ts';

export type LogoMime = 'image/svg+xml' | 'image/png';

export interface LogoFile {
  /** As `site.yaml` names it, relative to the content folder. */
  url: string;
  mime: LogoMime;
  /** The file, base64. */
  data: string;
  /** SHA-256 of the file, hex: what outputs made from it are keyed by. */
  digest: string;
  /** Intrinsic size: SVG user units or PNG pixels. */
  width: number;
  height: number;
}

const formats: ImageFormat<LogoMime>[] = [
  { extensions: ['.svg'], mime: 'image/svg+xml', problem: svgProblem },
  pngFormat,
];

function sizeOf(mime: LogoMime, bytes: Buffer): { width: number; height: number } {
  if (mime === 'image/png') return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
  const { width = 0, height = 0 } = inspectSvg(bytes);
  return { width, height };
}

export async function readLogoFile(
  url: string,
  contentDir: string,
): Promise<{ ok: true; logo: LogoFile } | { ok: false; message: string }> {
  // Named from the content folder itself: `site.yaml` lies there.
  const read = await readImageFileOf(
    url,
    join(contentDir, 'site.yaml'),
    contentDir,
    formats,
    'SVG- tai PNG-kuvaa',
  );
  if (!read.ok) return read;
  return {
    ok: true,
    logo: {
      url,
      mime: read.mime,
      data: read.bytes.toString('base64'),
      digest: createHash('sha256').update(read.bytes).digest('hex'),
      ...sizeOf(read.mime, read.bytes),
    },
  };
}
