/**
 * Live preview for writers: Astro's dev server over the content folder. The content loader
 * watches the folder through Astro's watcher and refills the data store after each save; Astro
 * then reloads the browser. The PDFs the caller regenerates on each save (`onContentChange`) are
 * served from `pdfDir` at their published addresses.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dev } from 'astro';
import type { Plugin } from 'vite';
import { siteConfig } from '../astro.config.ts';
import { makeDevRoot } from './dev-root.ts';

export interface DevServerOptions {
  contentDir: string;
  /** Folder holding the preview PDFs, laid out like the published `pdf/`. */
  pdfDir: string;
  /** Called after a content file was saved, added or removed. */
  onContentChange?: (file: string) => Promise<void>;
  port?: number;
  /** The date for content whose site.yaml sets none. Drafts and scheduled news are shown. */
  today?: string;
  /** Where parsed content files are kept between runs (the CLI's cache); none kept when absent. */
  parseCacheFile?: string;
}

export interface DevServer {
  url: string;
  stop(): Promise<void>;
}

const siteRoot = fileURLToPath(new URL('..', import.meta.url));

function previewPdfs(options: DevServerOptions): Plugin {
  const contentDir = resolve(options.contentDir) + sep;
  return {
    name: 'valmistelu-preview-pdfs',
    configureServer(server) {
      const changed = (file: string) => {
        if (file.startsWith(contentDir)) void options.onContentChange?.(file);
      };
      for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, changed);
      server.middlewares.use((request, response, next) => {
        const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
        if (!path.startsWith('/pdf/') || path.includes('..')) return next();
        const file = join(options.pdfDir, path);
        if (!existsSync(file) || !statSync(file).isFile()) return next();
        response.setHeader('Content-Type', 'application/pdf');
        response.setHeader('Cache-Control', 'no-store');
        createReadStream(file).pipe(response);
      });
    },
  };
}

export async function startDevServer(options: DevServerOptions): Promise<DevServer> {
  // A project folder of this preview alone, so that two previews at once share nothing they
  // write: Astro keeps a preview's data store in `<root>/.astro/` and watches it, so with one
  // root a second preview would show the first one's content. The site's code stays where it is
  // (`srcDir`); the folder lies inside the site package, whose dependencies its code resolves.
  const devRoot = await makeDevRoot(join(siteRoot, 'node_modules'));
  const root = devRoot.dir;
  const config = siteConfig({
    contentDir: resolve(options.contentDir),
    today: options.today,
    parseCacheFile: options.parseCacheFile,
    cacheDir: join(root, 'cache'),
  });
  try {
    const server = await dev({
      ...config,
      // The preview is at its server's root even for a site published under a path: its own
      // routes (the PDFs, the editor) and the address it prints stay where they are.
      base: '/',
      root,
      srcDir: join(siteRoot, 'src'),
      configFile: false,
      logLevel: 'warn',
      server: { port: options.port ?? 4321, host: '127.0.0.1' },
      vite: { ...config.vite, plugins: [...(config.vite?.plugins ?? []), previewPdfs(options)] },
    });
    return {
      url: `http://127.0.0.1:${server.address.port}/`,
      stop: async () => {
        await server.stop();
        devRoot.remove();
      },
    };
  } catch (problem) {
    devRoot.remove();
    throw problem;
  }
}
