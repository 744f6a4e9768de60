/**
 * The child side of `site-process.ts`: builds the site for one request, reports progress and
 * content mistakes, and ends. Its exit gives its memory back.
 */
import { enableCompileCache } from 'node:module';
import type { SiteBuildRequest, SiteChildMessage } from './site-process.ts';

// As main.ts: compiled code is kept between runs (so the modules come after), and the site's
// modules are most of it.
enableCompileCache();
const { serveChildTask } = await import('./child-task.ts');

serveChildTask<SiteBuildRequest, SiteChildMessage>(async (request, send) => {
  const { buildSite, ContentError } = await import('@valmistelu/site');
  try {
    await buildSite({ ...request, onProgress: (progress) => void send({ kind: 'progress', progress }) });
  } catch (problem) {
    if (!(problem instanceof ContentError)) throw problem;
    await send({ kind: 'content-error', messages: problem.messages });
  }
});
