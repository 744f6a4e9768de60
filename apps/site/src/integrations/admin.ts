/**
 * The writers' editor at /admin/ (Sveltia CMS, see packages/cms): served by `pnpm dev` and
 * written into every build. Its configuration is generated from the content model on each request
 * in dev, so a new group or report template shows at once; the editor's own files come from the
 * pinned npm package, never from a CDN. A content folder with mistakes still gets an editor, to
 * fix them in: only the defaults that need the content are then left out.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type AdminFiles,
  adminFiles,
  backendFromEnvironment,
  contentPathInRepository,
} from '@valmistelu/cms';
import { loadContent } from '@valmistelu/content';
import { releasedContent } from '@valmistelu/domain/publication';
import type { ContentModel } from '@valmistelu/domain/schema';
import type { AstroIntegration } from 'astro';
import { syncedContentSource } from '../loaders/content-source.ts';
import type { ContentReading } from './content-folder.ts';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.yml': 'application/yaml; charset=utf-8',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The content the editor's previews and defaults name: the files are published with the site, so
 * drafts and news not yet due are left out, as everywhere else.
 */
function editorContent(all: ContentModel): ContentModel | undefined {
  return all.site && releasedContent(all, all.site.asOf);
}

/** In `pnpm dev`, the folder as it is now: a new group or report template shows at once. */
function contentNow({ contentDir, parseCacheFile }: AdminOptions): Promise<ContentModel | undefined> {
  return loadContent(contentDir, parseCacheFile ? { cacheFile: parseCacheFile } : {})
    .then(({ content }) => editorContent(content))
    .catch(() => undefined);
}

/**
 * In a build, the content the pages were made from (`syncedContentSource`): reading the folder
 * again cost 2 s at 100× the default organisation.
 */
async function contentBuilt({ contentDir, reading }: AdminOptions): Promise<ContentModel | undefined> {
  const { loaded } = await syncedContentSource(contentDir, reading).current();
  return editorContent(loaded.content);
}

async function editorFiles(
  content: Promise<ContentModel | undefined>,
  options: AdminOptions,
  previewStyles: readonly string[] = [],
): Promise<AdminFiles> {
  const backend = backendFromEnvironment(process.env);
  if (!backend.ok) throw new Error(`Sisällönhallinnan asetus: ${backend.message}`);
  const known = await content;
  return adminFiles({
    backend: backend.backend,
    contentPath: contentPathInRepository(options.contentDir),
    ...(known && { content: known, today: known.site.asOf, siteUrl: known.site.url }),
    previewStyles,
  });
}

/**
 * The stylesheets the built front page links (the site's own, not the search's), for the
 * editor's preview: an entry previews in the site's type and colours.
 */
async function siteStylesheets(outDir: string): Promise<string[]> {
  const page = await readFile(join(outDir, 'index.html'), 'utf8').catch(() => '');
  return [...page.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)]
    .map((link) => /\bhref="([^"]+)"/.exec(link[0])?.[1])
    .filter((href): href is string => Boolean(href?.startsWith('/') && !href.startsWith('/pagefind/')));
}

export interface AdminOptions {
  contentDir: string;
  /** Where parsed files are kept between runs (the CLI's cache); none kept when absent. */
  parseCacheFile?: string | undefined;
  /** How the build's loaders read the folder, to find their reading of it. */
  reading?: ContentReading;
}

export function admin(options: AdminOptions): AstroIntegration {
  // Opening the editor's page reads the content again; its other files reuse that reading.
  let files: Promise<AdminFiles> | undefined;
  return {
    name: 'valmistelu-admin',
    hooks: {
      'astro:server:setup'({ server }) {
        server.middlewares.use((request, response, next) => {
          const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
          if (!path.startsWith('/admin/')) return next();
          const name = normalize(path.slice('/admin/'.length) || 'index.html');
          if (name === 'index.html' || !files) files = editorFiles(contentNow(options), options);
          files
            .then((served) => {
              const file = served.get(name);
              if (file === undefined) return next();
              const type = contentTypes[name.slice(name.lastIndexOf('.'))] ?? 'application/octet-stream';
              response.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' }).end(file);
            })
            .catch(next);
        });
      },
      async 'astro:build:done'({ dir }) {
        const outDir = fileURLToPath(dir);
        const adminDir = join(outDir, 'admin');
        const files = await editorFiles(contentBuilt(options), options, await siteStylesheets(outDir));
        await Promise.all(
          [...files].map(async ([name, data]) => {
            const file = join(adminDir, name);
            await mkdir(dirname(file), { recursive: true });
            await writeFile(file, data);
          }),
        );
      },
    },
  };
}
