/** The built site as files and paths: every HTML page with its URL path, parsed with linkedom. */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { parseHTML } from 'linkedom';

export interface BuiltPage {
  /** URL path, e.g. `/raportit/` or `/404.html`. */
  path: string;
  file: string;
  html: string;
  document: Document;
}

/** Pagefind's own files and the writers' editor (Sveltia's shell, packages/cms) are not pages of the site. */
const notPages = new Set(['pagefind', 'admin']);

export async function htmlFiles(siteDir: string): Promise<string[]> {
  const entries = await readdir(siteDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => !notPages.has(relative(siteDir, file).split(sep)[0] ?? ''))
    .sort();
}

export function pathOfFile(siteDir: string, file: string): string {
  const path = `/${relative(siteDir, file).split(sep).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

export async function builtPages(siteDir: string): Promise<BuiltPage[]> {
  const files = await htmlFiles(siteDir);
  return Promise.all(
    files.map(async (file) => {
      const html = await readFile(file, 'utf8');
      return { path: pathOfFile(siteDir, file), file, html, document: parseHTML(html).document };
    }),
  );
}
