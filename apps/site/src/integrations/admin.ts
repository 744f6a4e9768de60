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
  type CmsConfigOptions,
  contentPathInRepository,
} from '@valmistelu/cms';
import { loadContent } from '@valmistelu/content';
import { releasedContent } from '@valmistelu/domain/publication';
import type { AstroIntegration } from 'astro';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.yml': 'application/yaml; charset=utf-8',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

async function editorOptions({ contentDir, parseCacheFile }: AdminOptions): Promise<CmsConfigOptions> {
  const backend = backendFromEnvironment(process.env);
  if (!backend.ok) throw new Error(`Sisällönhallinnan asetus: ${backend.message}`);
  // The editor's files are published with the site: the names its previews show, like every
  // other file, leave out drafts and news not yet due.
  const content = await loadContent(contentDir, parseCacheFile ? { cacheFile: parseCacheFile } : {})
    .then(({ content: all }) => all.site && releasedContent(all, all.site.asOf))
    .catch(() => undefined);
  return {
    backend: backend.backend,
    contentPath: contentPathInRepository(contentDir),
    ...(content && { content, today: content.site.asOf, siteUrl: content.site.url }),
  };
}

async function editorFiles(
  options: AdminOptions,
  previewStyles: readonly string[] = [],
): Promise<AdminFiles> {
  return adminFiles({ ...(await editorOptions(options)), previewStyles });
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
          if (name === 'index.html' || !files) files = editorFiles(options);
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
        const files = await editorFiles(options, await siteStylesheets(outDir));
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
