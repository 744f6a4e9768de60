/**
 * The content folder's path inside its git repository, as the editor's git backend addresses
 * files: `content` for this repository, another path for a content folder kept elsewhere.
 */
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

export function contentPathInRepository(contentDir: string): string {
  const folder = resolve(contentDir);
  for (let candidate = folder; ; candidate = dirname(candidate)) {
    if (existsSync(join(candidate, '.git'))) return relative(candidate, folder).split(sep).join('/');
    if (dirname(candidate) === candidate) return 'content';
  }
}
