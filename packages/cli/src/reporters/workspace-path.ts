import { relative, sep } from 'node:path';

/**
 * A file's path as CI services locate it in a pull or merge request: relative to the
 * repository's root, with forward slashes whatever the platform.
 */
export function workspacePath(file: string, root: string): string {
  return relative(root, file).split(sep).join('/');
}
