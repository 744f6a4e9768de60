/**
 * The child side of `site-process.ts`: takes one build request, builds the site, reports progress
 * and the outcome, and ends. Its exit gives its memory back before the PDFs start.
 */
import { enableCompileCache } from 'node:module';
import type { SiteBuildRequest, SiteChildMessage } from './site-process.ts';

// As main.ts: compiled code is kept between runs, and the site's modules are most of it.
enableCompileCache();

function send(message: SiteChildMessage): Promise<void> {
  return new Promise((done) => {
    if (process.send) process.send(message, undefined, undefined, () => done());
    else done();
  });
}

process.once('message', async (request: SiteBuildRequest) => {
  const { buildSite, ContentError } = await import('@valmistelu/site');
  try {
    await buildSite({ ...request, onProgress: (progress) => void send({ kind: 'progress', progress }) });
    await send({ kind: 'built' });
  } catch (problem) {
    await send(
      problem instanceof ContentError
        ? { kind: 'content-error', messages: problem.messages }
        : {
            kind: 'failed',
            stack: problem instanceof Error ? (problem.stack ?? problem.message) : String(problem),
          },
    );
  } finally {
    process.disconnect();
  }
});
