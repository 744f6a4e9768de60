/**
 * One content sync at a time across processes. Every build of the site package shares Astro's
 * `<site>/.astro/` (Astro derives it from the project root, which builds share so that the
 * incremental cache's config hash stays the same), and Astro's content sync rewrites files there
 * through a fixed temporary name (`content-assets.mjs.tmp`, then a rename): two builds syncing at
 * once made one fail with "UnknownFilesystemError" when the other had renamed the file away. The
 * lock is held from before `build()` until `astro:build:start`, which follows the sync; the rest
 * of the builds runs side by side. A lock left by a killed process is taken over once stale.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { lock } from 'proper-lockfile';

/** Waits for the lock on `siteRoot`'s `.astro/` and returns its release, which is safe to call twice. */
export async function lockAstroSync(siteRoot: string): Promise<() => Promise<void>> {
  const dir = join(siteRoot, '.astro');
  await mkdir(dir, { recursive: true });
  const release = await lock(dir, {
    lockfilePath: join(siteRoot, 'node_modules', '.valmistelu-astro-sync.lock'),
    // A sync at 100× the default organisation takes about 5 s; a waiter polls every 50–500 ms.
    retries: { retries: 1_000, minTimeout: 50, maxTimeout: 500 },
    stale: 60_000,
    // A lock taken over after a minute without an update only lets two syncs meet again.
    onCompromised: () => undefined,
  });
  let released = false;
  return async () => {
    if (released) return;
    released = true;
    await release();
  };
}
