/** The repository's `content/`: what the site is built from when no other folder is given. */
import { fileURLToPath } from 'node:url';

/** Resolved from this file's place in `apps/site/src/lib`. */
export const defaultContentDir = fileURLToPath(new URL('../../../../content/', import.meta.url));
