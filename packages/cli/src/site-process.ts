/**
 * The site built in a process of its own (`site-process-child.ts`), so that what Astro holds (its
 * module graph, the data store, the rendered pages, and heap the process never gives back) is
 * returned to the system before the search index and the PDFs. In one process, the PDF phase ran
 * on top of it: at 100× the default organisation, 3.4 GiB at the peak. The child reads the
 * content folder itself, as the site always has, so nothing large crosses between the processes:
 * the options one way, progress and the outcome the other.
 */
import type { ContentMessage } from '@valmistelu/content';
import type { BuildSiteOptions, SiteProgress } from '@valmistelu/site';
import { type StartedChild, startChildTask } from './child-task.ts';

/** What the child is asked to build: `BuildSiteOptions` without the callback. */
export type SiteBuildRequest = Omit<BuildSiteOptions, 'onProgress'>;

/** What the child says: progress, and the content mistakes that stopped it, if any. */
export type SiteChildMessage =
  | { kind: 'progress'; progress: SiteProgress }
  | { kind: 'content-error'; messages: ContentMessage[] };

/** The site built, or the content mistakes that stopped it (as `ContentError` would carry). */
export type SiteOutcome = { ok: true } | { ok: false; messages: ContentMessage[] };

/** A site process started ahead, loading Astro and the site while the content is checked. */
export type SiteChild = StartedChild<SiteChildMessage>;

export function startSiteChild(): SiteChild {
  return startChildTask<SiteChildMessage>(
    new URL('./site-process-child.ts', import.meta.url),
    'Sivuston koonti epäonnistui',
  );
}

/**
 * Builds the site in a child process (`child`, or one started now); resolves with the outcome,
 * rejects when the build fails for another reason (with the child's stack trace) or the child
 * ends without an outcome.
 */
export async function buildSiteInChild(
  request: SiteBuildRequest,
  onProgress?: (progress: SiteProgress) => void,
  child: SiteChild = startSiteChild(),
): Promise<SiteOutcome> {
  let messages: ContentMessage[] | undefined;
  await child.run(request, (message) => {
    if (message.kind === 'progress') onProgress?.(message.progress);
    else messages = message.messages;
  });
  return messages ? { ok: false, messages } : { ok: true };
}
