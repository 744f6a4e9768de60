/**
 * Which content folder the site is built from: `VALMISTELU_CONTENT` (an absolute path), else the
 * repository's `content/`. Read from the environment because Astro renders pages from a bundle
 * whose own location says nothing about where the content is.
 */
import { fileURLToPath } from 'node:url';

export const contentEnvVar = 'VALMISTELU_CONTENT';

/** The repository's `content/`, resolved from this file's place in `apps/site/src/lib`. */
export const defaultContentDir = fileURLToPath(new URL('../../../../content/', import.meta.url));

export function contentDir(): string {
  return process.env[contentEnvVar] || defaultContentDir;
}
