/**
 * The site built in a process of its own (`site-process-child.ts`), so that what Astro holds (its
 * module graph, the data store, the rendered pages, and heap the process never gives back) is
 * returned to the system before the PDFs are rendered. In one process, the PDF phase ran on top of
 * it: at 100× the default organisation, 3.4 GiB at the peak. The child reads the content folder
 * itself, as the site always has, so nothing large crosses between the processes: the options
 * one way, progress and the outcome the other.
 */
import { fork } from 'node:child_process';
import type { ContentMessage } from '@valmistelu/content';
import type { BuildSiteOptions, SiteProgress } from '@valmistelu/site';

/** What the child is asked to build: `BuildSiteOptions` without the callback. */
export type SiteBuildRequest = Omit<BuildSiteOptions, 'onProgress'>;

/** What the child says, in order: progress, then one outcome. */
export type SiteChildMessage =
  | { kind: 'progress'; progress: SiteProgress }
  | { kind: 'built' }
  | { kind: 'content-error'; messages: ContentMessage[] }
  | { kind: 'failed'; stack: string };

/** The site built, or the content mistakes that stopped it (as `ContentError` would carry). */
export type SiteOutcome = { ok: true } | { ok: false; messages: ContentMessage[] };

const childScript = new URL('./site-process-child.ts', import.meta.url);

/**
 * Builds the site in a child process; resolves with the outcome, rejects when the build fails for
 * another reason (with the child's stack trace) or the child ends without an outcome.
 */
export function buildSiteInChild(
  request: SiteBuildRequest,
  onProgress?: (progress: SiteProgress) => void,
): Promise<SiteOutcome> {
  return new Promise((resolve, reject) => {
    // No inherited flags: a test runner's would not belong in the child. Astro's own log lines
    // go to this process's standard output and error, as they did in one process.
    const child = fork(childScript, [], {
      execArgv: [],
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let outcome: SiteOutcome | undefined;
    let failure: Error | undefined;
    child.on('message', (message: SiteChildMessage) => {
      if (message.kind === 'progress') onProgress?.(message.progress);
      else if (message.kind === 'built') outcome = { ok: true };
      else if (message.kind === 'content-error') outcome = { ok: false, messages: message.messages };
      else failure = Object.assign(new Error('Sivuston koonti epäonnistui'), { stack: message.stack });
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (failure) reject(failure);
      else if (outcome && code === 0) resolve(outcome);
      else reject(new Error(`Sivuston koonti päättyi kesken (${signal ?? `koodi ${code}`})`));
    });
    child.send(request);
  });
}
