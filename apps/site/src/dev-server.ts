/**
 * Live preview for writers: Astro's dev server over the content folder. Saving a content file
 * forgets the loaded content and reloads the browser; the PDFs the caller regenerates are served
 * from `pdfDir` at their published addresses.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dev } from 'astro';
import type { Plugin } from 'vite';
import { primeContent } from './lib/content.ts';
import { contentEnvVar } from './lib/content-dir.ts';

export interface DevServerOptions {
  contentDir: string;
  /** Folder holding the preview PDFs, laid out like the published `pdf/`. */
  pdfDir: string;
  /** Called after a content file changed and before the browser reloads. */
  onContentChange?: (file: string) => Promise<void>;
  port?: number;
}

export interface DevServer {
  url: string;
  stop(): Promise<void>;
}

const siteRoot = fileURLToPath(new URL('..', import.meta.url));

function contentPreview(options: DevServerOptions): Plugin {
  const contentDir = normalize(options.contentDir + sep);
  return {
    name: 'valmistelu-content-preview',
    configureServer(server) {
      server.watcher.add(options.contentDir);
      const changed = async (file: string) => {
        if (!file.startsWith(contentDir)) return;
        primeContent(options.contentDir);
        await options.onContentChange?.(file);
        // Astro keeps getStaticPaths results until told that content changed.
        for (const environment of Object.values(server.environments)) {
          if (environment.name !== 'client') environment.hot.send('astro:content-changed', {});
        }
        server.environments.client.hot.send({ type: 'full-reload', path: '*' });
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
  process.env[contentEnvVar] = options.contentDir;
  const server = await dev({
    root: siteRoot,
    logLevel: 'warn',
    server: { port: options.port ?? 4321, host: '127.0.0.1' },
    vite: { plugins: [contentPreview(options)] },
  });
  return { url: `http://127.0.0.1:${server.address.port}/`, stop: () => server.stop() };
}
