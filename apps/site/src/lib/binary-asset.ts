/** A file the site serves as it is (a font, the logo), under a name that changes with its bytes. */
import { createHash } from 'node:crypto';

export interface BinaryAsset {
  path: string;
  contentType: string;
  bytes: Uint8Array;
}

export function binaryAsset(
  name: string,
  extension: string,
  contentType: string,
  bytes: Uint8Array,
): BinaryAsset {
  const digest = createHash('sha256').update(bytes).digest('hex').slice(0, 12);
  return { path: `/assets/${name}.${digest}.${extension}`, contentType, bytes };
}
