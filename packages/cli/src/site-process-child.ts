/**
 * The child side of `site-process.ts`: builds the site for one request, reports progress and
 * content mistakes, and ends. Its exit gives its memory back.
 */
import { enableCompileCache } from 'node:module';
import { serveChildTask } from './child-task.ts';
import type { SiteBuildRequest, SiteChildMessage } from './site-process.ts';

// As main.ts: compiled code is kept between runs (so the site's modules, most of it, come after).
// The request is listened for at once (`serveChildTask`), since a message without a listener is lost.
enableCompileCache();
// Loaded at once: the parent starts this process while it checks the content, and the request
// comes after the check. A failure to load is the task's, reported when it runs.
const site = import('@valmistelu/site');
site.catch(() => undefined);

serveChildTask<SiteBuildRequest, SiteChildMessage>(async (request, send) => {
  const { buildSite, ContentError } = await site;
  try {
    await buildSite({ ...request, onProgress: (progress) => void send({ kind: 'progress', progress }) });
  } catch (problem) {
    if (!(problem instanceof ContentError)) throw problem;
    await send({ kind: 'content-error', messages: problem.messages });
  }
});
