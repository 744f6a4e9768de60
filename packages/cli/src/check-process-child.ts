/**
 * The child side of `check-process.ts`: loads and checks the content as `loadPublished` does,
 * sends what it prints and the run's date, and ends. Its exit gives its memory back.
 */
import { enableCompileCache } from 'node:module';
import type { CheckChildMessage, CheckRequest } from './check-process.ts';

// As main.ts: compiled code is kept between runs, so the modules come after.
enableCompileCache();
const { serveChildTask } = await import('./child-task.ts');
const { loadPublished } = await import('./load-published.ts');

serveChildTask<CheckRequest, CheckChildMessage>(async ({ contentDir, cacheDir, asOf, cwd }, send) => {
  const published = await loadPublished(
    contentDir,
    cacheDir,
    {
      cwd,
      stdout: (text) => void send({ kind: 'stdout', text }),
      stderr: (text) => void send({ kind: 'stderr', text }),
    },
    asOf,
  );
  await send({ kind: 'checked', date: published?.date });
});
